package script_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim/dialect"
)

// runFile runs a script of testdata on the simulator and returns its output lines.
func runFile(t *testing.T, path string, opts script.Options) []string {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, res := runScript(t, string(src), opts)
	if res.ExitCode != 0 {
		t.Fatalf("%s failed: %v\n%s", path, res.Err, errOut)
	}
	return strings.Split(strings.TrimSpace(out), "\n")
}

// counterTotals runs testdata/gil/counter.py and returns each run's final count, by "function threads
// iterations".
func counterTotals(t *testing.T, opts script.Options) map[string]int {
	t.Helper()
	totals := map[string]int{}
	for _, l := range runFile(t, "testdata/gil/counter.py", opts) {
		var fn string
		var threads, n, total int
		if _, err := fmt.Sscan(l, &fn, &threads, &n, &total); err != nil {
			t.Fatalf("counter.py printed %q: %v", l, err)
		}
		totals[fmt.Sprintf("%s %d %d", fn, threads, n)] = total
	}
	return totals
}

// TestGILCounter states when unlocked read-modify-writes of a shared counter lose updates, as CPython
// 3.11–3.13 loses them (testdata/gil/counter.py; python3 gives 40000, 355,000–640,000 and 800000): a
// thread switch falls between a read and its write only when both hold,
//
//   - a thread waiting for the GIL has waited a switch interval, so a run of CPU work shorter than the
//     interval is never interrupted: two threads of 20,000 updates (about 2 ms each) end at 40,000;
//   - the holder reaches an eval-breaker check between the read and the write: with a call there, four
//     threads of 200,000 updates (about 16 ms each) lose updates; with no call there, none is lost.
//
// A shorter interval splits even the short runs; a longer one lets the long runs finish unsplit.
func TestGILCounter(t *testing.T) {
	if testing.Short() {
		t.Skip("CPU-heavy (4 x 200,000 iterations, three times); skipped with -short, like the tutorial")
	}
	for _, tc := range []struct {
		name     string
		interval time.Duration
		exact    map[string]int // runs that lose nothing
		lossy    []string       // runs that lose updates
	}{
		{"default 5ms", 0,
			map[string]int{"work 2 20000": 40000, "work_no_call 4 200000": 800000},
			[]string{"work 4 200000"}},
		{"100us", 100 * time.Microsecond,
			map[string]int{"work_no_call 4 200000": 800000},
			[]string{"work 2 20000", "work 4 200000"}},
		{"50ms", 50 * time.Millisecond,
			map[string]int{"work 2 20000": 40000, "work 4 200000": 800000, "work_no_call 4 200000": 800000},
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			totals := counterTotals(t, script.Options{SwitchInterval: tc.interval})
			for run, want := range tc.exact {
				if got, ok := totals[run]; !ok || got != want {
					t.Errorf("%s: counter ended at %d, want %d: no update lost", run, got, want)
				}
			}
			for _, run := range tc.lossy {
				var threads, n int
				fmt.Sscanf(run, "work %d %d", &threads, &n)
				if got, ok := totals[run]; !ok || got >= threads*n || got < n {
					t.Errorf("%s: counter ended at %d, want updates lost (fewer than %d, at least %d)", run, got, threads*n, n)
				}
			}
		})
	}
}

// TestGILThreadStart states that Thread.start lets go of the GIL until the new thread has started, and
// that a CPU-bound new thread then keeps the GIL one switch interval before the starter gets it back
// (testdata/gil/start.py; CPython 3.11 prints 5.3 ms).
func TestGILThreadStart(t *testing.T) {
	if testing.Short() {
		t.Skip("CPU-heavy (2,000,000 iterations, three times); skipped with -short, like the tutorial")
	}
	for _, tc := range []struct {
		interval time.Duration
		want     string
	}{
		{0, "start returned after 5.0 ms"},
		{time.Millisecond, "start returned after 1.0 ms"},
		{20 * time.Millisecond, "start returned after 20.0 ms"},
	} {
		got := runFile(t, "testdata/gil/start.py", script.Options{SwitchInterval: tc.interval})
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("switch interval %v: got %q, want %q", tc.interval, got, tc.want)
		}
	}
}
