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
	"github.com/vacancy-tools/vacancy/schema"
)

// skipExt are the extensions of files in folders that are never
// notices, with why: the formats export writes (a second export into a
// folder it reads must not read the first one's output), data and
// programs.
var skipExt = map[string]string{
	".json": "JSON, an output format of vacancy, not a notice", ".jsonl": "JSON Lines, an output format of vacancy, not a notice",
	".jsonld": "JSON-LD, an output format of vacancy, not a notice", ".csv": "CSV, an output format of vacancy, not a notice",
	".tsv": "tab-separated data, not a notice", ".sh": "a shell script, not a notice", ".go": "Go source, not a notice",
}

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
func collectInputs(paths []string) []string { return collect(paths, "").files }

// collect expands PATH arguments into the files to parse; out is the
// output file (-o), "" for standard output.
//
// A file named on the command line is always tried. In folders
// (recursively): dot-files and dot-folders are left out silently (a
// .git, the temporary file of an export); files with an extension in
// skipExt, documents of formats no reader reads (parser.UnsupportedReason:
// Word, images…), other binary files and empty files are reported as
// skipped, with the reason; so is the output file out, when it holds
// what an export writes (a file that reads as a notice is an input, and
// -o refuses it); symbolic links are followed once if they lead inside one of the
// folders given (a link to a folder already read, or to a file already
// listed, adds nothing, so a loop ends), and reported as skipped if they
// lead outside or nowhere; named pipes, sockets and devices are reported
// as skipped. A folder given through a symbolic link is read. A file
// reached twice (the same folder named twice, relative and absolute, or
// through a link) is parsed once, under the first name it was reached
// by. A PATH that does not exist stays in the list, to be reported as a
// failure.
func collect(paths []string, out string) inputs {
	c := &collector{in: inputs{real: map[string]string{}}, seen: map[string]bool{}, visited: map[string]bool{}}
	if out != "" {
		c.outReal = realPath(out)
		if st, err := os.Stat(out); err == nil && st.Mode().IsRegular() {
			c.outStat = st
		}
	}
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
	outReal string          // the real path of -o OUT, "" when none
	outStat fs.FileInfo     // OUT when it exists: a hard link to it is it
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
			c.file(p, r)
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
		c.file(p, real)
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

// file decides on a regular file p found in a folder, whose real path
// is real: parsed, or skipped with its reason.
func (c *collector) file(p, real string) {
	if c.isOut(p, real) && looksLikeOutput(p) {
		c.skip(p, "the output of this export (-o), not read", false)
		return
	}
	if reason := skipReason(p); reason != "" {
		c.skip(p, reason, false)
		return
	}
	c.add(p, real)
}

// isOut reports the output file, by real path or as a hard link to it.
func (c *collector) isOut(p, real string) bool {
	if c.outReal == "" {
		return false
	}
	if real == c.outReal {
		return true
	}
	if c.outStat == nil {
		return false
	}
	st, err := os.Stat(p)
	return err == nil && os.SameFile(st, c.outStat)
}

// looksLikeOutput reports a file that holds what export writes: one of
// its formats by extension, or by its first bytes (a JSON object or
// array, the CSV header).
func looksLikeOutput(p string) bool {
	if skipExt[strings.ToLower(filepath.Ext(p))] != "" {
		return true
	}
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 64)
	n, _ := io.ReadFull(f, head)
	h := strings.TrimPrefix(string(head[:n]), "\ufeff")
	return n == 0 || strings.HasPrefix(h, "{") || strings.HasPrefix(h, "[") || strings.HasPrefix(h, strings.Join(schema.CSVHeader[:2], ","))
}

// skipReason sniffs a file found in a folder: "" when it is to be
// parsed, or why it is not.
func skipReason(p string) string {
	ext := strings.ToLower(filepath.Ext(p))
	if reason := skipExt[ext]; reason != "" {
		return reason
	}
	if inputExt[ext] {
		return ""
	}
	f, err := os.Open(p)
	if err != nil {
		return "" // reported when parsed
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if n == 0 {
		return "empty file"
	}
	if reason := parser.UnsupportedReason(head, p); reason != "" {
		return reason
	}
	if parser.DetectFormat(head, p) != parser.FormatText {
		return ""
	}
	// Text: skip binary files (NUL bytes, not UTF-8).
	if strings.ContainsRune(string(head), 0) {
		return "binary file, not a notice"
	}
	for len(head) > 0 && !utf8.Valid(head) { // a rune cut at the 4096-byte end
		if len(head) < 4096-utf8.UTFMax {
			return "binary file, not a notice"
		}
		head = head[:len(head)-1]
	}
	return ""
}
