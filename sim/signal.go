package sim

import (
	"context"
	"fmt"
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// Signals cutting a blocking wait short. In CPython a signal handled by the main thread makes the
// lock acquire under every blocking wait (Lock.acquire, Event.wait, Condition.wait, Thread.join,
// Queue.get, Future.result, wait, as_completed) return EINTR; the handler runs there, and the wait
// either raises the handler's exception or goes on for the time left (PEP 475). Interrupt does this
// for time.sleep; InterruptWait does it for the other waits, which return as if their timeout had
// passed, so the caller (sim/script) runs the handler and waits again; a caller that set an
// interrupt hook (SetInterruptHook) has a lock acquire, an event wait or a join run it before the
// call ends, so the call is drawn ending with the handler's exception, as an interrupted result()
// is, and a condition wait run it before it takes its lock back, as CPython's does. Only the waits a front end asks for are cut short: it calls InterruptWait only while its main
// thread is in such a wait.

// interruptible reports whether InterruptWait cuts short a wait (block's what). The GIL, a core, a
// thread's start, a process's start-up and the manager's loop are never cut short: they are not waits
// of the script.
func interruptible(what string) bool {
	switch what {
	case "lock", "event_wait", "condition", "queue_get", "queue_put", "join", "process_join",
		"result", "exception", "wait", "as_completed":
		return true
	}
	return false
}

// InterruptWait cuts short the wait the process's main thread is in if it is what ("lock",
// "event_wait", "condition", "queue_get", "queue_put", "join", "process_join", "result",
// "exception", "wait", "as_completed", as the trace names the calls): the wait returns as it does
// when its timeout passes (Lock.Acquire false, Future.Result TimeoutError…), and the caller, knowing
// a signal is pending, runs the handler instead. "sleep" is Interrupt. Naming the wait keeps a
// signal from cutting short another one inside it (the lock a Condition.Wait takes back). It reports
// whether the thread was woken.
func (p *Process) InterruptWait(what string) bool {
	t := p.MainThread()
	if !t.parked || t.ended || t.waitWhat != what {
		return false
	}
	if what == "sleep" {
		p.Interrupt()
		return true
	}
	if !interruptible(what) {
		return false
	}
	t.timedOut = true
	t.interrupt = what
	p.k.unpark(t)
	return true
}

// AsCompletedInterruptible is AsCompleted for a thread a signal can interrupt: each time its wait
// is cut short (InterruptWait), it calls onWake, and stops by yielding onWake's error if it returns
// one (a KeyboardInterrupt from the handler), else waits on for the time left. With onWake nil it
// is AsCompleted.
func AsCompletedInterruptible(ctx context.Context, fs []*Future, timeout time.Duration, onWake func() error) iter.Seq2[*Future, error] {
	return func(yield func(*Future, error) bool) {
		k := kernelOf(ctx)
		end := k.now + timeout
		fs := unique(fs)
		w := k.install(fs, wakeOnEach)
		defer w.uninstall(fs)
		pending := make(map[*Future]bool, len(fs))
		for _, f := range fs {
			if !f.finished() {
				pending[f] = true
				continue
			}
			if !k.yieldFuture(f, yield) {
				return
			}
		}
		for len(pending) > 0 {
			wait := Forever
			if timeout != Forever {
				wait = end - k.now
			}
			if wait <= 0 {
				msg := fmt.Sprintf("%d (of %d) futures unfinished", len(pending), len(fs))
				k.emit(trace.Event{Kind: trace.Timeout, Name: "as_completed", Value: "TimeoutError: " + msg})
				yield(nil, NewException(TimeoutError, msg))
				return
			}
			if !w.set {
				k.callStart("as_completed", 0, timeoutArg(timeout), "")
				w.thread.add(k.cur)
				woken := k.block("as_completed", 0, wait)
				k.callEnd("as_completed", 0, "")
				if !woken && !w.set && (timeout == Forever || k.now < end) && onWake != nil {
					if err := onWake(); err != nil {
						yield(nil, err)
						return
					}
				}
			}
			got := w.finished
			w.finished, w.set = nil, false
			for _, f := range got {
				if !pending[f] {
					continue
				}
				delete(pending, f)
				if !k.yieldFuture(f, yield) {
					return
				}
			}
		}
	}
}

// AwaitInterruptible waits for f as Result and Exception do (call is "result" or "exception", as
// the trace names the call), in a thread a signal can interrupt: each time InterruptWait cuts the
// wait short it calls onWake; an error from onWake (the handler's KeyboardInterrupt) ends the call
// with it, drawn as the call's outcome, else the wait goes on for the time left. It returns nil once
// f has an outcome (Result and Exception then return it without waiting), CancelledError,
// TimeoutError or onWake's error. With onWake nil it is how Result and Exception wait.
func (f *Future) AwaitInterruptible(ctx context.Context, call string, timeout time.Duration, onWake func() error) error {
	k := f.k
	if err := ctx.Err(); err != nil {
		return err
	}
	if !f.Done() && timeout > 0 {
		k.callStart(call, f.id, timeoutArg(timeout), "")
		end := k.now + timeout
		for !f.Done() {
			wait := timeout
			if timeout != Forever {
				if wait = end - k.now; wait <= 0 {
					break
				}
			}
			f.more().blocked.add(k.cur)
			if k.block(call, f.id, wait) || f.Done() || timeout != Forever && k.now >= end || onWake == nil {
				break
			}
			if err := onWake(); err != nil {
				k.callEnd(call, f.id, outcomeOf(err))
				return err
			}
		}
		defer func() { k.callEnd(call, f.id, f.outcome()) }()
	}
	switch {
	case f.Cancelled():
		return NewException(CancelledError, "")
	case f.state == Finished:
		return nil
	}
	k.emit(trace.Event{Kind: trace.Timeout, Name: call, Future: f.id, Value: "TimeoutError"})
	return NewException(TimeoutError, "")
}

// WaitInterruptible is Wait for a thread a signal can interrupt: each time InterruptWait cuts its
// wait short it calls onWake; an error from onWake ends the call with it, else the wait goes on for
// the time left. With onWake nil it is Wait.
func WaitInterruptible(ctx context.Context, fs []*Future, timeout time.Duration, returnWhen ReturnWhen, onWake func() error) (done, notDone []*Future, err error) {
	k := kernelOf(ctx)
	fs = unique(fs)
	split := func() {
		done, notDone = nil, nil
		for _, f := range fs {
			if f.finished() {
				done = append(done, f)
			} else {
				notDone = append(notDone, f)
			}
		}
	}
	args := "return_when=" + string(returnWhen)
	if timeout != Forever {
		args += ", " + timeoutArg(timeout)
	}
	k.callStart("wait", 0, args, "")
	ret := func() ([]*Future, []*Future, error) {
		k.callEnd("wait", 0, fmt.Sprintf("done=%d not_done=%d", len(done), len(notDone)))
		return done, notDone, nil
	}
	split()
	switch {
	case returnWhen == FirstCompleted && len(done) > 0,
		returnWhen == FirstException && slices.ContainsFunc(done, func(f *Future) bool { return f.err != nil }),
		len(notDone) == 0:
		return ret()
	}
	var kind waiterKind
	switch returnWhen {
	case FirstCompleted:
		kind = wakeOnEach
	case FirstException:
		kind = wakeOnException
	case AllCompleted:
		kind = wakeOnAll
	default:
		k.callEnd("wait", 0, "")
		return nil, nil, NewException(ValueError, fmt.Sprintf("Invalid return condition: %s", pyQuote(string(returnWhen))))
	}
	w := k.install(fs, kind)
	end := k.now + timeout
	for !w.set {
		wait := timeout
		if timeout != Forever {
			wait = end - k.now
		}
		if wait > 0 {
			w.thread.add(k.cur)
			if k.block("wait", 0, wait) || w.set {
				break
			}
		}
		if timeout != Forever && k.now >= end || onWake == nil {
			k.emit(trace.Event{Kind: trace.Timeout, Name: "wait"})
			break
		}
		if err := onWake(); err != nil {
			w.uninstall(fs)
			k.callEnd("wait", 0, outcomeOf(err))
			return nil, nil, err
		}
	}
	w.uninstall(fs)
	split()
	return ret()
}

// outcomeOf is how the trace names the exception that ended a call: its class ("KeyboardInterrupt").
func outcomeOf(err error) string {
	name, _, _ := strings.Cut(err.Error(), ":")
	return name
}

// joinInterruptible joins t for good in a thread a signal can interrupt: each time InterruptWait
// cuts the join short it calls onWake before the join ends (drawn ending with onWake's error), and
// returns onWake's error if it gives one, else joins again. With a nil onWake it is
// t.Join(ctx, Forever).
func joinInterruptible(ctx context.Context, t *Thread, onWake func() error) error {
	if onWake == nil {
		t.Join(ctx, Forever)
		return nil
	}
	for {
		SetInterruptHook(ctx, onWake)
		ended := t.Join(ctx, Forever)
		ran, err := TakeInterrupt(ctx)
		if err != nil || ended {
			return err
		}
		if !ran {
			if err := onWake(); err != nil {
				return err
			}
		}
	}
}

// SetInterruptHook makes the calling thread's next lock acquire, event wait or join that InterruptWait
// cuts short run hook (the signal handlers) before the call ends, so the call is drawn ending with
// hook's error (KeyboardInterrupt) as an interrupted result() is, instead of "False"; a condition
// wait runs it before it takes its lock back. TakeInterrupt removes the hook and tells what it did.
func SetInterruptHook(ctx context.Context, hook func() error) {
	t := kernelOf(ctx).cur
	t.onInterrupt, t.interruptRan, t.interruptErr = hook, false, nil
}

// TakeInterrupt removes the calling thread's interrupt hook and reports whether it ran since
// SetInterruptHook, and its error.
func TakeInterrupt(ctx context.Context) (ran bool, err error) {
	t := kernelOf(ctx).cur
	ran, err = t.interruptRan, t.interruptErr
	t.onInterrupt, t.interruptRan, t.interruptErr = nil, false, nil
	return ran, err
}

// interruptOutcome is the outcome drawn for the call (its wait named what) ending now in the current
// thread: outcome, unless InterruptWait cut the wait short and the thread has an interrupt hook, which
// runs now; its error, kept for TakeInterrupt, is then the outcome.
func (k *Kernel) interruptOutcome(what, outcome string) string {
	t := k.cur
	if t.interrupt != what || t.onInterrupt == nil {
		return outcome
	}
	hook := t.onInterrupt
	t.interrupt, t.onInterrupt = "", nil
	err := hook()
	t.interruptRan, t.interruptErr = true, err
	if err != nil {
		return outcomeOf(err)
	}
	return outcome
}
