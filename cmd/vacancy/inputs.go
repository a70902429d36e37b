package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/vacancy-tools/vacancy/parser"
)

// skipExt are extensions of files in folders that are never notices.
var skipExt = map[string]bool{".json": true, ".tsv": true, ".sh": true, ".csv": true, ".jsonl": true, ".go": true}

// inputExt are extensions of notices: such files are tried even when
// their content does not look like one (and fail if it is not).
var inputExt = map[string]bool{".pdf": true, ".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// inputs is what the PATH arguments of export name.
type inputs struct {
	files []string // to parse, sorted
	// real is the real path of each file (symbolic links resolved,
	// absolute), or the path itself when it has none (a missing file).
	real    map[string]string
	skipped []skippedPath // found in folders and not parsed, with why
}

type skippedPath struct {
	path, reason string
	failed       bool // an error (a folder that cannot be read), not a choice
}

// collectInputs is collect's list of files.
func collectInputs(paths []string) []string { return collect(paths).files }

// collect expands PATH arguments into the files to parse.
//
// A file named on the command line is always tried. In folders
// (recursively): dot-files and dot-folders, files with an extension in
// skipExt and binary files that are not PDF are left out silently;
// symbolic links are followed once if they lead inside one of the
// folders given (a link to a folder already read, or to a file already
// listed, adds nothing, so a loop ends), and reported as skipped if they
// lead outside or nowhere; named pipes, sockets and devices are reported
// as skipped. A folder given through a symbolic link is read. A file
// reached twice (the same folder named twice, relative and absolute, or
// through a link) is parsed once, under the first name it was reached
// by. A PATH that does not exist stays in the list, to be reported as a
// failure.
func collect(paths []string) inputs {
	c := &collector{in: inputs{real: map[string]string{}}, seen: map[string]bool{}, visited: map[string]bool{}}
	for _, root := range paths {
		if st, err := os.Stat(root); err == nil && st.IsDir() {
			c.roots = append(c.roots, realPath(root))
		}
	}
	for _, root := range paths {
		st, err := os.Stat(root)
		if err != nil || !st.IsDir() {
			c.add(root, realPath(root))
			continue
		}
		real := realPath(root)
		if !c.visited[real] {
			c.visited[real] = true
			c.walk(root, real)
		}
	}
	sort.Strings(c.in.files)
	return c.in
}

type collector struct {
	in      inputs
	roots   []string        // real paths of the folders given
	seen    map[string]bool // real paths of the files listed
	visited map[string]bool // real paths of the folders read
}

// realPath is path with its symbolic links resolved, absolute; path
// itself when it cannot be resolved.
func realPath(path string) string {
	r, err := filepath.EvalSymlinks(path)
	if err != nil {
		return path
	}
	if abs, err := filepath.Abs(r); err == nil {
		return abs
	}
	return r
}

func (c *collector) add(path, real string) {
	if c.seen[real] {
		return
	}
	c.seen[real] = true
	c.in.files = append(c.in.files, path)
	c.in.real[path] = real
}

func (c *collector) skip(path, reason string, failed bool) {
	c.in.skipped = append(c.in.skipped, skippedPath{path, reason, failed})
}

// inside reports a real path inside one of the folders given.
func (c *collector) inside(real string) bool {
	for _, r := range c.roots {
		if real == r || strings.HasPrefix(real, r+string(filepath.Separator)) || r == string(filepath.Separator) {
			return true
		}
	}
	return false
}

// walk reads the folder dir, whose real path is real.
func (c *collector) walk(dir, real string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		c.skip(dir, "cannot read the folder: "+err.Error(), true)
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p, r := filepath.Join(dir, name), filepath.Join(real, name)
		switch t := e.Type(); {
		case t.IsDir():
			if !c.visited[r] {
				c.visited[r] = true
				c.walk(p, r)
			}
		case t&fs.ModeSymlink != 0:
			c.link(p)
		case t.IsRegular():
			if looksLikeInput(p) {
				c.add(p, r)
			}
		default:
			c.skip(p, specialFile(t), false)
		}
	}
}

// link follows the symbolic link p found in a folder.
func (c *collector) link(p string) {
	target, err := filepath.EvalSymlinks(p)
	if err != nil {
		reason := "symbolic link to nothing"
		if errors.Is(err, syscall.ELOOP) || strings.Contains(err.Error(), "too many links") {
			reason = "symbolic link in a loop"
		}
		c.skip(p, reason, false)
		return
	}
	real := realPath(target)
	if !c.inside(real) {
		c.skip(p, "symbolic link to "+real+", outside the folders given", false)
		return
	}
	st, err := os.Stat(real)
	switch {
	case err != nil:
		c.skip(p, "symbolic link to nothing", false)
	case st.IsDir():
		if !c.visited[real] {
			c.visited[real] = true
			c.walk(p, real)
		}
	case st.Mode().IsRegular():
		if looksLikeInput(p) {
			c.add(p, real)
		}
	default:
		c.skip(p, "symbolic link to a "+specialFile(st.Mode().Type()), false)
	}
}

// specialFile names a file type that is neither a folder nor a regular
// file.
func specialFile(t fs.FileMode) string {
	switch {
	case t&fs.ModeNamedPipe != 0:
		return "named pipe (FIFO), not a file"
	case t&fs.ModeSocket != 0:
		return "socket, not a file"
	case t&fs.ModeCharDevice != 0:
		return "character device, not a file"
	case t&fs.ModeDevice != 0:
		return "block device, not a file"
	}
	return "special file, not a regular file"
}

// looksLikeInput sniffs a file found in a folder.
func looksLikeInput(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	if skipExt[ext] {
		return false
	}
	if inputExt[ext] {
		return true
	}
	f, err := os.Open(p)
	if err != nil {
		return true // reported when parsed
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if parser.DetectFormat(head, p) != parser.FormatText {
		return true
	}
	// Text: skip binary files (NUL bytes, not UTF-8).
	if strings.ContainsRune(string(head), 0) {
		return false
	}
	for len(head) > 0 && !utf8.Valid(head) { // a rune cut at the 4096-byte end
		if len(head) < 4096-utf8.UTFMax {
			return false
		}
		head = head[:len(head)-1]
	}
	return n > 0
}
