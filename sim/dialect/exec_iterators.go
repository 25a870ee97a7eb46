package script

import (
	"context"
	"iter"

	"go.starlark.net/starlark"
)

// Starlark iterators cannot fail, but as_completed and Executor.map raise from next(). An iterator
// that must raise stores the exception as the thread's pending error and cancels the interpreter thread;
// the interpreter stops at its next step, on the loop's line, and the call that ran it (fixErr) replaces
// the cancellation by the pending exception.

const iterErrReason = "futurescope: iterator raised"

const pendingKey = "futurescope.pending"

// raiseFromIterator arranges for err to be raised by the loop that is iterating on th.
func raiseFromIterator(th *starlark.Thread, err error) {
	th.SetLocal(pendingKey, err)
	th.Cancel(iterErrReason)
}

// fixErr returns the exception an iterator raised in place of the interpreter's cancellation error,
// keeping the call stack, and makes the thread usable again. A builtin called directly from Go (a task
// submit(list, as_completed(...)), a thread's target) returns no error at all when the iterator it
// consumed raised, as no interpreter step ran after it: the pending exception is its error.
func fixErr(th *starlark.Thread, err error) error {
	pending, _ := th.Local(pendingKey).(error)
	if pending == nil {
		return err
	}
	th.SetLocal(pendingKey, nil)
	th.Uncancel()
	if err == nil {
		return pending
	}
	if ev, ok := err.(*starlark.EvalError); ok {
		return &raised{exc: pending, stack: ev.CallStack}
	}
	return pending
}

// raised is an exception raised from an iterator, with the stack of the loop that iterated.
type raised struct {
	exc   error
	stack starlark.CallStack
}

func (r *raised) Error() string { return r.exc.Error() }
func (r *raised) Unwrap() error { return r.exc }

// A pyIterator is a Python generator over a Go sequence of (value, error) pairs: the first error ends
// the iteration by raising it. Like a Python generator it starts only when first advanced, each value is
// produced only when asked for (iter.Pull2), and iterating it again continues where it stopped.
type pyIterator struct {
	rt    *runtime
	name  string
	seq   func(ctx context.Context) iter.Seq2[starlark.Value, error]
	next  func() (starlark.Value, error, bool)
	stop  func()
	ended bool
}

var _ starlark.Iterable = (*pyIterator)(nil)

func (it *pyIterator) String() string        { return "<generator object " + it.name + ">" }
func (it *pyIterator) Type() string          { return "generator" }
func (it *pyIterator) Freeze()               {}
func (it *pyIterator) Truth() starlark.Bool  { return true }
func (it *pyIterator) Hash() (uint32, error) { return 0, nil }

// Iterate returns a view of the generator; its Done does not close the generator, as in Python.
func (it *pyIterator) Iterate() starlark.Iterator { return pyIterState{it} }

type pyIterState struct{ it *pyIterator }

func (s pyIterState) Next(p *starlark.Value) bool {
	v, ok := s.it.advance(s.it.rt.currentThread())
	if ok {
		*p = v
	}
	return ok
}

func (s pyIterState) Done() {}

// advance produces the next value on thread th; ok is false at the end or after an error, which has
// then been arranged to be raised.
func (it *pyIterator) advance(th *starlark.Thread) (starlark.Value, bool) {
	if it.ended {
		return nil, false
	}
	if it.next == nil {
		it.next, it.stop = iter.Pull2(it.seq(ctxOf(th)))
		it.rt.pulls = append(it.rt.pulls, it)
	}
	v, err, ok := it.next()
	if !ok || err != nil {
		it.close()
		if err != nil {
			raiseFromIterator(th, err)
		}
		return nil, false
	}
	return v, true
}

// close ends the generator (running its cleanup, like Python's generator.close()).
func (it *pyIterator) close() {
	if it.ended {
		return
	}
	it.ended = true
	if it.stop != nil {
		it.stop()
	}
}

// An advancer is a generator that next() can advance.
type advancer interface {
	advance(th *starlark.Thread) (starlark.Value, bool)
}

// nextBuiltin is Python's next(iterator[, default]).
func nextBuiltin(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	var it, def starlark.Value
	if err := starlark.UnpackPositionalArgs("next", args, kw, 1, &it, &def); err != nil {
		return nil, err
	}
	gen, ok := it.(advancer)
	if !ok {
		return nil, typeErr("%s", "'"+it.Type()+"' object is not an iterator")
	}
	v, ok := gen.advance(th)
	if ok {
		return v, nil
	}
	if pending, _ := th.Local(pendingKey).(error); pending != nil {
		th.SetLocal(pendingKey, nil)
		th.Uncancel()
		return nil, pending
	}
	if def != nil {
		return def, nil
	}
	return nil, stopIteration()
}
