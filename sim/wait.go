package sim

import (
	"context"
	"iter"
	"slices"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// ReturnWhen says when Wait returns. Its values are Python's strings.
type ReturnWhen string

// The three modes of Wait.
const (
	FirstCompleted ReturnWhen = "FIRST_COMPLETED"
	FirstException ReturnWhen = "FIRST_EXCEPTION"
	AllCompleted   ReturnWhen = "ALL_COMPLETED"
)

// waiterKind says when a completionWaiter wakes its thread.
type waiterKind int

const (
	wakeOnEach      waiterKind = iota // as_completed and FIRST_COMPLETED: every completion
	wakeOnException                   // FIRST_EXCEPTION: an exception, or when all are done
	wakeOnAll                         // ALL_COMPLETED: when all are done
)

// A completionWaiter is what wait and as_completed install on futures (CPython's _Waiter family).
// Futures add themselves to it as they finish, fail or are cancelled-and-notified.
type completionWaiter struct {
	k        *Kernel
	kind     waiterKind
	pending  int
	finished []*Future
	set      bool
	thread   waitq
}

func (w *completionWaiter) add(f *Future, exception bool) {
	w.finished = append(w.finished, f)
	switch {
	case w.kind == wakeOnEach, w.kind == wakeOnException && exception:
		w.fire()
	default:
		w.pending--
		if w.pending == 0 {
			w.fire()
		}
	}
}

func (w *completionWaiter) fire() {
	w.set = true
	w.thread.wakeOne(w.k)
}

func (k *Kernel) install(fs []*Future, kind waiterKind) *completionWaiter {
	w := &completionWaiter{k: k, kind: kind}
	for _, f := range fs {
		if !f.finished() {
			w.pending++
		}
		f.addWaiter(w)
	}
	return w
}

func (w *completionWaiter) uninstall(fs []*Future) {
	for _, f := range fs {
		f.removeWaiter(w)
	}
}

// unique returns fs without duplicates, ordered by id (Python makes a set).
func unique(fs []*Future) []*Future {
	out := slices.Clone(fs)
	slices.SortFunc(out, func(a, b *Future) int { return a.id - b.id })
	return slices.Compact(out)
}

// Wait waits, up to timeout, until the futures satisfy returnWhen, and returns them split into done
// (finished or cancelled-and-notified) and not done, each ordered by id. It never returns a task's
// error, and a timeout is not an error; the only error is ValueError for an invalid returnWhen when
// there is something to wait for. A future that was cancelled but never dequeued by an executor stays
// in notDone (CPython's rule).
func Wait(ctx context.Context, fs []*Future, timeout time.Duration, returnWhen ReturnWhen) (done, notDone []*Future, err error) {
	return WaitInterruptible(ctx, fs, timeout, returnWhen, nil)
}

// AsCompleted yields the futures as they complete (finish, fail, or are cancelled and notified), each
// distinct future once, the already-done ones first. Like Python's generator, it does nothing until the
// first iteration, and its one deadline for the whole iteration starts then. When the deadline passes
// with futures unfinished, it yields (nil, TimeoutError("N (of M) futures unfinished")) and stops.
func AsCompleted(ctx context.Context, fs []*Future, timeout time.Duration) iter.Seq2[*Future, error] {
	return AsCompletedInterruptible(ctx, fs, timeout, nil)
}

func (k *Kernel) yieldFuture(f *Future, yield func(*Future, error) bool) bool {
	k.emit(trace.Event{Kind: trace.Yield, Future: f.id})
	return yield(f, nil)
}
