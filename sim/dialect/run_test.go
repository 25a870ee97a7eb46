package script_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim"
	"github.com/futurescope/futurescope/sim/dialect"
)

// runScript runs src and returns stdout, stderr and the result.
func runScript(t *testing.T, src string, opts script.Options) (string, string, *script.Result) {
	t.Helper()
	var out, errOut bytes.Buffer
	opts.Filename, opts.Source, opts.Stdout, opts.Stderr = "t.py", []byte(src), &out, &errOut
	res := script.Run(opts)
	return out.String(), errOut.String(), res
}

// TestRun checks what scripts print, and how they fail, on the simulator. Each case gives the script,
// its exact stdout, and text its stderr must contain ("" for none).
func TestRun(t *testing.T) {
	tests := []struct {
		name, src, out, err string
		exit                int
	}{
		{"thread names and callback thread", `
import threading, time
from concurrent.futures import ThreadPoolExecutor
def where(f):
    print("callback in", threading.current_thread().name)
def work(n):
    if n:
        time.sleep(n)
    return threading.current_thread().name
with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(work, 0)
    f.add_done_callback(where)
    print(f.result())
    f = ex.submit(work, 1)
    f.add_done_callback(where)
    print(f.result())
with ThreadPoolExecutor(thread_name_prefix="mine") as ex:
    print(ex.submit(work, 1).result())
t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(t.name)
`, "callback in MainThread\nThreadPoolExecutor-0_0\ncallback in ThreadPoolExecutor-0_0\nThreadPoolExecutor-0_0\nmine_0\nThread-1 (work)\n", "", 0},
		{"virtual time", `
import time
start = time.monotonic()
time.sleep(0.25)
print('%.3f' % (time.monotonic() - start))
`, "0.250\n", "", 0},
		{"process isolation", `
import os
from concurrent.futures import ProcessPoolExecutor
counter = [0]
def bump(n, parent):
    counter[0] += n
    return (os.getpid() != parent, counter[0])
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        print(ex.submit(bump, 5, os.getpid()).result(), ex.submit(bump, 1, os.getpid()).result())
    print(counter)
`, "(True, 5) (True, 6)\n[0]\n", "", 0},
		{"a worker's re-run of a script without a main guard", `
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
def sq(n):
    return n * n
print("top")
with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(sq, [1, 2])))
with ProcessPoolExecutor(1) as pp:
    print(pp.submit(sq, 3).result())
`, "top\n[1, 4]\n9\n", "", 0},
		{"pickling errors", `
from concurrent.futures import ProcessPoolExecutor
import threading
def outer():
    def inner(x):
        return x
    return inner
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        for fn, arg in [(lambda x: x, 1), (outer(), 1), (print, threading.Lock())]:
            e = ex.submit(fn, arg).exception()
            print(type(e).__name__, str(e).split(" at ")[0])
`, "PicklingError Can't pickle <function <lambda>\nAttributeError Can't pickle local object 'outer.<locals>.inner'\nTypeError cannot pickle '_thread.lock' object\n", "", 0},
		{"task exception re-raised", `
from concurrent.futures import ThreadPoolExecutor
def divide(a, b):
    return a // b
with ThreadPoolExecutor() as ex:
    f = ex.submit(divide, 1, 0)
    print(repr(f.exception()))
    f.result()
`, "ZeroDivisionError('integer division or modulo by zero')\n",
			"line 8, in <module>\n    f.result()\n  File \"t.py\", line 4, in divide\n    return a // b\nZeroDivisionError: integer division or modulo by zero", 1},
		{"as_completed timeout", `
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(time.sleep, 0.2) for i in range(6)]
for f in as_completed(fs, timeout=0.5):
    print("done")
`, "done\ndone\n", "TimeoutError: 4 (of 6) futures unfinished", 1},
		{"deadlock", `
from concurrent.futures import ThreadPoolExecutor
ex = ThreadPoolExecutor(max_workers=1)
def outer():
    return ex.submit(pow, 5, 2).result()
print(ex.submit(outer).result())
`, "", "deadlock: no thread can run", 1},
		{"runaway task", `
from concurrent.futures import ThreadPoolExecutor
def spin():
    n = 0
    while True:
        n += 1
ex = ThreadPoolExecutor()
f = ex.submit(spin)
print("cancel:", f.cancel())
`, "cancel: False\n", "ThreadPoolExecutor-0_0 [line ", 1},
		{"sleeping forever hits the time limit", `
import time
print("before")
while True:
    time.sleep(1)
`, "before\n", "virtual time limit 1m0s reached", 1},
		{"output flood", `
while True:
    print("spam")
`, "", "printed more than", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, res := runScript(t, tc.src, script.Options{MaxSteps: 20_000_000})
			if tc.name == "output flood" {
				out = ""
			}
			if out != tc.out {
				t.Errorf("stdout:\n%s\nwant:\n%s", out, tc.out)
			}
			if tc.err == "" && errOut != "" || !strings.Contains(errOut, tc.err) {
				t.Errorf("stderr:\n%s\nwant it to contain:\n%s", errOut, tc.err)
			}
			if res.ExitCode != tc.exit {
				t.Errorf("exit code %d, want %d", res.ExitCode, tc.exit)
			}
		})
	}
}

// TestRunIsDeterministic runs a script with threads, processes and randomness twice.
func TestRunIsDeterministic(t *testing.T) {
	src := `
import random, time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed
def work(n):
    total = 0
    for i in range(2000 * n):
        total += i % 7
    time.sleep(random.random() / 10)
    return total
if __name__ == "__main__":
    with ThreadPoolExecutor(3) as tp, ProcessPoolExecutor(2) as pp:
        fs = [tp.submit(work, i) for i in range(5)] + [pp.submit(work, i) for i in range(5)]
        for f in as_completed(fs):
            print(f.result(), '%.4f' % time.monotonic())
`
	first, _, r1 := runScript(t, src, script.Options{})
	second, _, r2 := runScript(t, src, script.Options{})
	if first != second || len(r1.Trace.Events) != len(r2.Trace.Events) {
		t.Fatalf("two runs differ:\n%s\n---\n%s", first, second)
	}
}

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
	out, errOut, _ := runScript(t, src, script.Options{})
	if out != "True\n" {
		t.Errorf("GIL: threads should be about 4x slower than processes on 4 cores; got %q %s", out, errOut)
	}
	out, _, _ = runScript(t, src, script.Options{FreeThreaded: true})
	if out != "False\n" {
		t.Errorf("free-threaded: threads should run in parallel; got %q", out)
	}
}

func TestSyntaxErrorHasPosition(t *testing.T) {
	_, errOut, res := runScript(t, "x = 1\ntry:\n    pass\nexcept Exception:\n    pass\n", script.Options{})
	if res.ExitCode != 1 || !strings.HasPrefix(errOut, "t.py:2:1: ") {
		t.Errorf("got exit %d, stderr %q; want t.py:2:1: ...", res.ExitCode, errOut)
	}
}

func TestLimitErrorKeepsTrace(t *testing.T) {
	_, _, res := runScript(t, "while True:\n    pass\n", script.Options{MaxSteps: 1_000_000, TimeLimit: time.Second})
	var lim *sim.LimitError
	if !errors.As(res.Err, &lim) || lim.Limit != "steps" {
		t.Fatalf("got %v, want a steps limit", res.Err)
	}
	if len(res.Trace.Events) == 0 {
		t.Error("the partial trace is lost")
	}
}
