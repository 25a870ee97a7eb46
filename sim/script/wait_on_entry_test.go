package script

import (
	"strings"
	"testing"

	"github.com/futurescope/futurescope/sim/trace"
)

// TestWaitFirstExceptionOnEntry states wait(return_when=FIRST_EXCEPTION)'s check on entry, as
// CPython's wait makes it (python3 3.11 prints the same lines for this script): when a future given
// has already raised, wait returns at once, with the failed future in done and the running one in
// not_done, and its trace call ends at the instant it began, with no timeout; a future already done
// without an exception, or cancelled, does not satisfy it: wait then blocks until the others finish.
func TestWaitFirstExceptionOnEntry(t *testing.T) {
	src := `
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION

def fail():
    raise ValueError("boom")

def slow(x):
    time.sleep(x)
    return x

if __name__ == "__main__":
    with ThreadPoolExecutor(2) as ex:
        bad = ex.submit(fail)
        wait([bad])
        long = ex.submit(slow, 0.5)
        start = time.monotonic()
        done, not_done = wait([bad, long], return_when=FIRST_EXCEPTION)
        print("raised: %.1f s, done=%d not_done=%d" % (time.monotonic() - start, len(done), len(not_done)), bad in done, long in not_done)
        ok = ex.submit(slow, 0)
        wait([ok])
        long2 = ex.submit(slow, 0.3)
        start = time.monotonic()
        done, not_done = wait([ok, long2], return_when=FIRST_EXCEPTION)
        print("returned: %.1f s, done=%d not_done=%d" % (time.monotonic() - start, len(done), len(not_done)))
    with ThreadPoolExecutor(1) as ex:
        blocker = ex.submit(slow, 0.2)
        queued = ex.submit(slow, 0)
        queued.cancel()
        start = time.monotonic()
        done, not_done = wait([queued, blocker], return_when=FIRST_EXCEPTION)
        print("cancelled: %.1f s, done=%d not_done=%d" % (time.monotonic() - start, len(done), len(not_done)))
`
	out, errOut, res := run(t, src)
	if res.ExitCode != 0 {
		t.Fatalf("%v\n%s", res.Err, errOut)
	}
	want := "raised: 0.0 s, done=1 not_done=1 True True\n" +
		"returned: 0.3 s, done=2 not_done=0\n" +
		"cancelled: 0.2 s, done=2 not_done=0\n"
	if out != want {
		t.Errorf("got:\n%swant:\n%s", out, want)
	}
	// The trace of the first FIRST_EXCEPTION wait: it begins and ends at one instant, with no timeout.
	var start *trace.Event
	for _, e := range res.Trace.Events() {
		switch {
		case start == nil && e.Kind == trace.CallStart && e.Name == "wait" && strings.Contains(e.Args, "FIRST_EXCEPTION"):
			start = &e
		case start != nil && e.Kind == trace.Timeout:
			t.Errorf("a timeout was recorded in the wait satisfied on entry: %+v", e)
		case start != nil && e.Kind == trace.CallEnd && e.Name == "wait" && e.Thread == start.Thread:
			if e.Time != start.Time || e.Value != "done=1 not_done=1" {
				t.Errorf("the wait satisfied on entry ended at %d with %q, want at %d (its start) with \"done=1 not_done=1\"", e.Time, e.Value, start.Time)
			}
			return
		}
	}
	t.Fatal("no FIRST_EXCEPTION wait in the trace")
}
