package main

import (
	"bufio"
	"bytes"
	"compress/flate"
	binenc "encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/vacancy-tools/vacancy/cmd/vacancy/internal/server"
	"github.com/vacancy-tools/vacancy/schema"
)

// serveFor starts the server `vacancy serve args…` would run, on a
// random port, in-process.
func serveFor(t testing.TB, args ...string) *httptest.Server {
	t.Helper()
	fs := newFlagSet("serve", io.Discard, io.Discard)
	rf := addReaderFlags(fs, false)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	if err := rf.check(io.Discard); err != nil {
		t.Fatal(err)
	}
	s := server.New(serveConfig(rf, 8, io.Discard))
	hs := httptest.NewUnstartedServer(s)
	hs.Config = s.HTTPServer()
	hs.Start()
	t.Cleanup(hs.Close)
	return hs
}

// postRaw posts body to path and returns the status and the answer. A
// transport error (a dropped connection) fails the test.
func postRaw(t testing.TB, hs *httptest.Server, path string, body []byte) (int, []byte) {
	t.Helper()
	resp, err := hs.Client().Post(hs.URL+path, "application/octet-stream", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("POST %s: reading the answer: %v", path, err)
	}
	return resp.StatusCode, b
}

func postMultipart(t testing.TB, hs *httptest.Server, path string, files ...[3]string) (*http.Response, []byte) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, f := range files {
		w, _ := mw.CreateFormFile(f[0], f[1])
		io.WriteString(w, f[2])
	}
	mw.Close()
	resp, err := hs.Client().Post(hs.URL+path, mw.FormDataContentType(), &buf)
	if err != nil {
		t.Fatalf("POST %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

type apiErr struct {
	Code, Message, Limit string
	Max                  int64
}

// answerError is the error object of an error answer; it fails the test
// when the answer is not one.
func answerError(t testing.TB, status int, body []byte) apiErr {
	t.Helper()
	var e struct{ Error *apiErr }
	if err := json.Unmarshal(body, &e); err != nil || e.Error == nil || e.Error.Code == "" || e.Error.Message == "" {
		t.Fatalf("%d answer is no JSON error: %.300s", status, body)
	}
	return *e.Error
}

// manifestFiles lists the renderings of corpus/MANIFEST.tsv in a format
// the parser reads, with their reference ("-": no vacancy).
func manifestFiles(t testing.TB) [][2]string {
	t.Helper()
	f, err := os.Open(filepath.Join(corpus, "MANIFEST.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	sc.Scan()
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 {
			continue
		}
		if strings.HasPrefix(cols[0], "README") {
			continue // the corpus's own documentation
		}
		switch cols[2] {
		case "pdf", "txt", "md", "html":
			out = append(out, [2]string{cols[0], cols[1]})
		}
	}
	if len(out) < 100 {
		t.Fatalf("%d renderings in MANIFEST.tsv", len(out))
	}
	return out
}

// TestServeCorpus: POST /v1/parse answers every rendering of the corpus
// exactly as `vacancy parse` prints it (the name given as the path, so
// source.file too), and refuses what `vacancy parse` refuses with the same
// message; the documents that are no vacancy get 422.
func TestServeCorpus(t *testing.T) {
	hs := serveFor(t)
	ok, refused := 0, 0
	for i, f := range manifestFiles(t) {
		path := filepath.Join(corpus, f[0])
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := runInProcess("", "parse", path)
		status, body := postRaw(t, hs, "/v1/parse?name="+urlEscape(path), data)
		switch {
		case code == exitOK:
			ok++
			if status != 200 || string(body) != stdout {
				t.Errorf("%s: status %d; the answer differs from vacancy parse's output (%d and %d bytes)", f[0], status, len(body), len(stdout))
			}
			if i%10 == 0 {
				// The multipart form, named by its file name.
				resp, mb := postMultipart(t, hs, "/v1/parse?name="+urlEscape(path), [3]string{"file", filepath.Base(path), string(data)})
				if resp.StatusCode != 200 || string(mb) != stdout {
					t.Errorf("%s: multipart: status %d, the answer differs", f[0], resp.StatusCode)
				}
			}
		default:
			refused++
			e := answerError(t, status, body)
			// The command's message, without the flag that raises a limit.
			want := reHint.ReplaceAllString(strings.TrimPrefix(strings.TrimSpace(stderr), "vacancy: "), "")
			if status < 400 || e.Message != want {
				t.Errorf("%s: %d %q; vacancy parse says %q", f[0], status, e.Message, want)
			}
		}
		if f[1] == "-" && (status != 422 || answerError(t, status, body).Code != "not_vacancy") {
			t.Errorf("%s is no vacancy: answered %d %.200s", f[0], status, body)
		}
	}
	t.Logf("%d renderings parsed as vacancy parse does, %d refused as it does", ok, refused)
}

var reHint = regexp.MustCompile(` \(raise it with --[a-z-]+\)$`)

func urlEscape(s string) string { return url.QueryEscape(s) }

// TestServeBadInput sends the bad inputs of parser/bad_test.go: each is
// answered with the right 4xx/5xx JSON error, never a 200 with a
// half-parse and never a dropped connection; the inputs that must still
// parse are answered as their clean original is.
func TestServeBadInput(t *testing.T) {
	hs := serveFor(t)
	small := serveFor(t, "--max-size", "4096")
	quick := serveFor(t, "--timeout", "50ms")
	read := func(name string) []byte {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	text := read(filepath.Join(corpus, "250715-pdd.txt"))
	md := read(filepath.Join(corpus, "250715-pdd.md"))
	html := read(filepath.Join(corpus, "250715-pdd.html"))
	pdf := read(filepath.Join(corpus, "250715-pdd.libreoffice.pdf"))
	bad := "../../parser/testdata/bad/"
	enc := func(e encoding.Encoding, b []byte) []byte {
		out, err := e.NewEncoder().Bytes(b)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	rnd := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 64<<10)
	for i := range random {
		random[i] = byte(rnd.UintN(256))
	}
	var words bytes.Buffer
	for i := range 20000 {
		fmt.Fprintf(&words, "%s ", strings.Repeat(string(rune('a'+i*7%26)), 1+i%9))
		if i%10 == 9 {
			words.WriteByte('\n')
		}
	}
	type tc struct {
		name   string
		srv    *httptest.Server
		data   []byte
		status int
		code   string // "" when it must parse
		limit  string
		like   []byte // the clean original it must parse as
	}
	cases := []tc{
		{"empty.txt", hs, nil, 422, "empty", "", nil},
		{"whitespace.txt", hs, []byte(" \n\t\r\n   \n\n"), 422, "empty", "", nil},
		{"random.bin", hs, random, 415, "unsupported_format", "", nil},
		{"random-words.txt", hs, words.Bytes(), 422, "not_vacancy", "", nil},
		{"truncated-10.pdf", hs, pdf[:len(pdf)/10], 422, "malformed", "", nil},
		{"truncated-50.pdf", hs, pdf[:len(pdf)/2], 422, "malformed", "", nil},
		{"truncated-90.pdf", hs, pdf[:len(pdf)*9/10], 422, "malformed", "", nil},
		{"no-xref.pdf", hs, pdf[:bytes.LastIndex(pdf, []byte("\nxref"))+1], 200, "", "", pdf},
		{"not-a-pdf.pdf", hs, []byte("%PDF-1.7\nthis is not a PDF at all\n%%EOF\n"), 422, "malformed", "", nil},
		{"encrypted-aes256.pdf", hs, read(bad + "encrypted-aes256.pdf"), 415, "unsupported_format", "", nil},
		{"encrypted-aes128.pdf", hs, read(bad + "encrypted-aes128.pdf"), 415, "unsupported_format", "", nil},
		{"scanned.pdf", hs, read(bad + "scanned.pdf"), 422, "no_text", "", nil},
		{"faq-internship.fr.txt", hs, read(filepath.Join(corpus, "faq-internship.fr.txt")), 422, "not_vacancy", "", nil},
		{"press-release.txt", hs, read(bad + "press-release.txt"), 422, "not_vacancy", "", nil},
		{"cp1252.txt", hs, enc(charmap.Windows1252, text), 200, "", "", text},
		{"bom.txt", hs, append([]byte("\ufeff"), text...), 200, "", "", text},
		{"utf16le.txt", hs, enc(utf16le, text), 200, "", "", text},
		{"utf16be.txt", hs, enc(utf16be, text), 200, "", "", text},
		{"crlf.txt", hs, bytes.ReplaceAll(text, []byte("\n"), []byte("\r\n")), 200, "", "", text},
		{"cr.txt", hs, bytes.ReplaceAll(text, []byte("\n"), []byte("\r")), 200, "", "", text},
		{"invalid-utf8.txt", hs, append(bytes.Clone(text[:len(text)/2]), append([]byte(" \xff\xfe"), text[len(text)/2:]...)...), 200, "", "", nil},
		{"utf16le.md", hs, enc(utf16le, md), 200, "", "", md},
		{"cr.md", hs, bytes.ReplaceAll(md, []byte("\n"), []byte("\r")), 200, "", "", md},
		{"cp1252.md", hs, enc(charmap.Windows1252, md), 200, "", "", md},
		{"utf16le.html", hs, enc(utf16le, html), 200, "", "", html},
		{"shift_jis.html", hs, []byte("<!DOCTYPE html>\n<html><head><meta charset=\"Shift_JIS\"><title>\x8b\x81\x90\x6c</title></head>\n<body><h1>\x8b\x81\x90\x6c</h1></body></html>\n"),
			415, "unsupported_format", "", nil},
		{"long-line.txt", hs, bytes.Repeat([]byte("a"), 10<<20), 422, "limit_exceeded", "line", nil},
		{"too-big.txt", small, text, 413, "too_large", "size", nil},
		{"nested-lists.md", hs, []byte(strings.Repeat("- ", 10000) + "x\n"), 422, "limit_exceeded", "nesting", nil},
		{"nested-quotes.md", hs, []byte(strings.Repeat("> ", 10000) + "x\n"), 422, "limit_exceeded", "nesting", nil},
		{"nested-lists.html", hs, []byte("<html><body>" + strings.Repeat("<ul><li>", 10000) + "x"), 422, "limit_exceeded", "nesting", nil},
		{"nested-divs-300.html", hs, []byte("<html><body>" + strings.Repeat("<div>", 300) + "x"), 422, "limit_exceeded", "nesting", nil},
		{"flate-bomb.pdf", hs, flateBombPDF(1 << 30), 422, "limit_exceeded", "stream", nil},
		{"slow.txt", quick, bytes.Repeat(text, 300), 504, "timeout", "time", nil},
		{"notice.docx", hs, append([]byte("PK\x03\x04\x14\x00\x06\x00"), random[:4096]...), 415, "unsupported_format", "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, body := postRaw(t, c.srv, "/v1/parse?name="+c.name, c.data)
			if status != c.status {
				t.Fatalf("status %d, want %d: %.300s", status, c.status, body)
			}
			if c.code != "" {
				e := answerError(t, status, body)
				if e.Code != c.code || e.Limit != c.limit || !strings.HasPrefix(e.Message, c.name+": ") {
					t.Errorf("%+v, want code %s limit %q", e, c.code, c.limit)
				}
				return
			}
			if err := vacancySchema.Validate(body); err != nil {
				t.Errorf("not a whole vacancy: %v", err)
			}
			if c.like != nil {
				_, want := postRaw(t, hs, "/v1/parse?name="+c.name, c.like)
				if !bytes.Equal(body, want) {
					t.Error("parsed otherwise than its clean original")
				}
			}
		})
	}
}

// flateBombPDF is parser/bad_test.go's: a one-page PDF whose content
// stream inflates to size bytes of zeros (a multiple of 1 MiB).
func flateBombPDF(size int) []byte {
	const chunk = 1 << 20
	var z bytes.Buffer
	fw, _ := flate.NewWriter(&z, flate.BestCompression)
	var marks []int
	for range 3 {
		fw.Write(make([]byte, chunk))
		fw.Flush()
		marks = append(marks, z.Len())
	}
	first, seg := bytes.Clone(z.Bytes()[:marks[0]]), z.Bytes()[marks[0]:marks[1]]
	var st bytes.Buffer
	st.Write([]byte{0x78, 0xda})
	st.Write(first)
	for range size/chunk - 1 {
		st.Write(seg)
	}
	st.Write([]byte{0x01, 0x00, 0x00, 0xff, 0xff})
	binenc.Write(&st, binenc.BigEndian, uint32(size%65521)<<16|1)
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", st.Len(), st.Bytes()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// TestServeDiff: POST /v1/diff answers what `vacancy diff` prints, in
// each format.
func TestServeDiff(t *testing.T) {
	hs := serveFor(t)
	oldPath, newPath := filepath.Join(corpus, "250715-pdd.md"), filepath.Join(corpus, "250715-pdd.txt")
	oldData, _ := os.ReadFile(oldPath)
	newData, _ := os.ReadFile(newPath)
	for _, format := range []string{"text", "json", "json-patch"} {
		code, stdout, stderr := runInProcess("", "diff", "--color", "never", "--format", format, oldPath, newPath)
		if code != exitFail {
			t.Fatalf("vacancy diff: exit %d: %s", code, stderr)
		}
		resp, body := postMultipart(t, hs, "/v1/diff?format="+format,
			[3]string{"old", oldPath, string(oldData)}, [3]string{"new", newPath, string(newData)})
		if resp.StatusCode != 200 || string(body) != stdout {
			t.Errorf("%s: status %d; the answer differs from vacancy diff's output:\n%s\n---\n%s", format, resp.StatusCode, body, stdout)
		}
		if format == "json" {
			var changes []schema.Change
			json.Unmarshal(body, &changes)
			if got := resp.Header.Get("Vacancy-Changes"); got != strconv.Itoa(len(changes)) {
				t.Errorf("Vacancy-Changes %s, %d changes", got, len(changes))
			}
		}
	}
	resp, body := postMultipart(t, hs, "/v1/diff?format=json", [3]string{"old", "a.md", string(oldData)}, [3]string{"new", "b.md", string(oldData)})
	if resp.StatusCode != 200 || strings.TrimSpace(string(body)) != "[]" || resp.Header.Get("Vacancy-Changes") != "0" {
		t.Errorf("no differences: %d %s %s", resp.StatusCode, resp.Header.Get("Vacancy-Changes"), body)
	}
}

func TestServeUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "notice.pdf"}, "serve takes no FILE"},
		{[]string{"serve", "--max-concurrent", "0"}, "--max-concurrent must be at least 1"},
		{[]string{"serve", "--timeout", "0s"}, "--timeout must be positive"},
		{[]string{"serve", "--max-size", "lots"}, "positive size"},
		{[]string{"serve", "--addr", "256.1.1.1:80"}, "vacancy: listen tcp"},
	} {
		code, _, stderr := runInProcess("", tc.args...)
		if code != exitTrouble || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, %q", tc.args, code, stderr)
		}
	}
	if code, stdout, _ := runInProcess("", "help", "serve"); code != exitOK || !strings.Contains(stdout, "--max-concurrent") {
		t.Errorf("help serve: %d %s", code, stdout)
	}
}

// servedBinary is `vacancy serve` running as its own process.
type servedBinary struct {
	cmd  *exec.Cmd
	addr string
	mu   sync.Mutex
	log  bytes.Buffer
	done chan error
}

func (b *servedBinary) stderr() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.log.String()
}

// startBinary runs the built command's serve on a free port.
func startBinary(t *testing.T, args ...string) *servedBinary {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	b := &servedBinary{cmd: cmd, done: make(chan error, 1)}
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(errPipe)
		re := regexp.MustCompile(`serving on http://([^/]+)/`)
		for sc.Scan() {
			b.mu.Lock()
			b.log.WriteString(sc.Text() + "\n")
			b.mu.Unlock()
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
		}
		b.done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
		}
	})
	select {
	case b.addr = <-addr:
	case <-time.After(10 * time.Second):
		t.Fatalf("the server did not start:\n%s", b.stderr())
	}
	return b
}

// peakRSS is the peak resident size of a process, from /proc.
func peakRSS(pid int) (kb int, ok bool) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, false
	}
	m := regexp.MustCompile(`VmHWM:\s+(\d+) kB`).FindSubmatch(data)
	if m == nil {
		return 0, false
	}
	kb, _ = strconv.Atoi(string(m[1]))
	return kb, true
}

// TestServeConcurrent runs `vacancy serve --max-concurrent 100` as its
// own process and sends it 100 parses of corpus files at once: every
// answer is `vacancy parse`'s output. It reports the server's peak
// resident memory. Then SIGTERM while a parse is under way: the parse is
// answered, and the server exits 0.
func TestServeConcurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 100 parses at once")
	}
	names := []string{"250715-pdd.libreoffice.pdf", "250715-pdd.chromium.pdf", "250697-osg.twocolumn.pdf", "250833-ihc.chromium.pdf",
		"250715-pdd.txt", "250715-pdd.md", "250715-pdd.html", "20458-oecd.html", "21874-esa.txt", "1612-interpol.txt"}
	want := map[string]string{}
	data := map[string][]byte{}
	for _, n := range names {
		path := filepath.Join(corpus, n)
		code, stdout, stderr := runInProcess("", "parse", path)
		if code != exitOK {
			t.Fatalf("%s: %s", n, stderr)
		}
		want[n] = stdout
		data[n], _ = os.ReadFile(path)
	}
	b := startBinary(t, "--max-concurrent", "100")
	base, _ := peakRSS(b.cmd.Process.Pid)
	client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: 0, MaxIdleConnsPerHost: 100}}
	const n = 100
	start := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan string, n)
	began := time.Now()
	for i := range n {
		name := names[i%len(names)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			path := filepath.Join(corpus, name)
			resp, err := client.Post("http://"+b.addr+"/v1/parse?name="+urlEscape(path), "application/octet-stream", bytes.NewReader(data[name]))
			if err != nil {
				errs <- fmt.Sprintf("%s: %v", name, err)
				return
			}
			body, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			switch {
			case err != nil:
				errs <- fmt.Sprintf("%s: %v", name, err)
			case resp.StatusCode != 200:
				errs <- fmt.Sprintf("%s: status %d: %.200s", name, resp.StatusCode, body)
			case string(body) != want[name]:
				errs <- fmt.Sprintf("%s: the answer differs from vacancy parse's output", name)
			}
		}()
	}
	close(start)
	wg.Wait()
	elapsed := time.Since(began)
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if peak, ok := peakRSS(b.cmd.Process.Pid); ok {
		t.Logf("100 parses at once in %v; the server's peak RSS %.1f MiB (%.1f MiB when started)", elapsed.Round(time.Millisecond), float64(peak)/1024, float64(base)/1024)
		if peak > 1<<20 {
			t.Errorf("peak RSS %.0f MiB, more than 1 GiB", float64(peak)/1024)
		}
	} else {
		t.Logf("100 parses at once in %v (no /proc: peak RSS not measured)", elapsed.Round(time.Millisecond))
	}
	// A request's line is written once it is answered.
	waitUntil(t, func() bool { return strings.Count(b.stderr(), " POST /v1/parse 200 ") == n }, "a log line per parse")

	// SIGTERM with a parse under way: its body is half sent.
	md := data["250715-pdd.md"]
	pr, pw := io.Pipe()
	answered := make(chan string, 1)
	go func() {
		resp, err := http.Post("http://"+b.addr+"/v1/parse?name=a.md", "text/markdown", pr)
		if err != nil {
			answered <- err.Error()
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		answered <- fmt.Sprint(resp.StatusCode, " ", len(body))
	}()
	pw.Write(md[:len(md)/2])
	waitUntil(t, func() bool {
		resp, err := http.Get("http://" + b.addr + "/healthz")
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		var h struct{ Running int }
		json.NewDecoder(resp.Body).Decode(&h)
		return h.Running == 1
	}, "the parse to start")
	if err := b.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, func() bool { return strings.Contains(b.stderr(), "shutting down: 1 parses running") }, "the shutdown to begin:\n"+b.stderr())
	if conn, err := net.DialTimeout("tcp", b.addr, time.Second); err == nil {
		conn.Close()
		t.Error("a new connection is accepted while shutting down")
	}
	pw.Write(md[len(md)/2:])
	pw.Close()
	if got := <-answered; !strings.HasPrefix(got, "200 ") {
		t.Errorf("the parse under way at SIGTERM: %s", got)
	}
	select {
	case err := <-b.done:
		if err != nil {
			t.Errorf("the server exited: %v\n%s", err, b.stderr())
		}
	case <-time.After(10 * time.Second):
		t.Error("the server did not exit after SIGTERM")
	}
}

func waitUntil(t *testing.T, cond func() bool, what string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
