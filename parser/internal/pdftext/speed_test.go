package pdftext

import (
	"os/exec"
	"time"
)

// pdftotextTime is the mean wall time of a `pdftotext -enc UTF-8 file -`
// process (0 when poppler is not installed): the yardstick the benchmark
// reports against.
func pdftotextTime(file string) time.Duration {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return 0
	}
	const runs = 5
	start := time.Now()
	for i := 0; i < runs; i++ {
		if err := exec.Command(bin, "-enc", "UTF-8", file, "/dev/null").Run(); err != nil {
			return 0
		}
	}
	return time.Since(start) / runs
}
