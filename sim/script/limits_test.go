package script

import (
	"errors"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim"
)

// TestCPUBound checks the GIL: CPU-bound tasks take turns on a thread pool and run in parallel on a
// process pool, and free-threading removes the difference.
func TestCPUBound(t *testing.T) {
	src := `
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
def burn(n):
    total = 0
    for i in range(n):
        total += i
    return total
def timed(ex):
    start = time.perf_counter()
    list(ex.map(burn, [200000] * 4))
    return time.perf_counter() - start
if __name__ == "__main__":
    with ThreadPoolExecutor(4) as ex:
        threads = timed(ex)
    with ProcessPoolExecutor(4) as ex:
        list(ex.map(time.sleep, [0.1] * 4))
        processes = timed(ex)
    print(threads > 3 * processes)
`
	out, errOut, _ := runOpts(t, src, Options{})
	if out != "True\n" {
		t.Errorf("GIL: threads should be about 4x slower than processes on 4 cores; got %q %s", out, errOut)
	}
	out, _, _ = runOpts(t, src, Options{FreeThreaded: true})
	if out != "False\n" {
		t.Errorf("free-threaded: threads should run in parallel; got %q", out)
	}
}

func TestSyntaxErrorHasPosition(t *testing.T) {
	_, errOut, res := runOpts(t, "x = 1\nif x\n    pass\n", Options{})
	var e *Error
	if res.ExitCode != 1 || !errors.As(res.Err, &e) || e.Line != 2 || e.Col != 5 || e.Error() != "t.py:2:5: SyntaxError: expected ':'" {
		t.Errorf("got exit %d, error %v; want t.py:2:5: SyntaxError: expected ':'", res.ExitCode, res.Err)
	}
	if want := "  File \"t.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n"; errOut != want {
		t.Errorf("stderr %q, want CPython's %q", errOut, want)
	}
}

func TestLimitErrorKeepsTrace(t *testing.T) {
	_, _, res := runOpts(t, "while True:\n    pass\n", Options{MaxSteps: 1_000_000, TimeLimit: time.Second})
	var lim *sim.LimitError
	if !errors.As(res.Err, &lim) || lim.Limit != "steps" {
		t.Fatalf("got %v, want a steps limit", res.Err)
	}
	if res.Trace.Len() == 0 {
		t.Error("the partial trace is lost")
	}
}
