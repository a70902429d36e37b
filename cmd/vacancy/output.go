package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// outFile is export's -o OUT: the output goes to a temporary file beside
// OUT, renamed over it once complete, so that OUT is never half written.
// The temporary file is removed on every way out but a SIGKILL, and one
// that a killed run left is removed by the next run.
type outFile struct {
	path string
	tmp  *os.File
	done bool // renamed over path
}

// createOut checks that path may be written and opens the temporary
// file. path must be absent or a regular file, and none of the inputs:
// export never replaces what it reads, nor a device, a FIFO or the target
// of a symbolic link with a regular file.
func createOut(path string, in inputs, stderr io.Writer) (*outFile, error) {
	if err := checkOut(path, in); err != nil {
		return nil, err
	}
	dir, base := filepath.Dir(path), filepath.Base(path)
	sweepTemps(dir, base, stderr)
	// The process id in the name tells a later run whether the file's
	// writer is still alive.
	tmp, err := createTemp(dir, "."+base+"."+strconv.Itoa(os.Getpid())+"-*.tmp")
	if err != nil {
		// The temporary file's name means nothing to the user: the
		// error names OUT.
		return nil, fmt.Errorf("%s: cannot write there: %v", safeText(path), pathReason(err))
	}
	return &outFile{path: path, tmp: tmp}, nil
}

// createTemp is os.CreateTemp; a test replaces it.
var createTemp = os.CreateTemp

func checkOut(path string, in inputs) error {
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case st.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("-o %s is a symbolic link: name the file it points to, or a new file", safeText(path))
	case st.IsDir():
		return fmt.Errorf("-o %s is a folder: name a file", safeText(path))
	case !st.Mode().IsRegular():
		return fmt.Errorf("-o %s is a %s: name a regular file", safeText(path), strings.TrimSuffix(specialFile(st.Mode().Type()), ", not a file"))
	}
	real := realPath(path)
	for _, f := range in.files {
		if in.real[f] == real {
			return fmt.Errorf("-o %s is one of the inputs: name another file", safeText(path))
		}
		if fst, err := os.Stat(f); err == nil && os.SameFile(st, fst) {
			return fmt.Errorf("-o %s is one of the inputs (%s): name another file", safeText(path), safeText(f))
		}
	}
	return nil
}

// staleAge is how old a temporary file of unknown writer must be to be
// taken for the leftover of a killed run.
const staleAge = time.Hour

// sweepTemps removes the temporary files ".BASE.PID-*.tmp" in dir whose
// writer (PID) is gone, and those without a PID older than staleAge: the
// leftovers of runs killed before they could clean up.
func sweepTemps(dir, base string, stderr io.Writer) {
	prefix := "." + base + "."
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") || !e.Type().IsRegular() {
			continue
		}
		mid := strings.TrimSuffix(name[len(prefix):], ".tmp")
		pidText, _, hasPID := strings.Cut(mid, "-")
		pid, err := strconv.Atoi(pidText)
		stale := false
		switch {
		case hasPID && err == nil && pid > 0:
			stale = pid != os.Getpid() && errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
		default:
			info, err := e.Info()
			stale = err == nil && time.Since(info.ModTime()) > staleAge
		}
		if stale {
			p := filepath.Join(dir, name)
			if os.Remove(p) == nil {
				fmt.Fprintf(stderr, "vacancy: removed %s, left by an earlier run that was killed\n", safeText(p))
			}
		}
	}
}

// commit makes the temporary file OUT.
func (o *outFile) commit() error {
	err := o.tmp.Sync()
	if cerr := o.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(o.tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(o.tmp.Name(), o.path)
	}
	o.done = err == nil
	return err
}

// cleanup removes the temporary file unless it became OUT.
func (o *outFile) cleanup() {
	if !o.done {
		o.tmp.Close()
		os.Remove(o.tmp.Name())
	}
}
