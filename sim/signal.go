package sim

import (
	"context"
	"fmt"
	"iter"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// Signals cutting a blocking wait short. In CPython a signal handled by the main thread makes the
// lock acquire under every blocking wait (Lock.acquire, Event.wait, Condition.wait, Thread.join,
// Queue.get, Future.result, wait, as_completed) return EINTR; the handler runs there, and the wait
// either raises the handler's exception or goes on for the time left (PEP 475). Interrupt does this
// for time.sleep; InterruptWait does it for the other waits, which return as if their timeout had
// passed, so the caller (sim/script) runs the handler and waits again. Only the waits a front end
// asks for are cut short: it calls InterruptWait only while its main thread is in such a wait.

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
	p.k.unpark(t)
	return true
}

// AsCompletedInterruptible is AsCompleted for a thread a signal can interrupt: each time its wait
// is cut short (InterruptWait), it calls onWake, and stops by yielding onWake's error if it returns
// one (a KeyboardInterrupt from the handler), else waits on for the time left.
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
