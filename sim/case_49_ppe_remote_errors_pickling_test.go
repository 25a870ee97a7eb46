package sim_test

import (
	"context"
	"errors"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// pickleHook is the nearest Go equivalent of pickle for ProcessPoolOptions.Pickle: values cross as they
// are, except a Go func (a lambda: PicklingError, as pickle refuses one) and a *sim.Lock (TypeError, as
// pickle refuses a _thread.lock).
func pickleHook(v any) (any, error) {
	switch v.(type) {
	case func():
		return nil, sim.NewException(sim.PicklingError,
			"Can't pickle <function <lambda> at 0x7f3a5c001234>: attribute lookup <lambda> on __main__ failed")
	case *sim.Lock:
		return nil, sim.NewException(sim.TypeError, "cannot pickle '_thread.lock' object")
	}
	return v, nil
}

// errorAtUnpickle is a result that pickles but fails to unpickle in the parent (the case's
// ErrorAtUnpickle, whose __reduce__ names a callable that raises).
type errorAtUnpickle struct{}

// unpickleHook is ProcessPoolOptions.Unpickle: it rebuilds every result as it is, but errorAtUnpickle.
func unpickleHook(ctx context.Context, v any) (any, error) {
	if _, ok := v.(errorAtUnpickle); ok {
		return nil, sim.NewException(sim.NewClass("UnpicklingError", sim.ExceptionClass), "bad data")
	}
	return v, nil
}

// causeName is type(e.__cause__).__name__.
func causeName(err error) string {
	cause := errors.Unwrap(err)
	if cause == nil {
		return "NoneType"
	}
	return excName(cause)
}

// Reference case 49: a task's exception comes back with its type and args and a _RemoteTraceback as
// __cause__; SystemExit in a task is re-raised in the caller and does not break the pool; a pickling
// failure of the arguments (in the parent's feeder) or of the result (in the worker) fails only that
// future; the pool stays usable.
//
// The callable is a Go closure that does not cross the process boundary; what pickle sends is the
// payload (sim.WithPayload) and the result, through pickleHook. The lambda of the case is a Go func
// given as the payload.
//
// Not covered:
//   - "has_remote_line=True" of the first line: the _RemoteTraceback's text is Python's formatted
//     traceback, holding the source line `raise RuntimeError(123)  # some comment`; Go tasks have no
//     source lines, so only the cause's class is checked (the line is compared without that field).
//
// A result that cannot be unpickled in the parent (errorAtUnpickle, through the Unpickle hook) breaks
// the pool: its future fails with BrokenProcessPool, whose cause is a _RemoteTraceback.
func TestCase49_ppe_remote_errors_pickling(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1, Pickle: pickleHook, Unpickle: unpickleHook})
		with(ctx, ex, func() error {
			exception := func(f *sim.Future) error {
				e, err := f.Exception(ctx, sim.Forever)
				out.unexpected(err)
				return e
			}
			e := exception(submit(ctx, ex, raising(sim.NewException(sim.RuntimeError, "123"))))
			out.Println("task error:", excName(e), "("+excMsg(e)+",)", "cause="+causeName(e))
			e = exception(submit(ctx, ex, raising(sim.NewException(sim.SystemExit, "3"))))
			out.Printf("SystemExit from task: code=%s; pool still usable: %v", excMsg(e),
				result(ctx, submit(ctx, ex, value(8))))
			e = exception(submit(ctx, ex, value(1), sim.WithPayload(func() {})))
			out.Println("lambda:", excName(e))
			e = exception(submit(ctx, ex, value(nil), sim.WithPayload(sim.NewLock(ctx))))
			out.Println("unpicklable arg:", excName(e), excMsg(e))
			e = exception(submit(ctx, ex, func(ctx context.Context) (any, error) { return sim.NewLock(ctx), nil }))
			out.Println("unpicklable result:", excName(e), excMsg(e))
			out.Println("pool still usable:", result(ctx, submit(ctx, ex, value(9))))
			e = exception(submit(ctx, ex, value(errorAtUnpickle{})))
			out.Println("unpickling error in parent:", excName(e), "cause="+causeName(e))
			return nil
		})
	})
	expect(t, got, `
task error: RuntimeError (123,) cause=_RemoteTraceback
SystemExit from task: code=3; pool still usable: 8
lambda: PicklingError
unpicklable arg: TypeError cannot pickle '_thread.lock' object
unpicklable result: TypeError cannot pickle '_thread.lock' object
pool still usable: 9
unpickling error in parent: BrokenProcessPool cause=_RemoteTraceback
`)
}
