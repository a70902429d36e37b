package parser

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vacancy-tools/vacancy/parser/hostile"
	"github.com/vacancy-tools/vacancy/parser/internal/budget"
)

// The hostile inputs of issue 13 (parser/hostile), in process: each
// gives a vacancy or one error line, in bounded time, within the memory
// budget; a time-out stops the work. The quick ones run always, every
// one with VACANCY_HOSTILE=1; cmd/vacancy measures the same inputs from
// outside, with the process's peak memory.

func hostileCases(t *testing.T) []hostile.Case {
	var cases []hostile.Case
	for _, c := range hostile.Cases() {
		if c.Quick || os.Getenv("VACANCY_HOSTILE") == "1" {
			cases = append(cases, c)
		}
	}
	return cases
}

// slowdown is how much slower than alone the tests run: the race
// detector, and the load of the machine (load average per core).
func slowdown() float64 {
	f := 1.0
	if raceEnabled() {
		f = 5
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if l, err := strconv.ParseFloat(strings.Fields(string(b))[0], 64); err == nil {
			f *= max(1, l/float64(runtime.NumCPU()))
		}
	}
	return f
}

func TestHostileInputs(t *testing.T) {
	for _, c := range hostileCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			data := c.Make()
			var peak int64
			onMeter = func(m *budget.Meter) { peak = m.Peak() }
			defer func() { onMeter = nil }()
			start := time.Now()
			_, err := ParseBytes(context.Background(), data, WithName(c.Name))
			d := time.Since(start)
			t.Logf("%d KB: %v, charged %d MB: %v", len(data)>>10, d.Round(time.Millisecond), peak>>20, err)
			limit := 10 * time.Second
			if len(data) < 1<<20 {
				limit = 2 * time.Second
			}
			if d > time.Duration(float64(limit)*slowdown()) {
				t.Errorf("took %v, want under %v", d, limit)
			}
			if max := DefaultLimits().MaxMemory; peak > max && !errors.Is(err, ErrLimit) {
				t.Errorf("charged %d bytes, over the %d budget, and no limit error", peak, max)
			}
			if err != nil && (!strings.HasPrefix(err.Error(), c.Name+": ") || strings.Contains(err.Error(), "\n")) {
				t.Errorf("not one error line naming the input: %q", err)
			}
		})
	}
}

// hostileCase is the hostile input named name.
func hostileCase(t *testing.T, name string) []byte {
	t.Helper()
	for _, c := range hostile.Cases() {
		if c.Name == name {
			return c.Make()
		}
	}
	t.Fatalf("no hostile input %s", name)
	return nil
}

// TestTimeoutStopsWork: when the time budget runs out, every reader
// notices within milliseconds and stops: the parse returns right after
// its deadline, is not abandoned, and leaves no goroutine behind.
// The one step no check can cut short is an allocation (see pdftext's
// TestStopsInTime): for the PDF whose content stream is 28 MB, the
// margin adds what making its largest buffer (the 32 MB stream limit)
// takes on this machine now, 100 to 200 ms on a virtual machine, and
// the parse may be abandoned after stopGrace if its work then stops
// within that margin.
func TestTimeoutStopsWork(t *testing.T) {
	cases := []struct {
		name    string
		data    func() []byte
		biggest int // the largest buffer a reader makes at once, when large
	}{
		{"lines.txt", func() []byte { return []byte(strings.Repeat("organi-\n", 400_000)) }, 0},
		{"items.md", func() []byte { return []byte("# Notice\n\n" + strings.Repeat("- *a* [b](c)\n", 60_000)) }, 0},
		{"cells.html", func() []byte { return []byte("<html><body><table>" + strings.Repeat("<tr><td>a<td>b", 100_000)) }, 0},
		{"grid.txt", func() []byte { return []byte("+---+---+\n" + strings.Repeat("| a | b |\n", 300_000) + "+---+---+\n") }, 0},
		{"grid.md", func() []byte {
			return []byte("# Notice\n\n+---+---+\n" + strings.Repeat("| a | b |\n", 100_000) + "+---+---+\n")
		}, 0},
		{"slow.pdf", func() []byte { return hostile.SlowPDF(60, 300_000) }, 0},
		// one content stream of 28 MB: the time-out comes while it
		// inflates or while its operators run
		{"content-28MB.pdf", func() []byte { return hostileCase(t, "content-28MB.pdf") }, 32<<20 + 1},
	}
	const timeout = 100 * time.Millisecond
	// A machine busy with other tests can delay one run by more than the
	// grace; a reader that does not stop misses every time. So a case
	// fails only when all its attempts are late.
	const attempts = 3
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := c.data()
			grace := time.Duration(float64(50*time.Millisecond) * slowdown())
			if c.biggest > 0 && !raceEnabled() {
				cost := hostile.AllocCost(c.biggest)
				t.Logf("making and touching %d MB takes %v here", c.biggest>>20, cost)
				grace += cost
			}
			var late []string
			for range attempts {
				runtime.GC()
				before := runtime.NumGoroutine()
				abandonedBefore := abandoned.Load()
				start := time.Now()
				_, err := ParseBytes(context.Background(), data, WithName(c.name), WithLimits(Limits{Timeout: timeout}))
				d := time.Since(start)
				if !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "time budget") {
					t.Fatalf("err %v, want the time budget's (took %v)", err, d)
				}
				// the work has stopped when its goroutine is gone
				deadline := time.Now().Add(time.Second)
				for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
					time.Sleep(time.Millisecond)
				}
				stopped := time.Since(start)
				if n := runtime.NumGoroutine(); n > before {
					t.Fatalf("%d goroutines left running", n-before)
				}
				switch {
				case abandoned.Load() > abandonedBefore && c.biggest == 0 && slowdown() > 1.5:
					// On a loaded machine the goroutine may not even run
					// within the grace: only an idle one is a fair test.
					t.Logf("the parse did not stop within %v of its deadline, on a machine %.1f times slower than idle", stopGrace, slowdown())
					return
				case abandoned.Load() > abandonedBefore && c.biggest == 0:
					late = append(late, fmt.Sprintf("the parse did not stop within %v of its deadline", stopGrace))
				case d > timeout+grace:
					late = append(late, fmt.Sprintf("returned %v after its start, with a %v budget", d, timeout))
				case stopped > timeout+grace:
					late = append(late, fmt.Sprintf("its work stopped %v after its start, with a %v budget", stopped, timeout))
				default:
					return
				}
			}
			t.Errorf("late in every attempt (margin %v): %s", grace, strings.Join(late, "; "))
		})
	}
}

// TestMemoryBudget: a small budget is an error naming the limit, for
// every reader, before the work it would have taken.
func TestMemoryBudget(t *testing.T) {
	for _, name := range []string{"250715-pdd.md", "250715-pdd.html", "250715-pdd.txt", "250715-pdd.libreoffice.pdf"} {
		data := readFixture(t, "corpus:"+name)
		_, err := ParseBytes(context.Background(), data, WithName(name), WithLimits(Limits{MaxMemory: int64(len(data)) + 1000}))
		var le *LimitError
		if !errors.As(err, &le) || le.Limit != LimitMemory {
			t.Errorf("%s: err %v, want the memory limit", name, err)
			continue
		}
		if want := name + ": memory budget of "; !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: %q", name, err)
		}
		// The default budget reads it, charging a few MB.
		var peak int64
		onMeter = func(m *budget.Meter) { peak = m.Peak() }
		if _, err := ParseBytes(context.Background(), data, WithName(name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		onMeter = nil
		if peak > 16<<20 {
			t.Errorf("%s: charged %d MB for a %d KB notice", name, peak>>20, len(data)>>10)
		}
	}
}
