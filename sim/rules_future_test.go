package sim_test

// Rules of §1 of the reference (Future) that the reference cases do not print.

import (
	"context"
	"errors"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// §1.2 / §1.6 (cases 02, 06): set_result and set_exception are accepted on a PENDING future (RUNNING is
// optional); the repr names the result's type or the exception's class; on a done future both raise
// InvalidStateError('{STATE}: {repr}') and change nothing.
func TestRuleFutureSetOnPendingAndInvalidState(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		f := sim.NewFuture(ctx)
		out.unexpected(f.SetResult(1))
		out.Println(f)
		n := sim.NewFuture(ctx)
		out.unexpected(n.SetResult(nil))
		out.Println(n)
		e := sim.NewFuture(ctx)
		out.unexpected(e.SetException(sim.NewException(sim.ValueError, "bad")))
		out.Println(e)
		report := func(what string, err error) {
			if errors.Is(err, sim.ErrInvalidState) {
				out.Println(what, "->", excName(err)+":", excMsg(err))
			} else {
				out.Println(what, "-> no InvalidStateError:", err)
			}
		}
		report("set_result on FINISHED", f.SetResult(2))
		report("set_exception on FINISHED", f.SetException(sim.NewException(sim.ValueError, "")))
		out.Println("result still:", result(ctx, f))
		report("set_result on CANCELLED", cancelledFuture(ctx).SetResult(1))
		report("set_exception on CANCELLED_AND_NOTIFIED", notifiedFuture(ctx).SetException(sim.NewException(sim.ValueError, "")))
	})
	expect(t, got, `
<Future at 0x… state=finished returned int>
<Future at 0x… state=finished returned NoneType>
<Future at 0x… state=finished raised ValueError>
set_result on FINISHED -> InvalidStateError: FINISHED: <Future at 0x… state=finished returned int>
set_exception on FINISHED -> InvalidStateError: FINISHED: <Future at 0x… state=finished returned int>
result still: 1
set_result on CANCELLED -> InvalidStateError: CANCELLED: <Future at 0x… state=cancelled>
set_exception on CANCELLED_AND_NOTIFIED -> InvalidStateError: CANCELLED_AND_NOTIFIED: <Future at 0x… state=cancelled>
`)
}

// §1.3 (case 08): result() raises the very same exception object each time, and exception() returns it.
func TestRuleFutureSameExceptionObject(t *testing.T) {
	run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		exc := sim.NewException(sim.ValueError, "x")
		f := failedFuture(ctx, exc)
		_, e1 := f.Result(ctx, 0)
		_, e2 := f.Result(ctx, sim.Forever)
		e3, _ := f.Exception(ctx, 0)
		if e1 != error(exc) || e2 != error(exc) || e3 != error(exc) {
			t.Errorf("result()/exception() gave %p %p %p, want the same object %p", e1, e2, e3, exc)
		}
	})
}

// §1.4 (case 54): when a future completes, wait() waiters and result() waiters are woken first; the
// done-callbacks run after, in the completing thread (a thread-pool worker), and a slow callback delays
// that worker's next task.
func TestRuleCallbacksRunAfterWaitersWake(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		f := submit(ctx, ex, func(ctx context.Context) (any, error) {
			sleep(ctx, 0.1)
			return 1, nil
		})
		var cbThread, cbFrom, cbTo, waitAt, nextStart string
		cbDone := false
		f.AddDoneCallback(ctx, func(ctx context.Context, _ *sim.Future) error {
			cbThread, cbFrom = threadName(ctx), ts(ctx)
			sleep(ctx, 0.3)
			cbTo, cbDone = ts(ctx), true
			return nil
		})
		g := submit(ctx, ex, func(ctx context.Context) (any, error) {
			nextStart = ts(ctx)
			return nil, nil
		})
		var waitSawCb bool
		w := sim.Go(ctx, "Waiter", false, func(ctx context.Context) error {
			sim.Wait(ctx, []*sim.Future{f}, sim.Forever, sim.AllCompleted)
			waitAt, waitSawCb = ts(ctx), cbDone
			return nil
		})
		result(ctx, f)
		out.Printf("result() woke at t=%s; callback finished: %s", ts(ctx), pyBool(cbDone))
		w.Join(ctx, sim.Forever)
		out.Printf("wait() woke at t=%s; callback finished: %s", waitAt, pyBool(waitSawCb))
		result(ctx, g)
		out.Printf("callback ran in %s from t=%s to t=%s", cbThread, cbFrom, cbTo)
		out.Printf("next task started at t=%s", nextStart)
		ex.Shutdown(ctx, true, false)
	})
	expect(t, got, `
result() woke at t=0.1; callback finished: False
wait() woke at t=0.1; callback finished: False
callback ran in ThreadPoolExecutor-0_0 from t=0.1 to t=0.4
next task started at t=0.4
`)
}

// §1.5 (cases 10, 12): callbacks run once per registration, in order, duplicates included. A callback
// raising an Exception is logged on "concurrent.futures" at ERROR ('exception calling callback for
// %r') and otherwise ignored: the remaining callbacks run, and neither set_result nor
// add_done_callback raises.
func TestRuleFailingCallbackLoggedAndIgnored(t *testing.T) {
	got := runLogged(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		f := sim.NewFuture(ctx)
		cb := func(name string) sim.DoneCallback {
			return func(ctx context.Context, fut *sim.Future) error {
				out.Println("callback", name, "ran in", threadName(ctx))
				return nil
			}
		}
		f.AddDoneCallback(ctx, cb("A"))
		f.AddDoneCallback(ctx, func(context.Context, *sim.Future) error {
			return sim.NewException(sim.ValueError, "boom")
		})
		f.AddDoneCallback(ctx, cb("B"))
		f.AddDoneCallback(ctx, cb("A"))
		err := f.SetResult(5)
		out.Println("set_result raised:", pyRepr(errValue(err)))
		f.AddDoneCallback(ctx, func(context.Context, *sim.Future) error {
			return sim.NewException(sim.ValueError, "late")
		})
		out.Println("add_done_callback on a done future returned")
		out.Println("state:", f.State(), "result:", result(ctx, f))
	})
	expect(t, got, `
callback A ran in MainThread
LOG ERROR concurrent.futures: exception calling callback for <Future at 0x… state=finished returned int>
callback B ran in MainThread
callback A ran in MainThread
set_result raised: None
LOG ERROR concurrent.futures: exception calling callback for <Future at 0x… state=finished returned int>
add_done_callback on a done future returned
state: FINISHED result: 5
`)
}

// errValue is the Python value of a call's exception: None when there was none.
func errValue(err error) any {
	if err == nil {
		return nil
	}
	return err
}

// §1.5: the logged record carries the callback's exception (Python: exc_info, printed as a traceback
// whose last line is "ValueError: boom").
func TestRuleFailingCallbackLogCarriesException(t *testing.T) {
	var msgs []string
	k := sim.New(sim.Config{Log: func(level, msg string) { msgs = append(msgs, level+" "+msg) }})
	err := k.Run(func(ctx context.Context) error {
		f := sim.NewFuture(ctx)
		f.AddDoneCallback(ctx, func(context.Context, *sim.Future) error {
			return sim.NewException(sim.ValueError, "boom")
		})
		return f.SetResult(1)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 1 {
		t.Fatalf("log records: %q, want one", msgs)
	}
	if got := normalise(msgs[0]); got != "ERROR exception calling callback for <Future at 0x… state=finished returned int>\nValueError: boom" {
		t.Errorf("log record: %q", got)
	}
}

// §1.7: the exception classes and their bases.
func TestRuleExceptionClasses(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		for _, c := range []*sim.Class{sim.CancelledError, sim.TimeoutError, sim.InvalidStateError,
			sim.BrokenExecutor, sim.BrokenThreadPool, sim.BrokenProcessPool} {
			out.Println(c.Name+":", mro(c))
		}
		out.Println("BrokenThreadPool is a BrokenExecutor:",
			pyBool(errors.Is(sim.NewException(sim.BrokenThreadPool, "x"), sim.ErrBrokenExecutor)))
		out.Println("BrokenProcessPool is a RuntimeError:",
			pyBool(errors.Is(sim.NewException(sim.BrokenProcessPool, "x"), sim.ErrRuntime)))
		out.Println("CancelledError is a TimeoutError:",
			pyBool(errors.Is(sim.NewException(sim.CancelledError, ""), sim.ErrTimeout)))
	})
	expect(t, got, `
CancelledError: ['CancelledError', 'Error', 'Exception', 'BaseException', 'object']
TimeoutError: ['TimeoutError', 'OSError', 'Exception', 'BaseException', 'object']
InvalidStateError: ['InvalidStateError', 'Error', 'Exception', 'BaseException', 'object']
BrokenExecutor: ['BrokenExecutor', 'RuntimeError', 'Exception', 'BaseException', 'object']
BrokenThreadPool: ['BrokenThreadPool', 'BrokenExecutor', 'RuntimeError', 'Exception', 'BaseException', 'object']
BrokenProcessPool: ['BrokenProcessPool', 'BrokenExecutor', 'RuntimeError', 'Exception', 'BaseException', 'object']
BrokenThreadPool is a BrokenExecutor: True
BrokenProcessPool is a RuntimeError: True
CancelledError is a TimeoutError: False
`)
}
