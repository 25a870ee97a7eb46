package script

import (
	"context"
	"time"

	"github.com/futurescope/futurescope/sim"
)

// Blocking waits that a signal cuts short, as in CPython: a signal sent to a process whose main
// thread waits in Lock.acquire, Event.wait, Condition.wait, Semaphore.acquire, Barrier.wait,
// Thread.join, Queue.get or put, SimpleQueue.get, Future.result or exception, wait, as_completed,
// Executor.map's results, an executor's shutdown(wait=True) (a with block's exit), a Pipe's recv or
// poll, or a multiprocessing join, queue or pool result, runs its handler in the middle of the wait;
// an exception from the handler (KeyboardInterrupt for SIGINT's default one) comes out of the wait,
// and if the handler returns, the wait goes on for the time left (PEP 475; a lock acquire recomputes
// its timeout). The other threads' waits, and the waits the simulator does for the script (the
// internal lock of a queue), are not cut short: a signal sent meanwhile is handled at the main
// thread's next instruction.
// The handler of a signal cutting a Condition.wait short runs with the condition's lock released, as
// CPython's does, and the waiter keeps its place in the condition's queue (place_cond.go).

// signalWait runs wait(d), a blocking wait named what, in a way a signal cuts short when th is its
// process's main thread: wait must return false when cut short (as on a timeout). It returns wait's
// result, or the exception a signal handler raised.
func (th *thread) signalWait(what string, d time.Duration, wait func(time.Duration) bool) (bool, error) {
	p := sim.CurrentProcess(th.ctx)
	if th.st != p.MainThread() {
		return wait(d), nil
	}
	end := sim.Now(th.ctx) + d
	for {
		if err := th.deliverSignals(); err != nil {
			return false, err
		}
		th.proc.waiting = what
		// A lock acquire, event wait or join cut short runs the handlers before its call ends, so
		// the call is drawn ending with their exception, a condition wait before it takes its lock
		// back; other waits run them here.
		sim.SetInterruptHook(th.ctx, th.deliverSignals)
		ok := wait(d)
		ran, err := sim.TakeInterrupt(th.ctx)
		th.proc.waiting = ""
		if err != nil {
			return false, err
		}
		if ok || !ran && !signalsPending(p) {
			return ok, nil
		}
		if err := th.deliverSignals(); err != nil {
			return false, err
		}
		if d != sim.Forever {
			if d = end - sim.Now(th.ctx); d <= 0 {
				return false, nil
			}
		}
	}
}

// markWaiting marks the wait named what, which runs the handlers itself when a signal cuts it short
// (sim.Future.AwaitInterruptible, sim.WaitInterruptible, sim.AsCompletedInterruptible), as one a
// signal cuts short, if th is its process's main thread. It returns the wait's onWake, which runs the
// handlers of the pending signals and marks the wait again (a handler's own waits mark theirs), nil
// in another thread, and unmark, to call when the wait is over.
func (th *thread) markWaiting(what string) (onWake func() error, unmark func()) {
	if th.st != sim.CurrentProcess(th.ctx).MainThread() {
		return nil, func() {}
	}
	th.proc.waiting = what
	onWake = func() error {
		err := th.deliverSignals()
		th.proc.waiting = what
		return err
	}
	return onWake, func() { th.proc.waiting = "" }
}

// signalsPending reports whether p has signals its main thread has not handled yet.
func signalsPending(p *sim.Process) bool {
	pending, _ := p.Value(signalsKey{}).([]int)
	return len(pending) > 0
}

// interruptWait wakes target's main thread from the wait a signal cuts short, if it is in one (a
// time.sleep, or a wait signalWait runs). Else the signal is handled at the main thread's next
// instruction, as CPython's eval breaker has it, not at its next periodic hook, hundreds of
// instructions later or never in a short script.
func (rt *runtime) interruptWait(target *sim.Process) {
	what := ""
	if tp, _ := target.Value(procKey{}).(*proc); tp != nil {
		what = tp.waiting
	}
	if what == "" {
		what = "sleep"
	}
	if target.InterruptWait(what) {
		if tp, _ := target.Value(procKey{}).(*proc); tp != nil && what == "condition" && tp.condWait != nil {
			tp.condWait.interrupted() // it keeps its place in the condition's queue (place_cond.go)
		}
		return
	}
	if mt := rt.threads[target.MainThread()]; mt != nil {
		mt.pt.SetHookEvery(1)
	}
}

// awaitOutcome waits up to d for f, as Future.result or exception (call) does, in a way a signal
// cuts short, then returns what get (f.Result or f.Exception) gives without waiting: the outcome,
// CancelledError, TimeoutError, or the exception a signal's handler raised.
func awaitOutcome[T any](th *thread, f *sim.Future, call string, d time.Duration, get func(context.Context, time.Duration) (T, error)) (T, error) {
	onWake, unmark := th.markWaiting(call)
	err := f.AwaitInterruptible(th.ctx, call, d, onWake)
	unmark()
	if err != nil {
		var zero T
		return zero, err
	}
	return get(th.ctx, 0)
}

// shutdown is ex.Shutdown in a way a signal cuts short while it joins the workers (the thread
// pool's) or the manager (the process pool's), as CPython's shutdown(wait=True) is: the handler's
// exception comes out of it, the pool left shutting down.
func (th *thread) shutdown(ex sim.Executor, wait, cancel bool) error {
	s, ok := ex.(interface {
		ShutdownInterruptible(ctx context.Context, wait, cancelFutures bool, onWake func() error) error
	})
	if !ok {
		return ex.Shutdown(th.ctx, wait, cancel)
	}
	onWake, unmark := th.markWaiting("join")
	defer unmark()
	return s.ShutdownInterruptible(th.ctx, wait, cancel, onWake)
}
