package script

import (
	"bytes"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/sim/trace"
)

// TestSignalInterruptedWaitsDrawn checks that a wait a signal cuts short is drawn ending with the
// handler's exception, as an interrupted result() is: a lock acquire, an event wait, a thread's and a
// process's join, a shutdown, and a handler that returns lets the same wait go on.
func TestSignalInterruptedWaitsDrawn(t *testing.T) {
	src := `import multiprocessing, os, signal, threading, time
from concurrent.futures import ThreadPoolExecutor

def case(fn):
    threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()
    try:
        fn()
    except KeyboardInterrupt:
        pass

def nap():
    time.sleep(1)

if __name__ == "__main__":
    lock = threading.Lock()
    lock.acquire()
    case(lambda: lock.acquire())
    case(lambda: threading.Event().wait())
    th = threading.Thread(target=nap)
    th.start()
    case(th.join)
    p = multiprocessing.Process(target=nap)
    p.start()
    case(p.join)
    ex = ThreadPoolExecutor(1)
    ex.submit(nap)
    case(ex.shutdown)
    signal.signal(signal.SIGINT, lambda *a: print("handled"))
    case(lambda: print("event", threading.Event().wait(1.5)))
`
	var out, errOut bytes.Buffer
	res := Run(Options{Filename: "drawn.py", Source: []byte(src), Stdout: &out, Stderr: &errOut})
	if res.Err != nil {
		t.Fatalf("run: %v\n%s", res.Err, errOut.String())
	}
	if got, want := out.String(), "handled\nevent False\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
	var ends []string
	for _, e := range res.Trace.Events() {
		if e.Kind == trace.CallEnd && e.Thread == 1 && e.Name != "sleep" {
			ends = append(ends, e.Name+" "+e.Value)
		}
	}
	want := []string{
		"lock KeyboardInterrupt",
		"event_wait KeyboardInterrupt",
		"join KeyboardInterrupt", // Thread.join
		"join KeyboardInterrupt", // Process.join
		"join KeyboardInterrupt", // shutdown's join of the worker
		"shutdown KeyboardInterrupt",
		"event_wait False", // the handler returned: the wait goes on for the time left, 1 s more
		"event_wait False",
	}
	if got := strings.Join(ends, "\n"); !strings.Contains(got, strings.Join(want, "\n")) {
		t.Errorf("the main thread's calls ended:\n%s\nwant in order:\n%s", got, strings.Join(want, "\n"))
	}
}
