package script

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// counterTotals runs testdata/gil/counter.py (unlocked read-modify-writes of a shared counter by
// several threads) and returns each run's final count.
func counterTotals(t *testing.T, interval time.Duration) map[string]int {
	t.Helper()
	src, err := os.ReadFile("testdata/gil/counter.py")
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if res := Run(Options{Filename: "counter.py", Source: src, Stdout: &out, Stderr: &errOut, SwitchInterval: interval}); res.Err != nil {
		t.Fatalf("counter.py: %v\n%s", res.Err, errOut.String())
	}
	totals := map[string]int{}
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var fn string
		var threads, n, total int
		if _, err := fmt.Sscan(l, &fn, &threads, &n, &total); err != nil {
			t.Fatalf("counter.py printed %q: %v", l, err)
		}
		totals[fmt.Sprintf("%s %d %d", fn, threads, n)] = total
	}
	return totals
}

// TestGILCounter states when the GIL changes hands, as sim/script's test does: a thread waiting for
// it asks after the switch interval, and the holder lets go only at its next call, a built-in call's
// return or a loop turn. So two threads x 20,000 updates lose nothing at 5 ms (the loop fits in one
// interval, as in CPython), 4 x 200,000 lose updates where a call (of a Python function or a built-in,
// `counts.get`) falls between the read and the write, and never without one.
func TestGILCounter(t *testing.T) {
	if testing.Short() {
		t.Skip("CPU-heavy (4 x 200,000 iterations, three times); skipped with -short")
	}
	for _, tc := range []struct {
		name     string
		interval time.Duration
		exact    map[string]int
		lossy    []string
	}{
		{"default 5ms", 0, map[string]int{"work 2 20000": 40000, "work_no_call 4 200000": 800000}, []string{"work 4 200000", "work_builtin 4 200000"}},
		{"100us", 100 * time.Microsecond, map[string]int{"work_no_call 4 200000": 800000}, []string{"work 2 20000", "work 4 200000", "work_builtin 4 200000"}},
		{"50ms", 50 * time.Millisecond, map[string]int{"work 2 20000": 40000, "work 4 200000": 800000, "work_builtin 4 200000": 800000, "work_no_call 4 200000": 800000}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			totals := counterTotals(t, tc.interval)
			for run, want := range tc.exact {
				if got := totals[run]; got != want {
					t.Errorf("%s: counter ended at %d, want %d: no update lost", run, got, want)
				}
			}
			for _, run := range tc.lossy {
				var fn string
				var threads, n int
				fmt.Sscan(run, &fn, &threads, &n)
				if got := totals[run]; got >= threads*n || got < n {
					t.Errorf("%s: counter ended at %d, want updates lost (fewer than %d, at least %d)", run, got, threads*n, n)
				}
			}
		})
	}
}
