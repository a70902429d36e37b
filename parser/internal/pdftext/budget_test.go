package pdftext

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vacancy-tools/vacancy/parser/hostile"
	"github.com/vacancy-tools/vacancy/parser/internal/budget"
	"github.com/vacancy-tools/vacancy/parser/internal/failure"
)

func hostileCase(t *testing.T, name string) []byte {
	t.Helper()
	for _, c := range hostile.Cases() {
		if c.Name == name {
			return c.Make()
		}
	}
	t.Fatalf("no hostile case %s", name)
	return nil
}

// extractMetered reads data with a memory budget of max bytes, and
// returns the most the extraction charged at once and what it left
// charged (its document).
func extractMetered(data []byte, max int64) (doc *Document, peak, left int64, err error) {
	m := budget.NewMeter(max)
	doc, err = Extract(budget.With(context.Background(), m), data, Options{})
	return doc, m.Peak(), m.Used(), err
}

// TestHostilePDFs: the hostile PDFs of issue 13 are read, or refused
// with one error, charging the budget a few megabytes at most.
func TestHostilePDFs(t *testing.T) {
	for _, c := range []struct {
		name string
		err  string // "" when the file is read
		peak int64
	}{
		{"cmap-shared-1000-fonts.pdf", "", 32 << 20},
		{"cmap-big-destinations.pdf", "", 8 << 20},
		{"differences-1000000.pdf", "", 24 << 20},
		{"forms-self-drawing.pdf", "form limit", 64 << 20},
		{"flate-bomb.pdf", "stream limit", 160 << 20},
		{"objstm-nested-1000.pdf", "", 4 << 20},
		{"objstm-nested-cycle.pdf", "an object stream is stored in another object stream", 4 << 20},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := hostileCase(t, c.name)
			start := time.Now()
			doc, peak, left, err := extractMetered(data, 256<<20)
			t.Logf("%v, charged %d KB at most, %d KB left: %v", time.Since(start).Round(time.Millisecond), peak>>10, left>>10, err)
			switch {
			case c.err == "" && err != nil:
				t.Fatalf("error %v", err)
			case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
				t.Fatalf("error %v, want one saying %q", err, c.err)
			}
			if peak > c.peak {
				t.Errorf("charged %d MB at most, want %d MB", peak>>20, c.peak>>20)
			}
			if want := doc.cost(); err == nil && left != want || err != nil && left != 0 {
				t.Errorf("%d bytes left charged, want %d (the document's)", left, want)
			}
		})
	}
}

// TestSharedCMapParsedOnce: fonts sharing a ToUnicode CMap share its
// parse, read sequentially or by two goroutines.
func TestSharedCMapParsedOnce(t *testing.T) {
	data := hostileCase(t, "cmap-shared-300-fonts.pdf")
	for _, seq := range []bool{true, false} {
		doc, err := Extract(context.Background(), data, Options{Sequential: seq})
		if err != nil {
			t.Fatal(err)
		}
		text := ""
		for _, l := range doc.Pages[0].Lines {
			text += l.Text + "\n"
		}
		if !strings.Contains(text, "VACANCY NOTICE") || !strings.Contains(text, "\u4e41\u4e42") {
			t.Errorf("text %.200q", text)
		}
	}
	_, peak, _, err := extractMetered(data, 0)
	if err != nil {
		t.Fatal(err)
	}
	// one CMap of 131,072 entries: 8 MB with its texts, charged once
	if peak > 16<<20 {
		t.Errorf("charged %d MB", peak>>20)
	}
}

// TestMemoryBudgetPDF: a budget too small for what the text layer builds
// stops it with the budget's error, whichever stage meets it.
func TestMemoryBudgetPDF(t *testing.T) {
	for _, name := range []string{"cmap-shared-1000-fonts.pdf", "flate-bomb.pdf", "differences-1000000.pdf"} {
		data := hostileCase(t, name)
		for _, max := range []int64{64 << 10, 1 << 20, 4 << 20} {
			_, _, left, err := extractMetered(data, max)
			var le *failure.LimitError
			if err == nil || !errors.As(err, &le) || le.Limit != failure.LimitMemory {
				if max >= 4<<20 && err == nil || errors.Is(err, ErrLimit) {
					continue // read within it, or stopped by a limit of its own first
				}
				t.Errorf("%s, %d KB: %v, want the memory budget's error", name, max>>10, err)
			}
			if left != 0 {
				t.Errorf("%s, %d KB: %d bytes left charged after an error", name, max>>10, left)
			}
		}
	}
}

// TestDifferencesBounded: /Differences is read for 256 codes, whatever
// its length, and its codes still map.
func TestDifferencesBounded(t *testing.T) {
	doc, err := Extract(context.Background(), hostileCase(t, "differences-1000000.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Pages[0].Lines[0].Text; got != "VACANCY NOTICE" {
		t.Errorf("first line %q", got)
	}
}

// TestStopsInTime: a deadline stops the text layer within milliseconds
// wherever it is: inflating a stream of 28 MB, reading its operators,
// parsing CMaps. The one step no check can cut short is the making of
// a large buffer (a stream's grows by doubling, so does the page's
// glyphs'): the runtime clears memory it used before, and on a virtual
// machine faulting it in takes 3 to 5 ms a megabyte (100 to 200 ms for
// the last buffer of a 28 MB stream). What such an allocation, begun
// before the context said it was done, took past the deadline is not
// counted (onBigAlloc times them); the rest must be within 50 ms,
// stretched by the machine's load. A busy machine can hold up one run
// for longer (other processes, the scavenger); a reader that does not
// stop misses every time, so a deadline fails only when three runs
// are late.
func TestStopsInTime(t *testing.T) {
	var mu sync.Mutex
	var allocs [][2]time.Time
	onBigAlloc = func(start, end time.Time) {
		mu.Lock()
		allocs = append(allocs, [2]time.Time{start, end})
		mu.Unlock()
	}
	defer func() { onBigAlloc = nil }()
	// lateness is how long past its deadline a run took, less the time
	// allocations took past it; ok when it was done before its deadline
	lateness := func(data []byte, after time.Duration) (late, inAlloc time.Duration, ok bool, err error) {
		allocs = allocs[:0]
		ctx, cancel := context.WithTimeout(context.Background(), after)
		deadline, _ := ctx.Deadline()
		// (the context says it is done when its timer has run, a few ms
		// after the deadline when the machine is busy)
		done := make(chan time.Time, 1)
		context.AfterFunc(ctx, func() { done <- time.Now() })
		_, err = Extract(ctx, data, Options{})
		late = time.Since(deadline)
		cancel()
		if err == nil {
			return 0, 0, true, nil
		}
		doneAt := <-done
		for _, a := range allocs {
			if a[0].Before(doneAt) && a[1].After(deadline) {
				inAlloc += a[1].Sub(deadline)
			}
		}
		return late, inAlloc, false, err
	}
	for _, name := range []string{"content-28MB.pdf", "cmap-shared-1000-fonts.pdf", "forms-self-drawing.pdf"} {
		data := hostileCase(t, name)
		for _, after := range []time.Duration{time.Millisecond, 5 * time.Millisecond, 20 * time.Millisecond} {
			var misses []string
			for range 3 {
				late, inAlloc, ok, err := lateness(data, after)
				grace := time.Duration(float64(50*time.Millisecond) * loadFactor())
				if ok || late-inAlloc <= grace || raceEnabled() {
					misses = nil
					break
				}
				misses = append(misses, fmt.Sprintf("%v (%v of it making a buffer, want %v at most besides: %v)", late, inAlloc, grace, err))
			}
			if misses != nil {
				t.Errorf("%s: stopped after a deadline of %v by %s", name, after, strings.Join(misses, "; "))
			}
		}
	}
}

// loadFactor is how much slower than alone the machine runs: the load
// average per core, at least 1.
func loadFactor() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 1
	}
	f, _ := strconv.ParseFloat(strings.Fields(string(b))[0], 64)
	return max(1, f/float64(runtime.NumCPU()))
}

// raceEnabled reports a test binary built with -race, whose times mean
// nothing.
func raceEnabled() bool {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "-race" {
				return s.Value == "true"
			}
		}
	}
	return false
}

// TestReadStopsAtCancel: reading a stream checks its context every
// readCheck bytes, and before it makes a buffer over copyCheck bytes:
// once the context is done, it reads at most readCheck bytes more and
// makes no large buffer. (TestStopsInTime cannot tell a missing check
// here on a machine whose page faults cost more than the inflating.)
func TestReadStopsAtCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	e := &extractor{ctx: ctx, acct: newAccount(ctx), scratch: &scratch{}}
	const chunk = 32 << 10 // what one Read gives, as an inflater does
	for _, cancelAt := range []int{64 << 10, 3 << 20, 4 << 20, 5<<20 + 7} {
		read, bigAfter := 0, 0
		onBigAlloc = func(start, end time.Time) {
			if ctx.Err() != nil {
				bigAfter++
			}
		}
		ctx, cancel = context.WithCancel(context.Background())
		e.ctx = ctx
		data, err := e.readAll(readFunc(func(p []byte) (int, error) {
			n := min(len(p), chunk)
			if read += n; read >= cancelAt {
				cancel()
			}
			return n, nil
		}), 64<<20)
		onBigAlloc = nil
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled at %d bytes: err %v", cancelAt, err)
		}
		// (readCheck, written out: a millisecond of inflating)
		if read > cancelAt+256<<10+chunk {
			t.Errorf("cancelled at %d bytes, read %d", cancelAt, read)
		}
		if bigAfter > 0 {
			t.Errorf("cancelled at %d bytes, made %d large buffers after", cancelAt, bigAfter)
		}
		e.putBuf(data)
	}
	// a buffer full when the context is done is not grown
	if b := e.growBuf(make([]byte, 4<<20), 8<<20); b != nil || !errors.Is(e.err, context.Canceled) {
		t.Errorf("grown past the deadline: %d bytes, err %v", cap(b), e.err)
	}
}

type readFunc func([]byte) (int, error)

func (f readFunc) Read(p []byte) (int, error) { return f(p) }
