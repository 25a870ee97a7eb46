package sim

import (
	"context"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// A Task is the call an executor runs. ctx is the context given to Submit: the task can use it with
// this package's blocking functions and poll ctx.Err() to stop early when the submitter cancels it
// (cooperative cancellation; nothing else interrupts a running task). The error it returns becomes the
// future's exception.
type Task func(ctx context.Context) (any, error)

// An Executor runs tasks on a pool: *ThreadPool and *ProcessPool.
type Executor interface {
	// Submit schedules task and returns its future at once.
	Submit(ctx context.Context, task Task, opts ...SubmitOption) (*Future, error)
	// Map submits fn for every item and returns an iterator over the results in input order.
	Map(ctx context.Context, fn MapFunc, items []any, opts MapOptions) (*MapIterator, error)
	// Shutdown stops the executor taking work; see each executor's doc.
	Shutdown(ctx context.Context, wait, cancelFutures bool) error
}

// A SubmitOption describes a submitted call for the trace, or hands it a payload.
type SubmitOption func(*submission)

type submission struct {
	fn, args string
	line     int
	payload  any
	hasLoad  bool
}

// Describe names the call in the trace: fn is the function's name, args its argument repr ("(1, 2)").
func Describe(fn, args string) SubmitOption {
	return func(s *submission) { s.fn, s.args = fn, args }
}

// AtLine records the script line that submitted the call.
func AtLine(line int) SubmitOption { return func(s *submission) { s.line = line } }

// WithPayload gives the task a value that a process pool copies into the worker through its Pickle
// hook (refusing what cannot be pickled); the task reads the copy with Payload.
func WithPayload(v any) SubmitOption {
	return func(s *submission) { s.payload, s.hasLoad = v, true }
}

type payloadKey struct{}

// payloadBox holds a payload in a task's context, so that a nil payload is told from none.
type payloadBox struct{ v any }

// Payload returns the payload given with WithPayload, as the task's process received it (in a process
// pool, the copy made by the Pickle hook), or nil.
func Payload(ctx context.Context) any {
	p, _ := ctx.Value(payloadKey{}).(payloadBox)
	return p.v
}

func newSubmission(opts []SubmitOption) submission {
	if len(opts) == 0 {
		return submission{fn: "task"} // without the options' pointer, nothing escapes to the heap
	}
	s := &submission{fn: "task"}
	for _, o := range opts {
		o(s)
	}
	return *s
}

// A workItem is a submitted call waiting in a queue.
type workItem struct {
	f       *Future
	task    Task
	ctx     context.Context
	payload any
	hasLoad bool
}

// run executes the item on the current (worker) thread and completes its future, unless the future was
// cancelled meanwhile (CPython's _WorkItem.run).
func (w *workItem) run(k *Kernel) {
	if ok, _ := w.f.SetRunningOrNotifyCancel(); !ok {
		return
	}
	v, err := w.execute(k)
	if err != nil {
		w.f.SetException(err)
	} else {
		w.f.SetResult(v)
	}
}

func (w *workItem) execute(k *Kernel) (any, error) {
	k.emit(trace.Event{Kind: trace.TaskStart, Future: w.f.id})
	v, err := w.task(w.ctx)
	k.emit(trace.Event{Kind: trace.TaskEnd, Future: w.f.id})
	return v, err
}

// shutdowner is what the kernel needs of an executor when the main thread ends.
type shutdowner interface {
	wakeForExit()
	joinForExit(ctx context.Context)
}

// atExit does what CPython does when the main module ends: it wakes every executor's workers, waits
// for them (so queued work finishes), then joins every other non-daemon thread.
func (k *Kernel) atExit() {
	k.exiting = true
	ctx := k.cur.ctx
	for _, e := range k.executors {
		e.wakeForExit()
	}
	for _, e := range k.executors {
		e.joinForExit(ctx)
	}
	for _, t := range k.threads {
		if t != k.cur && !t.daemon && t.proc == k.cur.proc {
			t.Join(ctx, Forever)
		}
	}
}

func shutdownArgs(wait, cancelFutures bool) string {
	return "wait=" + boolStr(wait) + ", cancel_futures=" + boolStr(cancelFutures)
}

// deadline returns the time left until end, or Forever when there is no deadline.
func deadlineLeft(k *Kernel, end time.Duration, has bool) time.Duration {
	if !has {
		return Forever
	}
	return end - k.now
}
