package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The export edge cases of issue 13: nothing lost, duplicated or
// overwritten.

// noticeTree writes n copies of a corpus notice into a new folder.
func noticeTree(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join(corpus, "250715-pdd.md"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, "notice"+strconv.Itoa(i)+".md"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestExportRefusesOutput(t *testing.T) {
	dir := noticeTree(t, 2)
	input := filepath.Join(dir, "notice0.md")
	before, _ := os.ReadFile(input)
	other := t.TempDir()
	link := filepath.Join(other, "link.jsonl")
	target := filepath.Join(other, "target.jsonl")
	os.WriteFile(target, []byte("kept\n"), 0o644)
	os.Symlink(target, link)
	fifo := filepath.Join(other, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	hardlink := filepath.Join(other, "hard.md")
	if err := os.Link(input, hardlink); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, out string
		paths     []string
		want      string
	}{
		{"an input in a folder", input, []string{dir}, "is one of the inputs"},
		{"an input named", input, []string{input}, "is one of the inputs"},
		{"an input by another name", hardlink, []string{dir}, "is one of the inputs"},
		{"a symbolic link", link, []string{dir}, "is a symbolic link"},
		{"a device", "/dev/null", []string{dir}, "is a character device"},
		{"a FIFO", fifo, []string{dir}, "is a named pipe"},
		{"a folder", other, []string{dir}, "is a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runBinary(t, "", append([]string{"export", "-o", tt.out}, tt.paths...)...)
			if code != exitTrouble || !strings.Contains(stderr, tt.want) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, stderr, tt.want)
			}
		})
	}
	if after, _ := os.ReadFile(input); string(after) != string(before) {
		t.Error("the input was overwritten")
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Error("the symbolic link was replaced")
	}
	if b, _ := os.ReadFile(target); string(b) != "kept\n" {
		t.Error("the link's target was written")
	}
	if st, err := os.Lstat(fifo); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the FIFO was replaced")
	}
	if left, _ := filepath.Glob(filepath.Join(other, ".*tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// deadPID is the id of a process that has exited.
func deadPID(t *testing.T) int {
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("no 'true' command:", err)
	}
	return cmd.ProcessState.Pid()
}

func TestExportSweepsStaleTemps(t *testing.T) {
	dir := noticeTree(t, 1)
	outDir := t.TempDir()
	out := filepath.Join(outDir, "out.jsonl")
	stale := filepath.Join(outDir, ".out.jsonl."+strconv.Itoa(deadPID(t))+"-123.tmp")
	alive := filepath.Join(outDir, ".out.jsonl."+strconv.Itoa(os.Getppid())+"-456.tmp")
	oldLegacy := filepath.Join(outDir, ".out.jsonl.789.tmp")
	newLegacy := filepath.Join(outDir, ".out.jsonl.790.tmp")
	other := filepath.Join(outDir, ".other.jsonl.1-1.tmp")
	for _, p := range []string{stale, alive, oldLegacy, newLegacy, other} {
		os.WriteFile(p, []byte("partial"), 0o644)
	}
	old := time.Now().Add(-2 * staleAge)
	os.Chtimes(oldLegacy, old, old)
	code, _, stderr := runBinary(t, "", "export", "-o", out, dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for p, want := range map[string]bool{stale: false, oldLegacy: false, alive: true, newLegacy: true, other: true} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s: exists %v, want %v", filepath.Base(p), err == nil, want)
		}
	}
	if !strings.Contains(stderr, "removed "+stale+", left by an earlier run that was killed") {
		t.Errorf("stderr does not report the sweep:\n%s", stderr)
	}
}

// TestExportInterrupted: a SIGINT before the output is complete leaves
// OUT as it was and no temporary file.
func TestExportInterrupted(t *testing.T) {
	dir := noticeTree(t, 2)
	fifo := filepath.Join(t.TempDir(), "slow.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	outDir := t.TempDir()
	out := filepath.Join(outDir, "out.jsonl")
	os.WriteFile(out, []byte("previous\n"), 0o644)
	// The FIFO, named on the command line, is parsed: it waits for a
	// writer until its time budget, and the signal comes first.
	cmd := exec.Command(binary, "export", "-j", "1", "--timeout", "20s", "-o", out, fifo, dir)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	cmd.Process.Signal(os.Interrupt)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("export did not stop on SIGINT")
	}
	if code := cmd.ProcessState.ExitCode(); code != exitTrouble {
		t.Errorf("exit %d", code)
	}
	if want := "vacancy: interrupted; " + out + " left unchanged\n"; !strings.HasSuffix(stderr.String(), want) {
		t.Errorf("stderr %q, want it to end with %q", stderr.String(), want)
	}
	if b, _ := os.ReadFile(out); string(b) != "previous\n" {
		t.Errorf("OUT changed: %q", b)
	}
	if left, _ := filepath.Glob(filepath.Join(outDir, ".*tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestExportInterruptedAfterOutput: a SIGINT once OUT is written says
// so, never that OUT was left unchanged.
func TestExportInterruptedAfterOutput(t *testing.T) {
	dir := noticeTree(t, 2)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	testHookAfterOutput = func(ctx context.Context) {
		syscall.Kill(os.Getpid(), syscall.SIGINT)
		select {
		case <-ctx.Done():
		case <-time.After(5 * time.Second):
		}
	}
	defer func() { testHookAfterOutput = nil }()
	code, _, stderr := runInProcess("", "export", "-o", out, dir)
	if code != exitOK {
		t.Errorf("exit %d", code)
	}
	if strings.Contains(stderr, "unchanged") || !strings.Contains(stderr, "interrupted after "+out+" was written") {
		t.Errorf("stderr %q", stderr)
	}
	if b, _ := os.ReadFile(out); strings.Count(string(b), "\n") != 2 {
		t.Errorf("OUT: %q", b)
	}
}

func TestExportLinksAndSpecialFiles(t *testing.T) {
	root := noticeTree(t, 2)
	outside := noticeTree(t, 1)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Mkdir(filepath.Join(root, "sub"), 0o755))
	must(os.Symlink(filepath.Join(root, "notice0.md"), filepath.Join(root, "sub", "same-as-0.md"))) // a file inside: once
	must(os.Symlink("..", filepath.Join(root, "sub", "up")))                                        // a loop through the tree
	must(os.Symlink(outside, filepath.Join(root, "elsewhere")))                                     // a folder outside
	must(os.Symlink(filepath.Join(root, "missing.md"), filepath.Join(root, "dangling.md")))         // nothing
	must(os.Symlink("loop-b.md", filepath.Join(root, "loop-a.md")))
	must(os.Symlink("loop-a.md", filepath.Join(root, "loop-b.md")))
	must(syscall.Mkfifo(filepath.Join(root, "pipe.md"), 0o644))
	linkedRoot := filepath.Join(t.TempDir(), "linked")
	must(os.Symlink(root, linkedRoot))

	in := collect([]string{linkedRoot}, "")
	var names []string
	for _, f := range in.files {
		names = append(names, strings.TrimPrefix(f, linkedRoot+"/"))
	}
	if got, want := strings.Join(names, " "), "notice0.md notice1.md"; got != want {
		t.Errorf("files %q, want %q", got, want)
	}
	reasons := map[string]string{}
	for _, s := range in.skipped {
		reasons[filepath.Base(s.path)] = s.reason
	}
	for name, want := range map[string]string{
		"elsewhere":   "outside the folders given",
		"dangling.md": "symbolic link to nothing",
		"loop-a.md":   "symbolic link in a loop",
		"loop-b.md":   "symbolic link in a loop",
		"pipe.md":     "named pipe",
	} {
		if !strings.Contains(reasons[name], want) {
			t.Errorf("%s: reason %q, want %q", name, reasons[name], want)
		}
	}
	if len(in.skipped) != 5 {
		t.Errorf("skipped %v", in.skipped)
	}

	// The command: every skip reported, each notice exported once, the
	// same folder named twice (relative and absolute) read once.
	rel, err := filepath.Rel(mustGetwd(t), root)
	must(err)
	code, stdout, stderr := runBinary(t, "", "export", linkedRoot, rel, root)
	if code != exitOK {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	if n := strings.Count(stdout, "\n"); n != 2 {
		t.Errorf("%d notices exported, want 2", n)
	}
	if !strings.Contains(stderr, "exported 2 vacancies from 2 files; 0 failed; 5 skipped") {
		t.Errorf("summary:\n%s", stderr)
	}
	if strings.Count(stderr, ": skipped: ") != 5 {
		t.Errorf("skips not reported:\n%s", stderr)
	}
}

func mustGetwd(t *testing.T) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}

func TestByteSizeOverflow(t *testing.T) {
	for _, s := range []string{"9223372036854775807", "9999999999G", "99999999999999999999", "2048G"} {
		var b byteSize
		if err := b.Set(s); err == nil || !strings.Contains(err.Error(), "too large") {
			t.Errorf("Set(%q) = %d, %v; want too large", s, b, err)
		}
	}
	var b byteSize
	if err := b.Set("1024G"); err != nil || b != 1<<40 {
		t.Errorf("Set(1024G) = %d, %v", b, err)
	}
	code, _, stderr := runInProcess("", "parse", "--max-size", "9223372036854775807", filepath.Join(corpus, "250715-pdd.md"))
	if code != exitTrouble || !strings.Contains(stderr, "too large") {
		t.Errorf("exit %d, %q", code, stderr)
	}
}
