package script

import (
	"context"
	"fmt"
	"iter"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// futuresOf collects the futures of an iterable.
func (ps *proc) futuresOf(th *thread, o py.Object) ([]*sim.Future, error) {
	items, err := iterList(th, o)
	if err != nil {
		return nil, err
	}
	fs := make([]*sim.Future, len(items))
	for i, x := range items {
		f := simFuture(x)
		if f == nil {
			return nil, py.Errorf(py.AttributeErrorType, "'%s' object has no attribute '_condition'", x.Type().Name)
		}
		fs[i] = f
	}
	return fs, nil
}

// wait is concurrent.futures.wait(fs, timeout=None, return_when=ALL_COMPLETED).
func (ps *proc) wait(th *thread, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("wait", args, kw, []string{"fs", "timeout", "return_when"}, 1)
	if err != nil {
		return nil, err
	}
	fs, err := ps.futuresOf(th, a[0])
	if err != nil {
		return nil, err
	}
	d, err := timeoutArg(a[1])
	if err != nil {
		return nil, err
	}
	when := string(sim.AllCompleted)
	if a[2] != nil {
		s, ok := a[2].(*py.Str)
		if !ok {
			r, _ := th.pt.Repr(a[2])
			return nil, py.Errorf(py.ValueErrorType, "Invalid return condition: %s", r)
		}
		when = s.S
	}
	onWake, unmark := th.markWaiting("wait")
	done, notDone, err := sim.WaitInterruptible(th.ctx, fs, d, sim.ReturnWhen(when), onWake)
	unmark()
	if err != nil {
		return nil, ps.rt.pyErr(ps, err)
	}
	ds, err := ps.futureSet(th, done)
	if err != nil {
		return nil, err
	}
	ns, err := ps.futureSet(th, notDone)
	if err != nil {
		return nil, err
	}
	return doneAndNotDone(ds, ns), nil
}

func (ps *proc) futureSet(th *thread, fs []*sim.Future) (*py.Set, error) {
	s := py.NewSet(false)
	for _, f := range fs {
		if err := s.Add(th.pt, ps.futureObj(f, nil)); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// asCompleted is concurrent.futures.as_completed(fs, timeout=None): a generator, lazy as CPython's.
func (ps *proc) asCompleted(th *thread, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("as_completed", args, kw, []string{"fs", "timeout"}, 1)
	if err != nil {
		return nil, err
	}
	fs, err := ps.futuresOf(th, a[0])
	if err != nil {
		return nil, err
	}
	d, err := timeoutArg(a[1])
	if err != nil {
		return nil, err
	}
	seq := func(ctx context.Context) iter.Seq2[*sim.Future, error] {
		onWake, _ := ps.rt.thread(ctx).markWaiting("as_completed")
		return sim.AsCompletedInterruptible(ctx, fs, d, onWake)
	}
	return ps.newGenerator(ps.cls.generator, seq), nil
}

// newGenerator makes a Python generator over a Go sequence, started at its first next() in the thread
// that calls it, each value produced only when asked for; the first error ends it by raising.
func (ps *proc) newGenerator(typ *py.Type, seq func(ctx context.Context) iter.Seq2[*sim.Future, error]) *py.GoIter {
	rt := ps.rt
	var next func() (*sim.Future, error, bool)
	var stop func()
	ended := false
	g := &py.GoIter{T: typ}
	g.NextT = func(t *py.Thread) (py.Object, error) {
		if ended {
			return nil, nil
		}
		th := threadOf(t)
		defer th.guard()
		if next == nil {
			next, stop = iter.Pull2(seq(th.ctx))
			rt.stops = append(rt.stops, func() { stop() })
		}
		th.setLine()
		_, unmark := th.markWaiting("as_completed")
		f, err, ok := next()
		unmark()
		if !ok || err != nil {
			ended = true
			stop()
			return nil, rt.pyErr(ps, err)
		}
		return ps.futureObj(f, nil), nil
	}
	return g
}

// generatorClass makes the class of as_completed's generator.
func (ps *proc) generatorClass(name, qual string) *py.Type {
	t := newType("generator", "builtins", nil)
	def(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.NewStr(fmt.Sprintf("<generator object %s at %#x>", qual, ps.in.ID(self))), nil
	})
	return t
}
