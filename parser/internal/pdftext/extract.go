package pdftext

import (
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/ledongthuc/pdf"
	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/stream"
)

// Default limits of Options. Notices run to a dozen pages; 200 leaves room
// for annexes while bounding the work on a hostile page tree. One
// decompressed stream of 32 MiB holds any page's content many times over.
const (
	DefaultMaxPages             = 200
	DefaultMaxStreamBytes int64 = 32 << 20
)

// Options bound and configure Extract. Zero fields take the defaults.
type Options struct {
	Password       string // user password of an encrypted PDF; "" tries the empty password
	MaxPages       int    // default DefaultMaxPages; a longer document is an ErrLimit error
	MaxStreamBytes int64  // one decompressed stream; default DefaultMaxStreamBytes
	// Sequential reads the pages on the calling goroutine only. By
	// default a document of two pages or more is read by two goroutines
	// when GOMAXPROCS allows; a caller that already keeps every core
	// busy (a batch) can spare the second one.
	Sequential bool
}

// Box is a rectangle in page space (points, origin bottom left, the page
// rotated upright): the section stream's box, which a block of the
// stream takes from its lines.
type Box = stream.Box

// Document is the text of a PDF, page by page.
type Document struct {
	Pages []Page
	// Created is the date the document says it was created (/CreationDate,
	// or XMP xmp:CreateDate), as an ISO 8601 date; "" when it says none.
	Created string
}

// Page is one page: its size and its lines in reading order, running
// headers, footers and page numbers removed.
type Page struct {
	Number        int // 1-based
	Width, Height float64
	Lines         []Line
}

// Line is one line of text in reading order.
type Line struct {
	Text string // NFC, words separated by single spaces, ligatures expanded
	Box  Box    // extent of the line (baseline-based: descent to ascent)
	// Baseline is the y of the line's baseline.
	Baseline float64
	// Size is the dominant font size in points (weighted by characters).
	Size float64
	// Bold is true when every character is set in a bold font.
	Bold bool
	// LeadBold is the byte length of a bold run at the start of an
	// otherwise regular line (run-in heading, bold label); 0 otherwise.
	LeadBold int
	// Cell is the byte length of a short first run of the line that a
	// wide gap sets apart from the rest (a table row's label cell and its
	// value, "Employeur      Établissement…"); 0 otherwise. The gap is
	// one space in Text, as every word gap is.
	Cell int
	// CellX is the x where the text after that gap starts (0 without one).
	CellX float64
	// Tail is the byte offset in Text of a short last run of the line
	// (maxTailWords words at most) that a wide gap sets apart from the
	// words before it: a table row's last cell ("Master's degree in
	// physics or an equivalent      Essential"); 0 otherwise. TailX is
	// the x where it starts. A line of two cells has its Tail where its
	// Cell ends.
	Tail  int
	TailX float64
	// Column is the index of the line's column (0 = leftmost) when its part
	// of the page is laid out in columns; ColumnBox is the extent of that
	// column (for single-column text, the page's text area).
	Column    int
	ColumnBox Box
	// BlockStart marks a reading-order break before the line: the first
	// line of a column or table cell, or the first line after columns.
	BlockStart bool
}

// Sentinel errors, for errors.Is. Every error Extract returns wraps one.
var (
	ErrMalformed   = errors.New("malformed PDF")
	ErrEncrypted   = errors.New("encrypted PDF needs a password")
	ErrUnsupported = errors.New("unsupported PDF")
	ErrLimit       = errors.New("PDF limit exceeded")
	ErrNoText      = errors.New("no text layer: scanned documents need OCR, which vacancy does not do")

	// ErrPageLimit and ErrStreamLimit say which limit an ErrLimit error
	// hit, so that a caller can tell how to raise it.
	ErrPageLimit   = fmt.Errorf("%w: pages", ErrLimit)
	ErrStreamLimit = fmt.Errorf("%w: stream size", ErrLimit)
)

// Error is an extraction error: a sentinel and a message for a person.
type Error struct {
	Err error  // one of the sentinels
	Msg string // full message
}

func (e *Error) Error() string { return e.Msg }
func (e *Error) Unwrap() error { return e.Err }

func errorf(sentinel error, format string, args ...any) error {
	return &Error{Err: sentinel, Msg: fmt.Sprintf(format, args...)}
}

type extractor struct {
	ctx       context.Context
	opt       Options
	r         *pdf.Reader
	file      []byte // the bytes r reads
	encrypted bool   // file has /Encrypt: streams are read by the library only
	// needAppearances: the form asks viewers to draw its fields' values
	// themselves (/NeedAppearances)
	needAppearances bool
	fonts           map[string]*font
	fontDicts       map[string]map[string]*font // /Font dictionary → its fonts by name
	fontRefs        map[string]*font            // "12 0 R" → font
	resByRef        map[string]*resources       // "12 0 R" → resource dictionary
	fallbackFont    *font
	maxGlyphs       int
	unmapped        int        // codes shown whose font gives no text
	own             []pageRef  // a fork's pages (see fork)
	shared          *fontCache // fonts loaded by either goroutine (see readPages)
	cmaps           *cmapCache // CMaps parsed, by stream (shared with a fork)
	acct            *account   // the memory budget (shared with a fork)
	// err is the first error of the budget met where no error can be
	// returned (a font loaded by Tf, a glyph shown): the interpreter
	// stops on it
	err error
	*scratch
}

// fail records err, the budget's or the context's, as the extraction's
// error; it is the interpreter's to return.
func (e *extractor) fail(err error) {
	if err != nil && e.err == nil {
		e.err = err
	}
}

// scratch is the memory an extraction reuses from page to page. It is
// pooled between calls too: a corpus or a server parses many files, and
// allocating (and clearing) these buffers for every file was a good part
// of the cost of a small PDF, and of its garbage.
type scratch struct {
	glyphBuf []glyph
	shapeBuf []shape
	free     [][]byte // stream buffers (see readAll)
	lay      layoutBufs
	zr       io.ReadCloser // inflater, reset for each stream (see readDirect)
	zsrc     bytes.Reader
	texts    []string                   // the glyphs' texts (glyph.tid); texts[0] is ""
	run      [maxFormDepth + 1]*runBufs // by form nesting depth
}

// runBufs are the buffers of one content stream's interpreter.
type runBufs struct {
	ops   []token
	arr   []arrItem
	arena []byte
}

func (s *scratch) runBuf(depth int) *runBufs {
	if s.run[depth] == nil {
		s.run[depth] = &runBufs{}
	}
	return s.run[depth]
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// pooled is the memory of the stream buffers a scratch from the pool
// holds: the extraction that takes it is charged for them (it gives them
// back to the budget when it drops one).
func (s *scratch) pooled() int64 {
	var n int64
	for _, b := range s.free {
		n += int64(cap(b))
	}
	return n
}

// maxPooled bounds a buffer kept in the pool (bytes, or glyphs × 64):
// an unusual file must not pin its memory for the life of the process.
const maxPooled = 1 << 20

// release gives the scratch memory back to the pool, dropping what an
// unusual file made too large to keep.
func (s *scratch) release() {
	if cap(s.glyphBuf)*64 > maxPooled || cap(s.lay.sorted)*64 > maxPooled {
		s.glyphBuf, s.lay = nil, layoutBufs{}
	}
	if cap(s.shapeBuf)*64 > maxPooled {
		s.shapeBuf = nil
	}
	for i, rb := range s.run {
		if rb != nil && (cap(rb.arena) > maxPooled || cap(rb.arr)*64 > maxPooled) {
			s.run[i] = nil
		}
	}
	s.zsrc.Reset(nil)            // nor its file
	s.lay.tick = budget.Ticker{} // nor its context
	clear(s.texts)               // nor its text
	s.texts = s.texts[:0]
	if cap(s.texts)*16 > maxPooled {
		s.texts = nil
	}
	kept := s.free[:0]
	for _, b := range s.free {
		if cap(b) <= maxPooled {
			kept = append(kept, b)
		}
	}
	clear(s.free[len(kept):])
	s.free = kept
	scratchPool.Put(s)
}

// Extract reads the text layer of a PDF. It never panics: a malformed file
// is an error wrapping ErrMalformed. ctx is checked between pages and
// every few thousand content operators.
func Extract(ctx context.Context, data []byte, opt Options) (doc *Document, err error) {
	return extractPDF(ctx, data, opt, true)
}

// extractPDF is Extract; expand false reads object streams the library's
// way (the tests compare both).
func extractPDF(ctx context.Context, data []byte, opt Options, expand bool) (doc *Document, err error) {
	acct := newAccount(ctx)
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, errorf(ErrMalformed, "malformed PDF: %s", libraryReason(r))
		}
		// what the extraction held is given back; the document's lines
		// stay charged
		acct.close()
		if err == nil {
			if err = acct.keep(doc.cost()); err != nil {
				doc = nil
			}
		}
	}()
	if opt.MaxPages <= 0 {
		opt.MaxPages = DefaultMaxPages
	}
	if opt.MaxStreamBytes <= 0 {
		opt.MaxStreamBytes = DefaultMaxStreamBytes
	}
	data, err = prepare(data)
	if err != nil {
		return nil, err
	}
	if expand {
		exp, err := expandObjectStreams(ctx, acct, data, opt.MaxStreamBytes)
		if err != nil {
			return nil, err
		}
		if len(exp) != len(data) {
			// The rewritten file is only a faster form of the original:
			// when it does not open, or reads as malformed, the library
			// reads the original (and gives its own answer).
			if r, err := newReader(exp, opt.Password); err == nil {
				doc, err := extractFrom(ctx, acct, r, exp, opt)
				if err == nil || !errors.Is(err, ErrMalformed) {
					return doc, err
				}
			}
			acct.release(int64(len(exp))) // dropped
		}
	}
	if err := checkNesting(ctx, data, opt.MaxStreamBytes); err != nil {
		return nil, err
	}
	r, file, err := open(ctx, acct, data, opt)
	if err != nil {
		return nil, err
	}
	doc, err = extractFrom(ctx, acct, r, file, opt)
	if err != nil && errors.Is(err, ErrMalformed) && len(file) == len(data) {
		// The library opened the file but read it wrong ("no pages", a
		// corrupt stream): a damaged table, or a chain of updates it
		// follows its own way. Read again from our rewrite of it.
		fixed, err2 := rewriteFile(ctx, acct, data, opt.MaxStreamBytes, opt.Password)
		if isBudget(err2) {
			return nil, err2
		}
		if err2 == nil {
			if r2, err2 := newReader(fixed, ""); err2 == nil {
				doc2, err2 := extractFrom(ctx, acct, r2, fixed, opt)
				if err2 == nil || isBudget(err2) {
					return doc2, err2
				}
			}
		}
	}
	return doc, err
}

// cost is the memory of the document's lines, as the budget counts it.
func (doc *Document) cost() int64 {
	if doc == nil {
		return 0
	}
	var n int64
	for _, p := range doc.Pages {
		n += int64(len(p.Lines)) * lineCost
		for _, l := range p.Lines {
			n += int64(len(l.Text))
		}
	}
	return n
}

// extractFrom reads the document the library opened from file. It never
// panics: a panic is an ErrMalformed error.
func extractFrom(ctx context.Context, acct *account, r *pdf.Reader, file []byte, opt Options) (doc *Document, err error) {
	var e *extractor
	defer func() {
		if r := recover(); r != nil {
			// the scratch is dropped: a panic may have left it half updated
			doc, err = nil, errorf(ErrMalformed, "malformed PDF: %s", libraryReason(r))
			return
		}
		if e != nil && e.scratch != nil { // nil: dropped after a panic (see readPages)
			e.scratch.release()
		}
	}()
	e = &extractor{ctx: ctx, opt: opt, r: r, file: file, fonts: map[string]*font{}, fontDicts: map[string]map[string]*font{}, fontRefs: map[string]*font{}, maxGlyphs: 500000,
		cmaps: &cmapCache{m: map[string]*cmap{}}, acct: acct}
	e.scratch = getScratch()
	if err := acct.charge(e.scratch.pooled()); err != nil {
		return nil, err
	}
	return e.extract()
}

// open opens the file with the library. An encrypted file, and one the
// library cannot open, are first rewritten plain by our own reader
// (rewrite.go): decrypted, or with their cross-reference table rebuilt.
// A file the library opens unencrypted costs nothing more.
func open(ctx context.Context, acct *account, data []byte, opt Options) (*pdf.Reader, []byte, error) {
	r, err := newReader(data, opt.Password)
	if err == nil && r.Trailer().Key("Encrypt").Kind() == pdf.Null {
		return r, data, nil
	}
	if errors.Is(err, ErrLimit) {
		return nil, nil, err
	}
	encrypted := err == nil || errors.Is(err, ErrEncrypted) || errors.Is(err, ErrUnsupported) || bytes.Contains(data, []byte("/Encrypt"))
	plain, err2 := rewriteFile(ctx, acct, data, opt.MaxStreamBytes, opt.Password)
	if err2 != nil {
		var e *Error
		if errors.As(err2, &e) || isBudget(err2) || ctx.Err() != nil {
			return nil, nil, err2
		}
		if encrypted && err == nil {
			return nil, nil, errorf(ErrMalformed, "malformed PDF: cannot read the encrypted objects")
		}
		return nil, nil, err
	}
	r2, err3 := newReader(plain, "")
	if err3 != nil {
		if err != nil {
			return nil, nil, err
		}
		return nil, nil, err3
	}
	return r2, plain, nil
}

func newReader(data []byte, password string) (r *pdf.Reader, err error) {
	defer func() {
		if x := recover(); x != nil {
			r, err = nil, errorf(ErrMalformed, "malformed PDF: %s", libraryReason(x))
		}
	}()
	tried := false
	pw := func() string {
		if tried {
			return ""
		}
		tried = true
		return password
	}
	r, err = pdf.NewReaderEncrypted(bytes.NewReader(data), int64(len(data)), pw)
	if err == nil {
		return r, nil
	}
	msg := err.Error()
	switch {
	case errors.Is(err, pdf.ErrInvalidPassword):
		if password != "" {
			return nil, errorf(ErrEncrypted, "encrypted PDF: wrong password")
		}
		return nil, errorf(ErrEncrypted, "encrypted PDF needs a password")
	case strings.Contains(msg, "encryption"):
		// (only seen when our own handler could not read the file
		// either, see open; the library's message may hold the raw
		// /Encrypt dictionary, binary strings and all: not for a person)
		return nil, errorf(ErrUnsupported, "unsupported PDF encryption")
	case strings.HasPrefix(msg, "unsupported PDF"):
		return nil, errorf(ErrUnsupported, "%s", msg)
	case strings.Contains(msg, "cross-reference") || strings.Contains(msg, "xref") || strings.Contains(msg, "%%EOF"):
		return nil, errorf(ErrMalformed, "malformed PDF: xref table not found")
	case strings.HasPrefix(msg, "not a PDF file"):
		return nil, errorf(ErrMalformed, "malformed PDF: %s", strings.TrimPrefix(msg, "not a PDF file: "))
	}
	return nil, errorf(ErrMalformed, "malformed PDF: %s", libraryReason(err))
}

type inherited struct {
	res    pdf.Value
	rs     *resources // res, when shared through a reference (see walk)
	box    []float64
	rotate int
}

type pageRef struct {
	v pdf.Value
	inherited
}

func (e *extractor) extract() (*Document, error) {
	e.encrypted = e.r.Trailer().Key("Encrypt").Kind() != pdf.Null
	root := e.r.Trailer().Key("Root")
	if root.Kind() != pdf.Dict {
		return nil, errorf(ErrMalformed, "malformed PDF: no document catalog")
	}
	e.needAppearances = root.Key("AcroForm").Key("NeedAppearances").Kind() == pdf.Bool && root.Key("AcroForm").Key("NeedAppearances").Bool()
	var pages []pageRef
	visited := 0
	if err := e.walk(root.Key("Pages"), inherited{}, 0, &pages, &visited); err != nil {
		return nil, err
	}
	if len(pages) == 0 {
		return nil, errorf(ErrMalformed, "malformed PDF: no pages")
	}
	doc := &Document{Pages: make([]Page, len(pages))}
	glyphs, err := e.readPages(pages, doc.Pages, e.inParallel(len(pages)))
	if err != nil {
		return nil, err
	}
	if glyphs == 0 {
		if e.unmapped > 0 {
			// text is shown, in fonts that do not say which characters
			// their glyphs are: no scan, and OCR would be the only way
			return nil, &Error{Err: ErrNoText, Msg: "no text layer: the text is set in fonts without a Unicode mapping, which vacancy cannot read"}
		}
		return nil, &Error{Err: ErrNoText, Msg: ErrNoText.Error()}
	}
	removeRunning(doc)
	doc.Created = e.created(root)
	return doc, nil
}

// inParallel says whether a document of n pages is read by two
// goroutines. Pages are independent once the page tree is walked, and the
// PDF library's Reader only reads the file's bytes, so the two share
// nothing but the fonts (fontCache). One hand-over per document, not per
// page: on the machine this was measured on, a goroutine woken by a
// channel waited ~200 us to run, so per-page pipelining gained nothing.
func (e *extractor) inParallel(n int) bool {
	return !e.opt.Sequential && n >= 2 && runtime.GOMAXPROCS(0) >= 2
}

// readPages reads pages into out and returns the number of glyphs found.
// In parallel, a second goroutine with an extractor of its own reads too,
// each taking the next page not yet taken: the work balances itself
// whatever the pages cost (the other goroutine starts late, the first
// pages load the fonts).
//
// The error is the one of the first page in document order that failed,
// as a sequential read gives: once a page fails no new page is taken, and
// every page before it has been taken already. A panic on a page is that
// page's error, and the extractor's scratch is dropped, since the panic
// may have left it half updated.
func (e *extractor) readPages(pages []pageRef, out []Page, parallel bool) (int, error) {
	var next atomic.Int64
	var stop atomic.Bool
	errs := make([]error, len(pages))
	work := func(x *extractor, pages []pageRef) (glyphs int) {
		cur := -1
		defer func() {
			if r := recover(); r != nil {
				x.scratch = nil
				stop.Store(true)
				if cur >= 0 {
					errs[cur] = errorf(ErrMalformed, "malformed PDF: %s", libraryReason(r))
				}
			}
		}()
		for !stop.Load() {
			i := int(next.Add(1) - 1)
			if i >= len(pages) {
				break
			}
			cur = i
			err := x.ctx.Err()
			if err == nil {
				var pg Page
				var n int
				if pg, n, err = x.page(i+1, pages[i]); err == nil {
					out[i] = pg
					glyphs += n
					continue
				}
			}
			errs[i] = err
			stop.Store(true)
		}
		return glyphs
	}
	var glyphs int
	if parallel {
		e.shared = &fontCache{fonts: map[string]*font{}}
		other := e.fork(pages)
		done := make(chan int)
		go func() { done <- work(other, other.own) }()
		glyphs = work(e, pages) + <-done // work never panics: it is waited for
		e.unmapped += other.unmapped
		if other.scratch != nil {
			other.scratch.release()
		}
	} else {
		glyphs = work(e, pages)
	}
	for _, err := range errs {
		if err != nil {
			return 0, err
		}
	}
	return glyphs, nil
}

// fork returns an extractor for pages that shares the file with e but
// nothing it writes to: fonts, resource caches and scratch are its own.
func (e *extractor) fork(pages []pageRef) *extractor {
	f := &extractor{ctx: e.ctx, opt: e.opt, r: e.r, file: e.file, encrypted: e.encrypted, needAppearances: e.needAppearances, shared: e.shared,
		fonts: map[string]*font{}, fontDicts: map[string]map[string]*font{}, fontRefs: map[string]*font{}, maxGlyphs: e.maxGlyphs,
		cmaps: e.cmaps, acct: e.acct}
	f.scratch = getScratch()
	f.fail(f.acct.charge(f.scratch.pooled()))
	// shared resource dictionaries cache their fonts: copy them
	copies := map[*resources]*resources{}
	f.own = slices.Clone(pages)
	for i := range f.own {
		if rs := f.own[i].rs; rs != nil {
			if copies[rs] == nil {
				copies[rs] = &resources{v: rs.v}
			}
			f.own[i].rs = copies[rs]
		}
	}
	return f
}

func (e *extractor) walk(node pdf.Value, inh inherited, depth int, out *[]pageRef, visited *int) error {
	*visited++
	if depth > 64 || *visited > 10*e.opt.MaxPages+1000 {
		return errorf(ErrMalformed, "malformed PDF: page tree too deep or cyclic")
	}
	// Pages usually share one resource dictionary through a reference:
	// it is resolved (parsed, maybe decompressed from an object stream)
	// and its fonts looked up once per document, not once per page.
	if ref := topRef(node.String(), "Resources"); ref != "" && e.resByRef[ref] != nil {
		inh.rs = e.resByRef[ref]
		inh.res = inh.rs.v
	} else if r := node.Key("Resources"); r.Kind() == pdf.Dict {
		inh.res, inh.rs = r, nil
		if ref != "" {
			inh.rs = &resources{v: r}
			if e.resByRef == nil {
				e.resByRef = map[string]*resources{}
			}
			e.resByRef[ref] = inh.rs
		}
	}
	for _, k := range []string{"CropBox", "MediaBox"} {
		if b := node.Key(k); b.Len() == 4 {
			box := []float64{b.Index(0).Float64(), b.Index(1).Float64(), b.Index(2).Float64(), b.Index(3).Float64()}
			if k == "CropBox" || inh.box == nil || node.Key("CropBox").Len() != 4 {
				inh.box = box
			}
			break
		}
	}
	if r := node.Key("Rotate"); r.Kind() == pdf.Integer {
		inh.rotate = int(((r.Int64()%360)+360)%360) / 90 * 90
	}
	kids := node.Key("Kids")
	if node.Key("Type").Name() == "Pages" || (kids.Kind() == pdf.Array && node.Key("Type").Name() != "Page") {
		for i := 0; i < kids.Len(); i++ {
			if err := e.walk(kids.Index(i), inh, depth+1, out, visited); err != nil {
				return err
			}
		}
		return nil
	}
	if node.Kind() != pdf.Dict {
		return nil
	}
	if len(*out) >= e.opt.MaxPages {
		return errorf(ErrPageLimit, "PDF has more than %d pages (the page limit)", e.opt.MaxPages)
	}
	*out = append(*out, pageRef{node, inh})
	return nil
}

func (e *extractor) resourcesFor(v pdf.Value) *resources {
	return &resources{v: v}
}

// fontFor returns the font named in res, decoding each font object once
// per document (fonts are keyed by their dictionary, which names their
// streams by object number). Pages usually share their /Font dictionary:
// its names are looked up once per document, as the library parses an
// indirect object (and decompresses its object stream) on every lookup.
func (e *extractor) fontFor(res *resources, name string) *font {
	if res.fonts == nil {
		fd := res.v.Key("Font")
		key := ""
		if fd.Kind() == pdf.Dict {
			key = fd.String() // names → object references: cheap, unique
		}
		if res.fonts = e.fontDicts[key]; res.fonts == nil || key == "" {
			res.fonts = map[string]*font{}
			if key != "" {
				e.fontDicts[key] = res.fonts
			}
		}
		res.fontDict, res.fontKey = fd, key
	}
	if f, ok := res.fonts[name]; ok {
		return f
	}
	// a font met through another /Font dictionary: known by its reference
	ref := refIn(res.fontKey, name)
	if f, ok := e.fontRefs[ref]; ok && ref != "" {
		res.fonts[name] = f
		return f
	}
	fv := res.fontDict.Key(name)
	var f *font
	if fv.Kind() == pdf.Dict {
		key := fv.String()
		if f = e.fonts[key]; f == nil {
			f = e.sharedFont(key, fv)
			e.fonts[key] = f
		}
	}
	res.fonts[name] = f
	if ref != "" {
		e.fontRefs[ref] = f
	}
	return f
}

// fontCache holds the fonts of a document read by two goroutines (see
// readPages): each font is loaded once, by whichever meets it first, and
// each takes its own copy, whose text ids point into its own text table.
type fontCache struct {
	mu    sync.Mutex
	fonts map[string]*font // by dictionary, as in extractor.fonts; ids unset
}

// sharedFont loads the font whose dictionary prints as key, or copies it
// from the document's fontCache when the other goroutine has loaded it.
func (e *extractor) sharedFont(key string, fv pdf.Value) *font {
	if e.shared == nil {
		return e.loadFont(fv)
	}
	t := func() *font {
		e.shared.mu.Lock()
		defer e.shared.mu.Unlock() // loadFont may panic on a broken file
		t, ok := e.shared.fonts[key]
		if !ok {
			t = e.loadFont(fv)
			e.shared.fonts[key] = t
		}
		return t
	}()
	c := *t
	c.ids, c.cidIDs = [256]uint32{}, nil
	return &c
}

// refIn returns the object reference ("12 0 R") that a dictionary printed
// by the library ("<</F1 12 0 R /F2 14 0 R>>") gives name, or "".
func refIn(dict, name string) string {
	for i := 0; i < len(dict); {
		j := strings.Index(dict[i:], "/"+name+" ")
		if j < 0 {
			return ""
		}
		j += i
		i = j + 1
		if j < 2 || dict[j-1] != ' ' && dict[j-2:j] != "<<" {
			continue
		}
		v := dict[j+len(name)+2:]
		k, spaces := 0, 0
		for k < len(v) && (v[k] >= '0' && v[k] <= '9' || v[k] == ' ' && spaces < 2) {
			if v[k] == ' ' {
				spaces++
			}
			k++
		}
		if spaces == 2 && k < len(v) && v[k] == 'R' && k+1 <= len(v) && (k+1 == len(v) || v[k+1] == ' ' || v[k+1] == '>') {
			return v[:k+1]
		}
		return ""
	}
	return ""
}

// topRef returns the reference ("12 0 R") that a dictionary printed by
// the library gives key at its top level, or "" when the value is not a
// reference. Nested dictionaries and arrays are skipped by their brackets,
// strings (printed quoted) by their quotes.
func topRef(dict, key string) string {
	depth := 0
	for i := 0; i < len(dict); i++ {
		switch dict[i] {
		case '"':
			for i++; i < len(dict) && dict[i] != '"'; i++ {
				if dict[i] == '\\' {
					i++
				}
			}
		case '<', '[':
			depth++
		case '>', ']':
			depth--
		case '/':
			// a key at the top level ("<<" counts 2) is preceded by "<<" or " "
			if depth != 2 || !strings.HasPrefix(dict[i+1:], key+" ") || (dict[i-1] != ' ' && dict[i-1] != '<') {
				continue
			}
			return leadingRef(dict[i+len(key)+2:])
		}
	}
	return ""
}

// leadingRef returns the reference "N G R" that s starts with, or "".
func leadingRef(s string) string {
	k := 0
	for part := 0; part < 2; part++ {
		start := k
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == start || k >= len(s) || s[k] != ' ' {
			return ""
		}
		k++
	}
	if k < len(s) && s[k] == 'R' && (k+1 == len(s) || s[k+1] == ' ' || s[k+1] == '>') {
		return s[:k+1]
	}
	return ""
}

// readStream returns the decoded data of a stream, bounded by
// MaxStreamBytes.
func (e *extractor) readStream(v pdf.Value) (data []byte, err error) {
	if v.Kind() != pdf.Stream {
		return nil, errorf(ErrMalformed, "malformed PDF: expected a stream, found %s", kindName(v.Kind()))
	}
	filters := v.Key("Filter")
	params := v.Key("DecodeParms")
	check := func(f, p pdf.Value) error {
		switch f.Name() {
		case "FlateDecode", "ASCII85Decode":
		default:
			return errorf(ErrUnsupported, "unsupported PDF filter %s", f.Name())
		}
		if pr := p.Key("Predictor"); pr.Kind() != pdf.Null && pr.Int64() != 12 {
			return errorf(ErrUnsupported, "unsupported PDF predictor %d", pr.Int64())
		}
		return nil
	}
	switch filters.Kind() {
	case pdf.Null:
	case pdf.Name:
		if err := check(filters, params); err != nil {
			return nil, err
		}
	case pdf.Array:
		for i := 0; i < filters.Len(); i++ {
			if err := check(filters.Index(i), params.Index(i)); err != nil {
				return nil, err
			}
		}
	default:
		return nil, errorf(ErrMalformed, "malformed PDF: bad stream filter (%s)", kindName(filters.Kind()))
	}
	if data, ok, err := e.readDirect(v); ok || err != nil {
		return data, err
	}
	defer func() {
		if x := recover(); x != nil {
			data, err = nil, errorf(ErrMalformed, "malformed PDF: corrupt stream: %s", libraryReason(x))
		}
	}()
	rc := v.Reader()
	defer rc.Close()
	data, err = e.readAll(io.LimitReader(rc, e.opt.MaxStreamBytes+1), int(e.opt.MaxStreamBytes)+1)
	if isBudget(err) {
		e.putBuf(data)
		return nil, err
	}
	if int64(len(data)) > e.opt.MaxStreamBytes {
		e.putBuf(data)
		return nil, errorf(ErrStreamLimit, "a PDF stream decompresses to more than %d bytes (the stream limit)", e.opt.MaxStreamBytes)
	}
	if err != nil && len(data) == 0 {
		return nil, errorf(ErrMalformed, "malformed PDF: corrupt stream: %s", libraryReason(err))
	}
	return data, nil // a truncated deflate stream keeps what was decoded
}

// kindName names a kind of PDF value for a message.
func kindName(k pdf.ValueKind) string {
	switch k {
	case pdf.Null:
		return "nothing"
	case pdf.Bool:
		return "a boolean"
	case pdf.Integer:
		return "an integer"
	case pdf.Real:
		return "a number"
	case pdf.String:
		return "a string"
	case pdf.Name:
		return "a name"
	case pdf.Dict:
		return "a dictionary"
	case pdf.Array:
		return "an array"
	}
	return "a stream"
}

// readDirect reads a stream of an unencrypted file that is stored plain or
// with FlateDecode and no predictor (page contents nearly always are)
// straight from the file's bytes, inflating it with one inflater reset
// for each stream: the library makes a zlib reader (32 KiB window, tables,
// a bufio.Reader) for every stream. ok is false when the stream is not of
// that kind or anything goes wrong: readStream then reads it through the
// library, which gives the same bytes, and the same errors (the library
// also keeps the data of a stream whose checksum is wrong). err is the
// budget's, the context's, or the stream limit's: the library's way would
// meet them too, after inflating the stream again.
func (e *extractor) readDirect(v pdf.Value) (data []byte, ok bool, err error) {
	if e.encrypted || e.file == nil {
		return nil, false, nil
	}
	deflated := false
	switch f := v.Key("Filter"); f.Kind() {
	case pdf.Null:
	case pdf.Name:
		if f.Name() != "FlateDecode" || v.Key("DecodeParms").Kind() != pdf.Null {
			return nil, false, nil
		}
		deflated = true
	default:
		return nil, false, nil
	}
	// the library prints a stream as its dictionary, "@" and the offset
	// of its data in the file
	s := v.String()
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return nil, false, nil
	}
	off, perr := strconv.ParseInt(s[at+1:], 10, 64)
	n := v.Key("Length").Int64()
	if perr != nil || off < 0 || n < 0 || off > int64(len(e.file)) || n > int64(len(e.file))-off {
		return nil, false, nil
	}
	raw := streamBody(e.file, off, n)
	max := e.opt.MaxStreamBytes
	var src io.Reader = &e.zsrc
	if deflated && n > 0 {
		// a zlib stream is a 2-byte header, deflate data and an Adler-32
		// checksum: the data is inflated directly, the checksum not
		// computed (like poppler, which does not check it either; it
		// cost 1.5% of a parse)
		if n < 2 || raw[0]&0x0f != 8 || raw[0]>>4 > 7 || (uint16(raw[0])<<8|uint16(raw[1]))%31 != 0 || raw[1]&0x20 != 0 {
			return nil, false, nil // not plain zlib: the library's way
		}
		e.zsrc.Reset(raw[2:])
		if e.zr == nil {
			e.zr = flate.NewReader(&e.zsrc)
		} else if err := e.zr.(flate.Resetter).Reset(&e.zsrc, nil); err != nil {
			return nil, false, nil
		}
		src = e.zr
	} else {
		e.zsrc.Reset(raw)
	}
	// (copied, never aliased: stream buffers are reused)
	data, err = e.readAll(io.LimitReader(src, max+1), int(max)+1)
	if isBudget(err) {
		e.putBuf(data)
		return nil, false, err
	}
	if err == nil && int64(len(data)) > max {
		e.putBuf(data)
		return nil, false, errorf(ErrStreamLimit, "a PDF stream decompresses to more than %d bytes (the stream limit)", max)
	}
	if err != nil {
		e.putBuf(data)
		return nil, false, nil
	}
	return data, true, nil
}

// readAll is io.ReadAll into a buffer from the extractor's free list
// (give it back with putBuf when done with the data).
// The buffer never grows past max bytes, so a stream at the size limit
// costs the limit, not twice it (a flate bomb stops at the limit).
// Each growth is charged to the memory budget before it is made, and
// the context is checked every readCheck bytes: a stream of tens of
// megabytes inflates in a tenth of a second or more.
func (e *extractor) readAll(r io.Reader, max int) ([]byte, error) {
	var b []byte
	if n := len(e.free); n > 0 {
		b, e.free = e.free[n-1][:0], e.free[:n-1]
	} else {
		b = e.newBuf(0, min(64<<10, max))
		if b == nil {
			return nil, e.err
		}
	}
	next := readCheck
	for {
		if len(b) == cap(b) {
			if len(b) >= max {
				return b, nil
			}
			nb := e.growBuf(b, min(max, 2*cap(b)+1))
			if nb == nil {
				return b, e.err
			}
			b = nb
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if len(b) >= next {
			next = len(b) + readCheck
			if err := e.ctx.Err(); err != nil {
				return b, err
			}
		}
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
	}
}

// readCheck is how many bytes readAll reads between checks of the
// context: a millisecond of inflating.
const readCheck = 256 << 10

// newBuf returns a new stream buffer of length n and capacity c, charged
// to the memory budget; nil (and e.err set) when over it.
func (e *extractor) newBuf(n, c int) []byte {
	if err := e.acct.charge(int64(c)); err != nil {
		e.fail(err)
		return nil
	}
	return makeBuf(n, c)
}

// makeBuf is make([]byte, n, c), timed for onBigAlloc when it is set.
func makeBuf(n, c int) []byte { return makeSlice[byte](n, c) }

// makeSlice is make([]T, n, c), timed for onBigAlloc when it is set and
// the slice is larger than copyCheck bytes.
func makeSlice[T any](n, c int) []T {
	var zero T
	if onBigAlloc == nil || c*int(unsafe.Sizeof(zero)) <= copyCheck {
		return make([]T, n, c)
	}
	start := time.Now()
	s := make([]T, n, c)
	onBigAlloc(start, time.Now())
	return s
}

// onBigAlloc, when set (by tests), sees when the making of each buffer
// over copyCheck bytes (a stream's, the page's glyphs) started and
// ended. No check of the context can cut one short, and it is not
// quick when the runtime clears memory it used before: on a virtual
// machine, faulting the pages in takes 3 to 5 ms a megabyte, a tenth of
// a second for the buffer of a 32 MB stream. The tests of time-outs
// leave that time out.
var onBigAlloc func(start, end time.Time)

// growBuf returns b copied into a stream buffer of capacity c, charged
// before it is made; b is given back. Past the deadline it returns nil
// (e.err set) and b is the caller's still.
func (e *extractor) growBuf(b []byte, c int) []byte {
	if c > copyCheck {
		// (a large buffer takes milliseconds to make: not past the deadline)
		if err := e.ctx.Err(); err != nil {
			e.fail(err)
			return nil
		}
	}
	nb := e.newBuf(len(b), c)
	if nb == nil {
		return nil
	}
	if err := copyChecked(e.ctx, nb, b); err != nil {
		e.acct.release(int64(c))
		e.fail(err)
		return nil
	}
	e.acct.release(int64(cap(b)))
	return nb
}

// copyCheck is how many bytes copyChecked moves between checks of the
// context. A copy into new memory costs its page faults, and on a
// virtual machine these are several milliseconds a megabyte: the copy
// of a 16 MB buffer into its 32 MB successor took 50 to 90 ms, all of
// it past a deadline when the deadline fell in it.
const copyCheck = 1 << 20

// copyChecked copies src into dst (at least as long) a megabyte at a
// time, and stops with the context's error when it is done.
func copyChecked[T any](ctx context.Context, dst, src []T) error {
	var zero T
	step := max(1, copyCheck/int(unsafe.Sizeof(zero)))
	for len(src) > step {
		copy(dst, src[:step])
		dst, src = dst[step:], src[step:]
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	copy(dst, src)
	return nil
}

// putBuf returns a buffer from readStream to the free list; one it does
// not keep (a large one, or one too many) is given back to the budget.
func (e *extractor) putBuf(b []byte) {
	if cap(b) > 0 && len(e.free) < 8 && cap(b) <= maxPooled {
		e.free = append(e.free, b[:0])
		return
	}
	e.acct.release(int64(cap(b)))
}

// page extracts one page; n is the number of glyphs found.
func (e *extractor) page(num int, p pageRef) (Page, int, error) {
	box := p.box
	if len(box) != 4 {
		box = []float64{0, 0, 612, 792}
	}
	x0, y0 := min(box[0], box[2]), min(box[1], box[3])
	x1, y1 := max(box[0], box[2]), max(box[1], box[3])
	w, h := x1-x0, y1-y0
	if w <= 0 || h <= 0 || math.IsNaN(w+h) || math.IsInf(w+h, 0) {
		x0, y0, w, h = 0, 0, 612, 792
	}
	// page matrix: move the box origin to 0,0 and turn the page upright
	ctm := matrix{1, 0, 0, 1, -x0, -y0}
	pw, ph := w, h
	switch p.rotate {
	case 90:
		ctm = ctm.mul(matrix{0, -1, 1, 0, 0, w})
		pw, ph = h, w
	case 180:
		ctm = ctm.mul(matrix{-1, 0, 0, -1, w, h})
	case 270:
		ctm = ctm.mul(matrix{0, 1, -1, 0, h, 0})
		pw, ph = h, w
	}
	pg := Page{Number: num, Width: pw, Height: ph}
	var data []byte
	c := p.v.Key("Contents")
	switch c.Kind() {
	case pdf.Stream:
		d, err := e.readStream(c)
		if err != nil {
			return pg, 0, err
		}
		data = d
	case pdf.Array:
		for i := 0; i < c.Len(); i++ {
			d, err := e.readStream(c.Index(i))
			if err != nil {
				e.putBuf(data)
				return pg, 0, err
			}
			if data == nil {
				data = d
			} else {
				if need := len(data) + len(d) + 1; need > cap(data) {
					nb := e.growBuf(data, max(need, 2*cap(data)))
					if nb == nil {
						e.putBuf(d)
						return pg, 0, e.err
					}
					data = nb
				}
				data = append(data, d...)
				e.putBuf(d)
			}
			if len(data) == cap(data) {
				nb := e.growBuf(data, 2*cap(data)+1)
				if nb == nil {
					return pg, 0, e.err
				}
				data = nb
			}
			data = append(data, '\n')
			if int64(len(data)) > e.opt.MaxStreamBytes {
				return pg, 0, errorf(ErrStreamLimit, "page %d content is larger than %d bytes (the stream limit)", num, e.opt.MaxStreamBytes)
			}
		}
	}
	if want := min(len(data)/6, 4096); cap(e.glyphBuf) < want {
		// up to one glyph per 6 bytes of content: grow once, not by doubling
		if err := e.acct.charge(int64(want-cap(e.glyphBuf)) * glyphCost); err != nil {
			e.putBuf(data)
			return pg, 0, err
		}
		e.glyphBuf = make([]glyph, 0, want)
	}
	in := &interp{e: e, page: ctm, glyphs: e.glyphBuf[:0], shapes: e.shapeBuf[:0], pw: pw, ph: ph}
	in.gs = gstate{ctm: ctm, th: 1}
	rs := p.rs
	if rs == nil {
		rs = e.resourcesFor(p.res)
	}
	err := in.run(data, rs)
	e.putBuf(data)
	if err == nil && p.v.Key("Annots").Kind() == pdf.Array {
		err = in.runAnnots(p.v, rs)
	}
	if err != nil {
		return pg, 0, err
	}
	// keep what is on the page (with a margin for glyphs straddling the edge)
	// (compacted in place: glyphs move only after a first one dropped)
	gl := in.glyphs
	n := 0
	for i := range gl {
		g := &gl[i]
		// (a glyph in a frame was tested in page space when shown)
		if g.frame == 0 && (g.x1 < -5 || g.x0 > pw+5 || g.y < -5 || g.y > ph+5) || math.IsNaN(g.x0+g.x1+g.y+g.size) || math.IsInf(g.x0+g.x1+g.y, 0) {
			continue
		}
		if n != i {
			gl[n] = *g
		}
		n++
	}
	gl = gl[:n]
	gl = attachBullets(gl, in.shapes, &e.texts)
	// the layout checks the context as it goes (a page of half a million
	// glyphs takes a good part of a second), and says so after
	e.lay.tick = budget.NewTicker(e.ctx)
	if len(in.frames) == 0 {
		pg.Lines = layoutPage(gl, e.texts, pw, ph, &e.lay)
	} else {
		pg.Lines, pg.Width, pg.Height = layoutFrames(gl, e.texts, pw, ph, in.frames, &e.lay)
	}
	// lines own their text: the glyphs' memory can serve the next page
	e.glyphBuf, e.shapeBuf = gl[:0], in.shapes[:0]
	if err := e.ctx.Err(); err != nil {
		return pg, 0, err
	}
	// the page's lines, held until the document is made
	cost := int64(len(pg.Lines)) * lineCost
	for _, l := range pg.Lines {
		cost += int64(len(l.Text))
	}
	if err := e.acct.charge(cost); err != nil {
		return pg, 0, err
	}
	return pg, len(gl), nil
}

// streamBody is the data of a stream at off whose /Length is n (-1:
// unknown): n bytes when "endstream" follows them, else the bytes up to
// the next "endstream" (a wrong /Length cut a page's text short, or ran
// into the next object; poppler reads to endstream too), else to the end
// of the file. One look at the bytes after the data costs nothing on the
// files that are right.
func streamBody(file []byte, off, n int64) []byte {
	if n >= 0 {
		rest := file[off+n : min(int64(len(file)), off+n+maxEndstreamGap+9)]
		for len(rest) > 0 && charClass[rest[0]]&classSpace != 0 {
			rest = rest[1:]
		}
		if bytes.HasPrefix(rest, []byte("endstream")) {
			return file[off : off+n]
		}
	}
	e := bytes.Index(file[off:], []byte("endstream"))
	if e < 0 {
		if n >= 0 {
			return file[off : off+n] // truncated: what /Length says
		}
		return file[off:]
	}
	d := file[off : off+int64(e)]
	if bytes.HasSuffix(d, []byte("\r\n")) {
		d = d[:len(d)-2]
	} else if bytes.HasSuffix(d, []byte("\n")) || bytes.HasSuffix(d, []byte("\r")) {
		d = d[:len(d)-1]
	}
	return d
}
