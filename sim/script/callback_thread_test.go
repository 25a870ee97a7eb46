package script

import (
	"strings"
	"testing"
)

// TestCallbackThread states where a done-callback runs, as CPython runs it (python3 3.11 prints the
// same thread names for this script): a callback added before the future completes runs in the thread
// that completed it (the pool's worker that ran the task; for a process pool, the executor's manager
// thread, which sets the results); a callback added after completion runs at once, in the thread that
// adds it, before add_done_callback returns.
func TestCallbackThread(t *testing.T) {
	src := `
import threading, time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

def where(label):
    def cb(f):
        print(label, threading.current_thread().name, f.result())
    return cb

def slow(x):
    time.sleep(0.1)
    return x

if __name__ == "__main__":
    with ThreadPoolExecutor(2) as ex:
        f = ex.submit(slow, 1)
        f.add_done_callback(where("thread-before"))
        f.result()
        f.add_done_callback(where("thread-after"))
        print("returned MainThread 1")
        g = ex.submit(slow, 2)
        h = ex.submit(slow, 3)
        g.add_done_callback(where("second-before"))
        h.add_done_callback(where("third-before"))
        h.result(); g.result()
    with ProcessPoolExecutor(1) as ex:
        f = ex.submit(slow, 4)
        f.add_done_callback(where("process-before"))
        f.result()
        f.add_done_callback(where("process-after"))
`
	out, errOut, res := run(t, src)
	if res.ExitCode != 0 {
		t.Fatalf("%v\n%s", res.Err, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	at := map[string]int{}
	threadOf := map[string]string{}
	for i, l := range lines {
		f := strings.Fields(l)
		if len(f) != 3 {
			t.Fatalf("unexpected line %q in:\n%s", l, out)
		}
		at[f[0]], threadOf[f[0]] = i, f[1]
	}
	for label, want := range map[string]string{
		"thread-before":  "ThreadPoolExecutor-0_0", // the worker that ran slow(1)
		"thread-after":   "MainThread",
		"second-before":  "ThreadPoolExecutor-0_0", // the idle worker is reused for slow(2)
		"third-before":   "ThreadPoolExecutor-0_1", // slow(3) needs a second worker
		"process-before": "Thread-1",               // the process pool's manager thread
		"process-after":  "MainThread",
	} {
		if got, ok := threadOf[label]; !ok || got != want {
			t.Errorf("%s: the callback ran in %q, want %q\n%s", label, got, want, out)
		}
	}
	if at["thread-after"] > at["returned"] {
		t.Errorf("a callback added to a done future ran after add_done_callback returned:\n%s", out)
	}
}
