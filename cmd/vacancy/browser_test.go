package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/vacancy-tools/vacancy/parser"
)

// chromium finds a Chromium or Chrome binary: $VACANCY_CHROMIUM, else
// the usual names on PATH (Debian's package "chromium" installs
// /usr/bin/chromium).
func chromium() string {
	if p := os.Getenv("VACANCY_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowserReview drives the review page in headless Chromium: upload a
// corpus PDF through the file input, wait for the fields, click the
// deadline and check that the block highlighted in the source view holds
// the deadline as the notice writes it; then the keyboard, 200 % zoom, a
// Markdown notice's numbered lines, and no request leaving the server.
// The screenshot (PNG) goes to the test's temporary folder, and also to
// $VACANCY_SCREENSHOT when set.
func TestBrowserReview(t *testing.T) {
	exe := chromium()
	if exe == "" {
		t.Skip("no Chromium found (apt-get install -y chromium, or set VACANCY_CHROMIUM): the review page is not tested in a browser")
	}
	pdfPath, err := filepath.Abs(filepath.Join(corpus, "250715-pdd.libreoffice.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	mdPath, _ := filepath.Abs(filepath.Join(corpus, "250715-pdd.md"))
	v, err := parser.ParseFile(context.Background(), pdfPath)
	if err != nil {
		t.Fatal(err)
	}
	asWritten, deadline := *v.DeadlineAsWritten.EN, v.Provenance["/deadline"]

	hs := serveFor(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox, // the tests may run as root, in a container
		chromedp.WindowSize(1400, 1000),
		chromedp.UserDataDir(t.TempDir()),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	ctx, cancel := context.WithTimeout(bctx, 2*time.Minute)
	defer cancel()

	// Every request of the page goes to the server; no script fails.
	var mu sync.Mutex
	var elsewhere, exceptions []string
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			if u := e.Request.URL; !strings.HasPrefix(u, hs.URL+"/") && !strings.HasPrefix(u, "data:") {
				elsewhere = append(elsewhere, u)
			}
		case *runtime.EventExceptionThrown:
			exceptions = append(exceptions, e.ExceptionDetails.Text+" "+func() string {
				if e.ExceptionDetails.Exception != nil {
					return e.ExceptionDetails.Exception.Description
				}
				return ""
			}())
		}
	}); err != nil {
		t.Fatalf("starting Chromium (%s): %v", exe, err)
	}
	step := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(what, expr string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Poll[string](expr, chromedp.WithPollingTimeout(30*time.Second)))
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return s
	}

	step("loading the page", chromedp.Navigate(hs.URL+"/"), chromedp.WaitVisible(chromedp.ID("file")))
	step("uploading the PDF", chromedp.SetUploadFiles(chromedp.ID("file"), []string{pdfPath}))
	eval("waiting for the fields", `document.querySelector('button[data-ptr="/deadline"]') && "ok"`)
	if got := eval("the deadline's place", `document.querySelector('button[data-ptr="/deadline"] .at').textContent`); got != "page 1, line 6" || deadline.Page != 1 || deadline.Line != 6 {
		t.Errorf("the deadline says %q; its provenance is page %d, line %d", got, deadline.Page, deadline.Line)
	}
	step("clicking the deadline", chromedp.Click(chromedp.CSS(`button[data-ptr="/deadline"]`)))
	hl := eval("the highlighted block", `(document.querySelector('#source .hl') || {}).textContent`)
	if !strings.Contains(strings.Join(strings.Fields(hl), " "), asWritten) {
		t.Errorf("the highlighted block reads %q, without the deadline as written, %q", hl, asWritten)
	}
	t.Logf("clicked the deadline (%s): the highlighted block reads %q", asWritten, hl)
	if got := eval("where the block is", `(() => { const g = document.querySelector('#source .hl'); return g.tagName + " " + g.closest("svg").id })()`); got != "g page-1" {
		t.Errorf("highlighted: %s, want a block of the SVG of page 1", got)
	}
	if got := eval("the caption", `document.getElementById("where").textContent`); !strings.Contains(got, "page 1, line 6") {
		t.Errorf("the source view says %q", got)
	}
	// What the window shows: the fields, and the source view scrolled
	// to the deadline.
	shots := t.TempDir()
	screenshot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		shot := filepath.Join(shots, name+".png")
		if err := os.WriteFile(shot, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s (%d bytes)", shot, len(png))
		if dst := os.Getenv("VACANCY_SCREENSHOT"); dst != "" {
			dst = strings.TrimSuffix(dst, ".png") + strings.TrimPrefix(name, "review") + ".png"
			if err := os.WriteFile(dst, png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	screenshot("review")

	// The keyboard: Tab from the deadline reaches the next value, Enter
	// shows it, and the focus is drawn.
	step("tabbing to the next value", chromedp.Focus(chromedp.CSS(`button[data-ptr="/deadline"]`)), chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Enter))
	next := eval("the focused value", `document.activeElement.dataset.ptr`)
	if next == "/deadline" {
		t.Error("Tab did not move the focus")
	}
	if got := eval("the current value", `(document.querySelector("button.val.current") || {dataset: {}}).dataset.ptr || "none"`); got != next {
		t.Errorf("Enter on %s showed %s", next, got)
	}
	if got := eval("the focus style", `getComputedStyle(document.activeElement).outlineStyle`); got == "none" {
		t.Error("the focused value has no outline")
	}

	// 200 % zoom of a 1400-pixel window: 700 CSS pixels across. One
	// column, and no page wider than the window (the PDF pages scroll in
	// their own box).
	step("zooming to 200 %", chromedp.EmulateViewport(700, 500, chromedp.EmulateScale(2)))
	if got := eval("the columns", `String(getComputedStyle(document.querySelector(".review")).gridTemplateColumns.split(" ").length)`); got != "1" {
		t.Errorf("%s columns at 200 %%", got)
	}
	if got := eval("the page width", `String(document.documentElement.scrollWidth - window.innerWidth)`); got != "0" {
		wide := eval("what is wide", `[...document.querySelectorAll("main *")].filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX == "visible").slice(0, 4).map(e => e.tagName + "." + e.getAttribute("class") + ": " + (e.textContent || "").slice(0, 60)).join("; ") || "?"`)
		t.Errorf("at 200 %% the page is %s CSS pixels wider than the window: %s", got, wide)
	}
	step("zooming back", chromedp.EmulateViewport(1400, 1000))

	// A Markdown notice: its numbered source lines.
	step("uploading the Markdown", chromedp.SetUploadFiles(chromedp.ID("file"), []string{mdPath}))
	eval("waiting for the lines", `document.querySelector("#source .lines") && document.querySelector('button[data-ptr="/title/en"]') && "ok"`)
	step("clicking the title", chromedp.Click(chromedp.CSS(`button[data-ptr="/title/en"]`)))
	lines := eval("the highlighted lines", `[...document.querySelectorAll("#source .ln.hl")].map(e => e.id + " " + e.lastChild.textContent).join("\n")`)
	if !strings.Contains(lines, "NATO Internship - Public Diplomacy Division (PDD)") {
		t.Errorf("the title's lines: %q", lines)
	}
	step("clicking an essential requirement", chromedp.Click(chromedp.CSS(`button[data-ptr="/requirements/fr/essential/0"]`)))
	screenshot("review-markdown")

	mu.Lock()
	defer mu.Unlock()
	if len(elsewhere) > 0 {
		t.Errorf("the page asked elsewhere: %v", elsewhere)
	}
	if len(exceptions) > 0 {
		t.Errorf("script errors: %v", exceptions)
	}
}
