package runs

import (
	"strings"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// wait collects x's run, failing after limit of real time.
func wait(t *testing.T, x *Executor, limit time.Duration) *Run {
	t.Helper()
	for start := time.Now(); time.Since(start) < limit; time.Sleep(2 * time.Millisecond) {
		if r := x.Collect(); r != nil {
			return r
		}
	}
	t.Fatalf("no run collected after %v", limit)
	return nil
}

const spin = "print('spinning')\nwhile True:\n    pass\n"

// Esc stops a run at once: the simulation stops at its next instruction, its result says it was
// cancelled and is dropped, and the window has no run in progress.
func TestEscStopsARunAtOnce(t *testing.T) {
	x := NewExecutor(0)
	x.Start(Job{Key: "spin", Name: "spin.py", Source: []byte(spin)})
	if !x.Running() || x.Name() != "spin.py" {
		t.Fatalf("a run started: running %v, name %q", x.Running(), x.Name())
	}
	results := x.results
	x.Stop()
	if x.Running() {
		t.Error("after Esc a run is still in progress")
	}
	select {
	case r := <-results:
		if !r.Failed || !strings.Contains(r.Stderr, "cancelled") {
			t.Errorf("the stopped run ended otherwise: %q", r.Stderr)
		}
		results <- r
	case <-time.After(5 * time.Second):
		t.Fatal("the stopped run still runs after 5 s")
	}
	if r := x.Collect(); r != nil || x.Runs() != 0 {
		t.Errorf("the stopped run's result was collected: %+v", r)
	}
}

// Starting a run (another block, R, a file saved) cancels the one in progress, whose result is
// dropped: only the last run started is shown.
func TestANewRunReplacesTheOneInProgress(t *testing.T) {
	x := NewExecutor(0)
	x.Start(Job{Key: "spin", Name: "spin.py", Source: []byte(spin)})
	before := x.Started()
	x.Start(Job{Key: "hello", Name: "hello.py", Source: []byte("print('hello')\n")})
	if x.Started() == before || x.Name() != "hello.py" {
		t.Errorf("the new run did not start: %d runs started, %q", x.Started(), x.Name())
	}
	r := wait(t, x, time.Minute)
	if r.Key != "hello" || r.Stdout != "hello\n" || r.Failed || x.Running() || x.Runs() != 1 {
		t.Errorf("collected %q printing %q (failed %v); running %v, %d runs", r.Key, r.Stdout, r.Failed, x.Running(), x.Runs())
	}
}

// A loop that never ends uses up the window's CPU budget and is reported with the line it was
// running, the console naming the budget; a syntax error is a run with nothing to show.
func TestARunawayLoopIsReported(t *testing.T) {
	x := NewExecutor(200_000)
	x.Start(Job{Key: "spin", Name: "spin.py", Source: []byte(spin)})
	r := wait(t, x, time.Minute)
	if !r.Failed || !r.Runaway || r.Syntax || r.ErrLine != 2 && r.ErrLine != 3 {
		t.Fatalf("the runaway run: failed %v, runaway %v, syntax %v, line %d", r.Failed, r.Runaway, r.Syntax, r.ErrLine)
	}
	lines := r.Console("en", "", "budget %.0e steps, %v")
	if first, last := lines[0], lines[len(lines)-1]; first.Text != "spinning" || first.Alert || !last.Alert || last.Text != "budget 2e+05 steps, 600µs" {
		t.Errorf("the console: first %+v, last %+v", first, last)
	}
	x.Start(Job{Key: "bad", Name: "bad.py", Source: []byte("def f(:\n")})
	if r := wait(t, x, time.Minute); !r.Syntax || !r.Failed || r.ErrLine != 1 {
		t.Errorf("a syntax error: syntax %v, failed %v, line %d", r.Syntax, r.Failed, r.ErrLine)
	}
}

// The console shows each printed line at its virtual time, the traceback at the time of the error,
// and the lesson's remark when the error was the point.
func TestConsoleStampsLines(t *testing.T) {
	src := "import time\nprint('a')\ntime.sleep(0.5)\nprint('b')\nraise ValueError('boom')\n"
	x := NewExecutor(0)
	x.Start(Job{Key: "v", Name: "v.py", Source: []byte(src)})
	r := wait(t, x, time.Minute)
	r.Opts.ExpectError = "ValueError"
	lines := r.Console("en", "expected", "")
	if len(lines) < 4 || lines[0].Text != "a" || lines[1].Text != "b" || lines[1].T != int64(500*time.Millisecond) {
		t.Fatalf("the console: %+v", lines)
	}
	last := lines[len(lines)-1]
	if !last.Note || last.Text != "expected" || !lines[len(lines)-2].Alert || lines[len(lines)-2].T != lines[1].T {
		t.Errorf("the console ends %+v, want the traceback at 0.5 s then the remark", lines[len(lines)-2:])
	}
	if LastPrinted(lines, 0) != 0 || LastPrinted(lines, -1) != -1 || LastPrinted(lines, 1e12) != len(lines)-1 {
		t.Errorf("LastPrinted is wrong")
	}
	for i, l := range lines { // each line names the event that printed it: a print's, the error's
		e := r.Trace.At(l.Event)
		if want := trace.Print; i >= 2 {
			want = trace.Error
			if e.Kind != want {
				t.Errorf("line %d %q comes from event %d, a %s, want the error", i, l.Text, l.Event, e.Kind)
			}
		} else if e.Kind != want || e.Value != l.Text {
			t.Errorf("line %d %q comes from event %d, %s %q", i, l.Text, l.Event, e.Kind, e.Value)
		}
	}
}
