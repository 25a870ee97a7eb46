package script

import (
	"bytes"
	"strings"
	"testing"
)

// runScript runs src on the simulator and returns what it printed.
func runInterpScript(t *testing.T, src string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	Run(Options{Filename: "ip.py", Source: []byte(src), Stdout: &out, Stderr: &errOut})
	if errOut.Len() > 0 {
		t.Fatalf("stderr:\n%s\nstdout:\n%s", errOut.String(), out.String())
	}
	return out.String()
}

// An InterpreterPoolExecutor's workers each own an interpreter: module state is their own, the
// call and its result cross by pickle (so the caller gets a copy), a task's exception comes back
// with an ExecutionFailed cause, and the workers do not share a GIL, so two CPU-bound tasks take
// about half the time they take on a ThreadPoolExecutor.
func TestInterpreterPool(t *testing.T) {
	got := runInterpScript(t, `import threading, time
from concurrent.futures import InterpreterPoolExecutor, ThreadPoolExecutor

counter = 0
shared = [1]

def bump(lst):
    global counter
    counter += 1
    lst.append(2)
    return counter, lst, threading.current_thread().name

def spin(n):
    x = 0
    for i in range(n):
        x += i
    return x

def fail():
    raise KeyError("k")

if __name__ == "__main__":
    with InterpreterPoolExecutor(max_workers=1) as ex:
        print(ex.submit(bump, shared).result(), ex.submit(bump, shared).result()[0])
        print("main:", counter, shared)
        e = ex.submit(fail).exception()
        print(repr(e), type(e.__cause__).__name__, e.__cause__.args)
        print(str(e.__cause__).splitlines()[2:5])
    times = {}
    for cls in (ThreadPoolExecutor, InterpreterPoolExecutor):
        t0 = time.perf_counter()
        with cls(max_workers=2) as ex:
            list(ex.map(spin, [200000] * 2))
        times[cls.__name__] = time.perf_counter() - t0
    print("speed-up:", round(times["ThreadPoolExecutor"] / times["InterpreterPoolExecutor"], 1))
`)
	want := `(1, [1, 2], 'InterpreterPoolExecutor-0_0') 2
main: 0 [1]
KeyError('k') ExecutionFailed ("KeyError: 'k'",)
['Uncaught in the interpreter:', '', 'Traceback (most recent call last):']
speed-up: 2.0
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// A failing initializer breaks an InterpreterPoolExecutor with BrokenInterpreterPool, a subclass of
// BrokenThreadPool.
func TestInterpreterPoolBrokenInitializer(t *testing.T) {
	var out, errOut bytes.Buffer
	Run(Options{Filename: "ip.py", Source: []byte(`from concurrent.futures import InterpreterPoolExecutor
from concurrent.futures.thread import BrokenThreadPool

def init():
    raise ValueError("no")

if __name__ == "__main__":
    with InterpreterPoolExecutor(max_workers=1, initializer=init) as ex:
        e = ex.submit(pow, 2, 2).exception()
        print(type(e).__name__, isinstance(e, BrokenThreadPool))
`), Stdout: &out, Stderr: &errOut})
	if got := out.String(); got != "BrokenInterpreterPool True\n" {
		t.Errorf("stdout: %q", got)
	}
	if !strings.Contains(errOut.String(), "Exception in initializer:") || !strings.Contains(errOut.String(), "ValueError: no") {
		t.Errorf("stderr:\n%s", errOut.String())
	}
}
