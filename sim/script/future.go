package script

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// futureClass makes concurrent.futures.Future: an instance (it takes attributes, as CPython's does)
// paired with a sim.Future.
func (ps *proc) futureClass(c *classes) {
	t := newType("Future", baseMod, nil)
	c.future = t
	rt := ps.rt
	t.New = func(pt *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		th := threadOf(pt)
		defer th.guard()
		if len(args) > 0 {
			return nil, py.Errorf(py.TypeErrorType, "Future.__init__() takes 1 positional argument but %d were given", len(args)+1)
		}
		th.setLine()
		return ps.futureObj(sim.NewFuture(th.ctx), cls), nil
	}
	t.SetAttr("__init__", &py.MethodDescr{Name: "__init__", Owner: t, Fn: func(*py.Thread, py.Object, []py.Object, []string) (py.Object, error) {
		return py.None, nil
	}})
	pred := func(name string, p func(f *sim.Future) bool) {
		def(t, name, func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			if err := noArgs(name, args); err != nil {
				return nil, err
			}
			return py.NewBool(p(ps.fut(self))), nil
		})
	}
	pred("running", (*sim.Future).Running)
	pred("done", (*sim.Future).Done)
	pred("cancelled", (*sim.Future).Cancelled)
	pred("cancel", (*sim.Future).Cancel)
	def(t, "result", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("result", args, kw, []string{"timeout"}, 0)
		if err != nil {
			return nil, err
		}
		d, err := timeoutArg(a[0])
		if err != nil {
			return nil, err
		}
		f := ps.fut(self)
		v, err := awaitOutcome(th, f, "result", d, f.Result)
		if err != nil {
			return nil, rt.pyErr(ps, err)
		}
		return ps.value(f, v)
	})
	def(t, "exception", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("exception", args, kw, []string{"timeout"}, 0)
		if err != nil {
			return nil, err
		}
		d, err := timeoutArg(a[0])
		if err != nil {
			return nil, err
		}
		f := ps.fut(self)
		exc, err := awaitOutcome(th, f, "exception", d, func(ctx context.Context, d time.Duration) (error, error) {
			return f.Exception(ctx, d)
		})
		if err != nil {
			return nil, rt.pyErr(ps, err)
		}
		if exc == nil {
			return py.None, nil
		}
		return rt.pyErr(ps, exc).(py.Object), nil
	})
	def(t, "add_done_callback", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("add_done_callback", args, kw, []string{"fn"}, 1)
		if err != nil {
			return nil, err
		}
		fn := a[0]
		ps.fut(self).AddNamedDoneCallback(th.ctx, callableName(fn), func(ctx context.Context, f *sim.Future) error {
			_, err := rt.call(ctx, fn, []py.Object{ps.futureObj(f, nil)}, nil)
			return rt.tracedErr(ctx, ps, err)
		})
		return py.None, nil
	})
	def(t, "set_result", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("set_result", args, kw, []string{"result"}, 1)
		if err != nil {
			return nil, err
		}
		return py.None, rt.pyErr(ps, ps.fut(self).SetResult(a[0]))
	})
	def(t, "set_exception", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("set_exception", args, kw, []string{"exception"}, 1)
		if err != nil {
			return nil, err
		}
		e, ok := a[0].(*py.Exception)
		if !ok {
			if typ, isType := a[0].(*py.Type); isType && typ.IsSubtype(py.BaseExceptionType) {
				x, err := th.pt.Call(typ, nil, nil)
				if err != nil {
					return nil, err
				}
				e, ok = x.(*py.Exception)
			}
		}
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "exceptions must derive from BaseException")
		}
		return py.None, rt.pyErr(ps, ps.fut(self).SetException(rt.toSim(ps, e)))
	})
	def(t, "set_running_or_notify_cancel", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		ok, err := ps.fut(self).SetRunningOrNotifyCancel()
		if err != nil {
			return nil, rt.pyErr(ps, err)
		}
		return py.NewBool(ok), nil
	})
	defProp(t, "_state", func(th *thread, self py.Object) (py.Object, error) {
		return py.NewStr(ps.fut(self).State().String()), nil
	})
	defProp(t, "_result", func(th *thread, self py.Object) (py.Object, error) {
		f := ps.fut(self)
		if f.State() != sim.Finished {
			return py.None, nil
		}
		if exc, _ := f.Exception(th.ctx, 0); exc != nil {
			return py.None, nil
		}
		v, _ := f.Result(th.ctx, 0)
		return ps.value(f, v)
	})
	defProp(t, "_exception", func(th *thread, self py.Object) (py.Object, error) {
		f := ps.fut(self)
		if f.State() != sim.Finished {
			return py.None, nil
		}
		if exc, _ := f.Exception(th.ctx, 0); exc != nil {
			return rt.pyErr(ps, exc).(py.Object), nil
		}
		return py.None, nil
	})
	def(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.NewStr(ps.futureRepr(th, self)), nil
	})
	ps.futureSetters(t)
}

// futureSetters let scripts write _state, _result and _exception as CPython's tests do to make a
// future in a given state: _state = CANCELLED or CANCELLED_AND_NOTIFIED cancels it (and notifies),
// RUNNING runs it; after _state = FINISHED, the first _exception that is not None, or else _result,
// completes it; an outcome written before _state = FINISHED completes it when the state is set.
func (ps *proc) futureSetters(t *py.Type) {
	set := func(name string, fn func(th *thread, f *sim.Future, v py.Object) error) {
		p := t.Dict[name].(*py.Property)
		p.Set = py.NewBuiltin(name, func(pt *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			th := threadOf(pt)
			defer th.guard()
			return py.None, fn(th, ps.fut(args[0]), args[1])
		})
	}
	set("_state", func(th *thread, f *sim.Future, v py.Object) error {
		s, _ := v.(*py.Str)
		if s == nil {
			return py.Errorf(py.TypeErrorType, "_state must be a state name")
		}
		switch s.S {
		case sim.Running.String():
			f.SetRunningOrNotifyCancel()
		case sim.Cancelled.String():
			f.Cancel()
		case sim.CancelledAndNotified.String():
			f.Cancel()
			f.SetRunningOrNotifyCancel()
		case sim.Finished.String():
			if o, ok := ps.earlyOutcomes()[f]; ok && f.State() != sim.Finished {
				// The outcome was written before the state, as CPython allows: complete with it now.
				delete(ps.earlyOutcomes(), f)
				if o.exc != nil {
					return ps.rt.pyErr(ps, f.SetException(ps.rt.toSim(ps, o.exc)))
				}
				return ps.rt.pyErr(ps, f.SetResult(o.result))
			}
			ps.finishing[f] = true
		}
		return nil
	})
	set("_exception", func(th *thread, f *sim.Future, v py.Object) error {
		e, ok := v.(*py.Exception)
		if !ok {
			return nil
		}
		if !ps.finishing[f] {
			o := ps.earlyOutcomes()[f]
			o.exc = e
			ps.earlyOutcomes()[f] = o
			return nil
		}
		delete(ps.finishing, f)
		return ps.rt.pyErr(ps, f.SetException(ps.rt.toSim(ps, e)))
	})
	set("_result", func(th *thread, f *sim.Future, v py.Object) error {
		if !ps.finishing[f] {
			o := ps.earlyOutcomes()[f]
			o.result = v
			ps.earlyOutcomes()[f] = o
			return nil
		}
		delete(ps.finishing, f)
		return ps.rt.pyErr(ps, f.SetResult(v))
	})
}

// An earlyOutcome is a _result or _exception a script wrote before setting _state = FINISHED.
type earlyOutcome struct {
	result py.Object
	exc    *py.Exception
}

type earlyKey struct{}

// earlyOutcomes are this process's outcomes written before their future's state (kept with the
// simulated process).
func (ps *proc) earlyOutcomes() map[*sim.Future]earlyOutcome {
	m, _ := ps.p.Value(earlyKey{}).(map[*sim.Future]earlyOutcome)
	if m == nil {
		m = map[*sim.Future]earlyOutcome{}
		ps.p.SetValue(earlyKey{}, m)
	}
	return m
}

// futureObj returns the one Python object of f in this process (of class cls, Future if nil). The
// first process to make one keeps it on the future itself (sim.Future.SetHost), which a million
// futures find faster, and in less memory, than in a map; another process's objects go in its map.
func (ps *proc) futureObj(f *sim.Future, cls *py.Type) *py.Instance {
	h, _ := f.Host().(*futureHost)
	if h != nil && h.ps == ps {
		return h.o
	}
	if o := ps.futObjs[f]; o != nil {
		return o
	}
	if cls == nil {
		cls = ps.cls.future
	}
	o := py.NewBareInstance(cls)
	if h == nil {
		f.SetHost(&futureHost{ps, o})
	} else {
		ps.futObjs[f] = o
	}
	o.SetHost(f)
	return o
}

// simFuture returns the sim future paired with a Future object (futureObj keeps it in the object's
// host slot), or nil if o is not one.
func simFuture(o py.Object) *sim.Future {
	if i, ok := o.(*py.Instance); ok {
		f, _ := i.Host().(*sim.Future)
		return f
	}
	return nil
}

// A futureHost is a future's Python object, kept on the sim future, and the process it belongs to.
type futureHost struct {
	ps *proc
	o  *py.Instance
}

// fut returns the sim future of a Future object.
func (ps *proc) fut(o py.Object) *sim.Future {
	if f := simFuture(o); f != nil {
		return f
	}
	panic(py.Errorf(py.TypeErrorType, "descriptor requires a 'Future' object"))
}

// value turns a future's stored result into a Python value of this process: a worker's result is
// unpickled here, once.
func (ps *proc) value(f *sim.Future, v any) (py.Object, error) {
	switch x := v.(type) {
	case nil:
		return py.None, nil
	case py.Object:
		return x, nil
	case pk:
		if o, ok := ps.results[f]; ok && f != nil {
			return o, nil
		}
		o, err := ps.unpickle(x)
		if err != nil {
			return nil, err
		}
		if f != nil {
			ps.results[f] = o
		}
		return o, nil
	}
	return py.NewStr(fmt.Sprint(v)), nil
}

// futureRepr is repr(future): <Future at 0x7f… state=finished returned int>, the simulator's, whose
// address is the one the concurrent.futures logger names the future by.
func (ps *proc) futureRepr(th *thread, self py.Object) string { return ps.fut(self).String() }

// A tracedError is an exception raised in a done-callback or an initializer, which the
// concurrent.futures logger prints with its traceback ("exception calling callback for <Future …>",
// "Exception in initializer:", then Error()).
type tracedError struct {
	exc       *sim.Exception
	traceback string
}

// Error returns the traceback the logger prints.
func (e *tracedError) Error() string { return e.traceback }

// Unwrap returns the exception.
func (e *tracedError) Unwrap() error { return e.exc }

// tracedErr turns an error of Python code run on ctx's thread into a tracedError.
func (rt *runtime) tracedErr(ctx context.Context, ps *proc, err error) error {
	var e *py.Exception
	switch x := err.(type) {
	case *py.Exception:
		e = x
	case *sim.Exception:
		if o := rt.excs[x]; o != nil && o.ps == ps {
			e = o.exc
		}
	}
	if e == nil {
		return err
	}
	tb := strings.TrimSuffix(rt.thread(ctx).pt.FormatException(e), "\n")
	rt.traced = &tracedError{exc: rt.toSim(ps, e), traceback: tb}
	return rt.traced
}
