package main

// Export measurements:
//
//	go test ./cmd/vacancy -run '^$' -bench Export -benchmem
//	VACANCY_COMPARE=1 go test ./cmd/vacancy -run TestExportScaling -v
//
// BenchmarkExport exports the corpus folder in process at -j 1 and -j 2.
// TestExportScaling is the batch target: `vacancy export` as a
// process over 1,000 notices (the corpus inputs repeated), at -j 1 and
// -j 2, several rounds; it prints the median times, the throughput ratio
// and the peak resident memory, and checks that memory does not grow with
// the number of files. It runs only on request (VACANCY_COMPARE=1):
// it takes about a minute.

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/vacancy-tools/vacancy/schema"
)

func BenchmarkExport(b *testing.B) {
	inputs := collectInputs([]string{corpus})
	rf := addReaderFlags(newFlagSet("bench", io.Discard, io.Discard), false)
	rf.sequential = true
	for _, jobs := range []int{1, 2} {
		b.Run("j"+strconv.Itoa(jobs), func(b *testing.B) {
			e := &exporter{
				parse: func(ctx context.Context, path string) (*schema.Vacancy, error) {
					return rf.parseFile(ctx, path, nil)
				},
				jobs: jobs, timeout: time.Minute, format: "jsonl", stderr: io.Discard,
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.export(context.Background(), inputs, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(inputs)*b.N)/b.Elapsed().Seconds(), "files/s")
		})
	}
}

func TestExportScaling(t *testing.T) {
	if os.Getenv("VACANCY_COMPARE") != "1" {
		t.Skip("export scaling over 1,000 files: set VACANCY_COMPARE=1 to run it (about a minute)")
	}
	rounds := 5
	if s := os.Getenv("VACANCY_COMPARE_ROUNDS"); s != "" {
		var err error
		if rounds, err = strconv.Atoi(s); err != nil || rounds < 1 {
			t.Fatalf("VACANCY_COMPARE_ROUNDS=%q: want a positive number", s)
		}
	}
	// 1,000 notices: the corpus inputs (goldens' files), copied round
	// robin under new names, and 250 of them for the memory check.
	inputs := collectInputs([]string{corpus})
	if len(inputs) == 0 {
		t.Fatal("empty corpus")
	}
	dir := t.TempDir()
	var size int64
	for i := range 1000 {
		src := inputs[i%len(inputs)]
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		size += int64(len(data))
		sub := filepath.Join(dir, "all")
		if i < 250 {
			sub = filepath.Join(dir, "quarter")
		}
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("%04d-%s", i, filepath.Base(src))
		if err := os.WriteFile(filepath.Join(sub, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	all := []string{filepath.Join(dir, "all"), filepath.Join(dir, "quarter")}

	run := func(jobs int, paths ...string) (time.Duration, int64) {
		args := append([]string{"export", "-j", strconv.Itoa(jobs), "-o", filepath.Join(dir, "out.jsonl")}, paths...)
		cmd := exec.Command(binary, args...)
		start := time.Now()
		err := cmd.Run()
		d := time.Since(start)
		// exit 1 is expected: the corpus holds documents that are refused
		if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != exitFail) {
			t.Fatalf("export -j %d: %v", jobs, err)
		}
		return d, cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss // KiB on Linux
	}
	var t1, t2 []time.Duration
	var rss1000, rss250 []int64
	for r := range rounds {
		if r%2 == 0 {
			d, m := run(1, all...)
			t1, rss1000 = append(t1, d), append(rss1000, m)
			d, m = run(2, all...)
			t2, rss1000 = append(t2, d), append(rss1000, m)
		} else {
			d, m := run(2, all...)
			t2, rss1000 = append(t2, d), append(rss1000, m)
			d, m = run(1, all...)
			t1, rss1000 = append(t1, d), append(rss1000, m)
		}
		_, m := run(2, all[1])
		rss250 = append(rss250, m)
	}
	m1, m2 := medianDuration(t1), medianDuration(t2)
	ratio := float64(m1) / float64(m2)
	peak, peak250 := slices.Max(rss1000), slices.Max(rss250)
	t.Logf("1,000 files (%.0f MB), %d rounds, medians: -j 1 %.2f s, -j 2 %.2f s: %.2f x the throughput (target >= 1.7: %s)",
		float64(size)/1e6, rounds, m1.Seconds(), m2.Seconds(), ratio, verdict(ratio >= 1.7))
	t.Logf("peak RSS: %d MB over 1,000 files, %d MB over 250 (target < 150 MB and flat: %s)",
		peak/1024, peak250/1024, verdict(peak < 150*1024 && peak < 2*peak250))
}

func medianDuration(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "MISSED"
}
