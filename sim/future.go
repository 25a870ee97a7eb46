package sim

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// A State is one of a future's five states. Only wait and as_completed tell the two cancelled states
// apart: a future counts as done for them once it is FINISHED or CANCELLED_AND_NOTIFIED.
type State int

// The five states, as CPython names them.
const (
	Pending State = iota
	Running
	Cancelled
	CancelledAndNotified
	Finished
)

var stateNames = [...]string{"PENDING", "RUNNING", "CANCELLED", "CANCELLED_AND_NOTIFIED", "FINISHED"}
var stateWords = [...]string{"pending", "running", "cancelled", "cancelled", "finished"}

// String returns CPython's internal name of the state ("CANCELLED_AND_NOTIFIED").
func (s State) String() string { return stateNames[s] }

// A Future is concurrent.futures.Future: the eventual outcome of a call. Its methods follow CPython
// exactly, including the order of effects when it completes: wait/as_completed waiters are told first,
// then threads blocked in Result and Exception are woken, then the done-callbacks run, in the thread
// that completed the future.
type Future struct {
	k      *Kernel
	id     int
	state  State
	result any
	err    error
	waiter *completionWaiter // the first wait or as_completed told of it; any more in rare.waiters
	rare   *futureRare       // nil until a thread blocks in Result, a callback or a second waiter comes
	host   any               // see SetHost
}

// futureRare is what few futures need: a million trivial futures, each waited for with wait(), make do
// without it, and so take 96 bytes each rather than 176.
type futureRare struct {
	blocked   waitq // threads blocked in Result and Exception
	callbacks []namedCallback
	waiters   []*completionWaiter // the waiters after the first, in the order they came
}

// addWaiter tells w when f finishes or is notified of its cancellation, after the waiters before it.
func (f *Future) addWaiter(w *completionWaiter) {
	if f.waiter == nil {
		f.waiter = w
		return
	}
	f.more().waiters = append(f.more().waiters, w)
}

// removeWaiter stops telling w, keeping the others' order.
func (f *Future) removeWaiter(w *completionWaiter) {
	var more []*completionWaiter
	if f.rare != nil {
		more = f.rare.waiters
	}
	switch i := slices.Index(more, w); {
	case f.waiter == w && len(more) > 0:
		f.waiter, f.rare.waiters = more[0], slices.Delete(more, 0, 1)
	case f.waiter == w:
		f.waiter = nil
	case i >= 0:
		f.rare.waiters = slices.Delete(more, i, i+1)
	}
}

// notifyWaiters tells every waiter, in order, that f is done (finished with an exception or not, or
// cancelled).
func (f *Future) notifyWaiters(exception bool) {
	if f.waiter == nil {
		return
	}
	f.waiter.add(f, exception)
	if f.rare != nil {
		for _, w := range f.rare.waiters {
			w.add(f, exception)
		}
	}
}

// more returns f's rarely used fields, making them on first use.
func (f *Future) more() *futureRare {
	if f.rare == nil {
		f.rare = &futureRare{}
	}
	return f.rare
}

// wakeBlocked wakes every thread blocked in Result or Exception.
func (f *Future) wakeBlocked() {
	if f.rare == nil {
		return
	}
	for f.rare.blocked.wakeOne(f.k) {
	}
}

// A DoneCallback is called with the future once it is done. An error it returns is logged
// ("exception calling callback for <Future ...>") and otherwise ignored, as Python does.
type DoneCallback func(ctx context.Context, f *Future) error

type namedCallback struct {
	name string
	fn   DoneCallback
}

// NewFuture returns a bare PENDING future, as Future() does in Python; executors make their own.
func NewFuture(ctx context.Context) *Future {
	return kernelOf(ctx).newFuture(0, "", "")
}

func (k *Kernel) newFuture(executor int, fn, args string) *Future {
	if k.futures >= k.cfg.MaxFutures {
		k.fail(&LimitError{Limit: "futures", Msg: fmt.Sprintf("more than %d futures", k.cfg.MaxFutures)})
	}
	k.futures++
	f := &Future{k: k, id: k.futures}
	k.emit(trace.Event{Kind: trace.FutureCreate, Future: f.id, Target: executor, Name: fn, Args: args})
	return f
}

// SetHost keeps v with the future for whoever embeds the simulator (sim/script keeps the future's
// Python object there), so that finding it costs no map lookup; Host returns it (nil before).
func (f *Future) SetHost(v any) { f.host = v }

// Host returns what SetHost kept.
func (f *Future) Host() any { return f.host }

// ID returns the future's id in the trace (1, 2, ... in creation order).
func (f *Future) ID() int { return f.id }

// State returns the future's state.
func (f *Future) State() State { return f.state }

// Running reports whether the future is RUNNING.
func (f *Future) Running() bool { return f.state == Running }

// Cancelled reports whether the future was cancelled.
func (f *Future) Cancelled() bool { return f.state == Cancelled || f.state == CancelledAndNotified }

// Done reports whether the future was cancelled or finished.
func (f *Future) Done() bool { return f.state >= Cancelled }

// finished reports whether wait and as_completed count the future as done.
func (f *Future) finished() bool { return f.state == Finished || f.state == CancelledAndNotified }

// String returns the future's repr, as Python writes it, with a made-up but stable address.
func (f *Future) String() string {
	s := fmt.Sprintf("<Future at %#x state=%s", 0x7f3a5c000000+f.id*0x1b0, stateWords[f.state])
	if f.state == Finished {
		if f.err != nil {
			s += " raised " + ClassOf(f.err).Name
		} else {
			s += " returned " + f.k.cfg.TypeName(f.result)
		}
	}
	return s + ">"
}

// Cancel cancels a PENDING future and reports whether the future is cancelled: False once it runs or
// has finished. Cancelling wakes threads blocked in Result and Exception and runs the done-callbacks,
// but does not wake wait or as_completed: they see the future only once an executor dequeues it.
func (f *Future) Cancel() bool {
	ok := f.state != Running && f.state != Finished
	f.k.emit(trace.Event{Kind: trace.FutureCancel, Future: f.id, Value: boolStr(ok)})
	if f.state == Pending {
		f.cancel()
		f.runCallbacks()
	}
	return ok
}

// cancel turns a PENDING future CANCELLED and wakes its Result waiters; the caller runs the callbacks.
func (f *Future) cancel() {
	f.state = Cancelled
	f.k.emit(trace.Event{Kind: trace.FutureCancelled, Future: f.id})
	f.wakeBlocked()
}

// SetRunningOrNotifyCancel is what an executor calls when it dequeues the future: PENDING becomes
// RUNNING (true); CANCELLED becomes CANCELLED_AND_NOTIFIED and wait/as_completed are told (false).
// In any other state it logs a critical record and returns RuntimeError("Future in unexpected state").
func (f *Future) SetRunningOrNotifyCancel() (bool, error) {
	k := f.k
	switch f.state {
	case Pending:
		f.state = Running
		k.emit(trace.Event{Kind: trace.FutureRunning, Future: f.id})
		return true, nil
	case Cancelled:
		f.state = CancelledAndNotified
		k.emit(trace.Event{Kind: trace.FutureNotified, Future: f.id})
		f.notifyWaiters(false)
		return false, nil
	}
	k.log("CRITICAL", fmt.Sprintf("Future %d in unexpected state: %s", 0x7f3a5c000000+f.id*0x1b0, f.state))
	return false, NewException(RuntimeError, "Future in unexpected state")
}

// SetResult completes the future with v. On a done future it returns InvalidStateError and changes
// nothing.
func (f *Future) SetResult(v any) error { return f.complete(v, nil) }

// SetException completes the future with err (which Result then returns). On a done future it returns
// InvalidStateError and changes nothing.
func (f *Future) SetException(err error) error { return f.complete(nil, err) }

func (f *Future) complete(v any, err error) error {
	k := f.k
	if f.Done() {
		return NewException(InvalidStateError, f.state.String()+": "+f.String())
	}
	f.result, f.err, f.state = v, err, Finished
	if err != nil {
		k.emit(trace.Event{Kind: trace.FutureFinish, Future: f.id, Name: "raised", Value: err.Error()})
	} else {
		k.emit(trace.Event{Kind: trace.FutureFinish, Future: f.id, Name: "returned", Value: k.cfg.Repr(v)})
	}
	f.notifyWaiters(err != nil)
	f.wakeBlocked()
	f.runCallbacks()
	return nil
}

// Result waits up to timeout for the future and returns its result, or the error it finished with;
// CancelledError if it was cancelled; TimeoutError if it is still not done. A done future answers even
// with a zero or negative timeout.
func (f *Future) Result(ctx context.Context, timeout time.Duration) (any, error) {
	if err := f.await(ctx, "result", timeout); err != nil {
		return nil, err
	}
	return f.result, f.err
}

// Exception is Result for the error alone: it returns the error the future finished with (nil after a
// result), or, as its second value, CancelledError or TimeoutError.
func (f *Future) Exception(ctx context.Context, timeout time.Duration) (error, error) {
	if err := f.await(ctx, "exception", timeout); err != nil {
		return nil, err
	}
	return f.err, nil
}

// await waits for the future as result() and exception() do and returns CancelledError or
// TimeoutError when there is no outcome to give: AwaitInterruptible without a wake hook.
func (f *Future) await(ctx context.Context, call string, timeout time.Duration) error {
	return f.AwaitInterruptible(ctx, call, timeout, nil)
}

func (f *Future) outcome() string {
	switch {
	case f.Cancelled():
		return "CancelledError"
	case f.state != Finished:
		return "TimeoutError"
	case f.err != nil:
		return f.err.Error()
	}
	return f.k.cfg.Repr(f.result)
}

// AddDoneCallback registers fn to run when the future is done, named "callback" in the trace.
func (f *Future) AddDoneCallback(ctx context.Context, fn DoneCallback) {
	f.AddNamedDoneCallback(ctx, "callback", fn)
}

// AddNamedDoneCallback registers fn under name. On a pending or running future, fn runs later in the
// thread that completes or cancels it; on a done future it runs now, before AddNamedDoneCallback
// returns.
func (f *Future) AddNamedDoneCallback(ctx context.Context, name string, fn DoneCallback) {
	if !f.Done() {
		f.more().callbacks = append(f.more().callbacks, namedCallback{name, fn})
		return
	}
	f.k.runCallback(f, namedCallback{name, fn})
}

func (f *Future) runCallbacks() {
	if f.rare == nil {
		return
	}
	cbs := f.rare.callbacks
	f.rare.callbacks = nil
	for _, cb := range cbs {
		f.k.runCallback(f, cb)
	}
}

func (k *Kernel) runCallback(f *Future, cb namedCallback) {
	k.emit(trace.Event{Kind: trace.CallbackStart, Future: f.id, Name: cb.name})
	err := cb.fn(k.cur.ctx, f)
	e := trace.Event{Kind: trace.CallbackEnd, Future: f.id, Name: cb.name}
	if err != nil {
		e.Value = err.Error()
	}
	k.emit(e)
	if err != nil {
		k.log("ERROR", "exception calling callback for "+f.String()+"\n"+err.Error())
	}
}

// log records a logger record of the "concurrent.futures" logger.
func (k *Kernel) log(level, msg string) {
	k.emit(trace.Event{Kind: trace.Log, Name: level, Value: msg})
	if k.cfg.Log != nil {
		k.cfg.Log(level, msg)
	}
}

// TypeName returns the Python type name of a Go value as a future's repr shows it ("int", "NoneType").
// A value with a PyType() string method names itself.
func TypeName(v any) string {
	switch v := v.(type) {
	case nil:
		return "NoneType"
	case interface{ PyType() string }:
		return v.PyType()
	case int, int64, int32, uint, uint64:
		return "int"
	case float64, float32:
		return "float"
	case string:
		return "str"
	case bool:
		return "bool"
	case []any:
		return "list"
	case error:
		return ClassOf(v).Name
	}
	return fmt.Sprintf("%T", v)
}
