package script

import (
	"bytes"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// A script that never ends, cancelled from another goroutine, stops promptly with a cancelled
// report and the trace so far.
func TestCancelRunaway(t *testing.T) {
	for _, src := range []string{
		"print('start')\nwhile True:\n    pass\n",
		// in a worker thread, the main thread waiting for it
		"from concurrent.futures import ThreadPoolExecutor\ndef spin():\n    while True:\n        pass\nwith ThreadPoolExecutor() as ex:\n    print('start')\n    ex.submit(spin).result()\n",
		// in a worker process
		"from concurrent.futures import ProcessPoolExecutor\ndef spin(n):\n    while True:\n        n += 1\nif __name__ == '__main__':\n    with ProcessPoolExecutor(2) as ex:\n        print('start')\n        ex.submit(spin, 1).result()\n",
		// sleeping in a loop: each sleep is a blocking call
		"import time\nprint('start')\nwhile True:\n    time.sleep(0.001)\n",
	} {
		cancel := make(chan struct{})
		var out, errOut bytes.Buffer
		done := make(chan *Result)
		go func() {
			// Yield lets this test's goroutine close cancel where goroutines take turns on one
			// thread (GOOS=js, as in the browser's worker): the run never blocks in Go on its own.
			done <- Run(Options{Source: []byte(src), Stdout: &out, Stderr: &errOut, Cancel: cancel, TimeLimit: 1e6 * time.Second, Yield: goruntime.Gosched})
		}()
		time.Sleep(50 * time.Millisecond)
		close(cancel)
		start := time.Now()
		var res *Result
		select {
		case res = <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("not stopped 5 s after the cancel:\n%s", src)
		}
		t.Logf("stopped %v after the cancel", time.Since(start))
		r := res.Report
		if r == nil || r.Kind != KindCancelled || res.ExitCode != 1 {
			t.Fatalf("report %+v, exit %d, want cancelled:\n%s", r, res.ExitCode, src)
		}
		if out.String() != "start\n" || !strings.HasPrefix(errOut.String(), "futurescope: the run was cancelled at t=") {
			t.Errorf("stdout %q stderr %q", out.String(), errOut.String())
		}
		if r.Line == 0 || len(r.Threads) == 0 {
			t.Errorf("no line or threads: %+v", r)
		}
		if res.Trace == nil || res.Trace.Len() == 0 {
			t.Errorf("no partial trace")
		}
	}
}

// A run cancelled before it starts ends at its first instruction.
func TestCancelBeforeStart(t *testing.T) {
	cancel := make(chan struct{})
	close(cancel)
	var out bytes.Buffer
	res := Run(Options{Source: []byte("print('never')\n"), Stdout: &out, Cancel: cancel})
	if res.Report == nil || res.Report.Kind != KindCancelled || out.Len() != 0 {
		t.Errorf("report %+v, stdout %q", res.Report, out.String())
	}
}

// A Cancel channel never closed changes nothing: the trace is the same as without one.
func TestCancelNotClosedSameTrace(t *testing.T) {
	src := []byte("from concurrent.futures import ThreadPoolExecutor\nimport time\ndef work(n):\n    time.sleep(0.01 * n)\n    return sum(i * i for i in range(2000))\nwith ThreadPoolExecutor(3) as ex:\n    print(list(ex.map(work, range(6))))\n")
	a := Run(Options{Source: src})
	b := Run(Options{Source: src, Cancel: make(chan struct{})})
	var ja, jb bytes.Buffer
	if err := trace.Encode(&ja, a.Trace); err != nil {
		t.Fatal(err)
	}
	if err := trace.Encode(&jb, b.Trace); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ja.Bytes(), jb.Bytes()) || a.Report != nil || b.Report != nil {
		t.Errorf("a Cancel channel changed the run")
	}
}
