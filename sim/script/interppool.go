package script

import (
	"context"
	"errors"
	"strings"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// InterpreterPoolExecutor is CPython 3.14's (Lib/concurrent/futures/interpreter.py): a
// ThreadPoolExecutor whose worker threads each own an isolated interpreter, here a py.Interp of
// its own in the same simulated process, with its own GIL (sim.ThreadPoolOptions.Interpreters).
// A worker's interpreter starts by re-running the script as __mp_main__ (printing nothing), as a
// spawned process does, so that functions the script defines resolve there; CPython 3.14 loads
// the main module into the interpreter the first time a pickled function needs it. The callable,
// its arguments and the result cross by pickle; an exception the task raises is pickled back and
// raised in the caller with a concurrent.interpreters.ExecutionFailed as its __cause__, whose
// message is the exception's last line (CPython's str() adds the traceback it printed).

const interpMod = "concurrent.futures.interpreter"

// interpClasses makes InterpreterPoolExecutor, BrokenInterpreterPool and ExecutionFailed.
func (ps *proc) interpClasses(c *classes) {
	c.interpPool = newType("InterpreterPoolExecutor", interpMod, c.threadPool)
	c.interpPool.New = ps.newInterpPool
	c.brokenInterp = newType("BrokenInterpreterPool", interpMod, c.brokenThread)
	interpError := newType("InterpreterError", "concurrent.interpreters", py.ExceptionType)
	c.execFailed = newType("ExecutionFailed", "concurrent.interpreters", interpError)
	def(c.execFailed, "__str__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		e, ok := self.(*py.Exception)
		if !ok || len(e.Args.V) != 1 {
			return th.pt.Call(py.BaseExceptionType.Dict["__str__"], []py.Object{self}, nil)
		}
		s, _ := e.Args.V[0].(*py.Str)
		shown, _ := e.Attr("_errdisplay").(*py.Str)
		if s == nil || shown == nil {
			return th.pt.Call(py.BaseExceptionType.Dict["__str__"], []py.Object{self}, nil)
		}
		return py.NewStr(s.S + "\n\nUncaught in the interpreter:\n\n" + strings.TrimSuffix(shown.S, "\n")), nil
	})
	c.bySim[sim.BrokenInterpreterPool] = c.brokenInterp
	ps.rt.classes[c.brokenInterp] = sim.BrokenInterpreterPool
}

// interpSubmodule is concurrent.futures.interpreter.
func (ps *proc) interpSubmodule(in *py.Interp) (*py.Module, error) {
	m := py.NewModule(interpMod)
	m.SetAttr("InterpreterPoolExecutor", ps.cls.interpPool)
	m.SetAttr("BrokenInterpreterPool", ps.cls.brokenInterp)
	return m, nil
}

func (ps *proc) newInterpPool(pt *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	th := threadOf(pt)
	defer th.guard()
	a, n, prefix, err := threadPoolArgs("InterpreterPoolExecutor", args, kw)
	if err != nil {
		return nil, err
	}
	var init *callPayload
	if a[2] != nil && a[2] != py.None {
		if _, ok := a[2].(*py.Str); ok {
			return nil, py.Errorf(py.TypeErrorType, "scripts not supported")
		}
		init = &callPayload{fn: a[2]}
		if a[3] != nil {
			if init.args, err = iterList(th, a[3]); err != nil {
				return nil, err
			}
		}
	}
	if th.booting() {
		return nil, errBootstrap
	}
	th.setLine()
	p, err := sim.NewThreadPool(th.ctx, sim.ThreadPoolOptions{MaxWorkers: n, ThreadNamePrefix: prefix,
		Initializer: ps.interpWorkerInit(init), Interpreters: true})
	if err != nil {
		return nil, ps.rt.pyErr(ps, err)
	}
	return &execObj{typ: cls, ex: p, tp: p, interps: true}, nil
}

// interpWorkerInit is WorkerContext.initialize, run first in each worker thread: it makes the
// thread's interpreter and runs the initializer there, if any.
func (ps *proc) interpWorkerInit(init *callPayload) func(ctx context.Context) error {
	rt := ps.rt
	return func(ctx context.Context) error {
		sp, st := sim.CurrentProcess(ctx), sim.CurrentThread(ctx)
		sub := rt.newInterp(sp, uint64(sp.PID())<<20|uint64(st.ID()))
		sth := rt.newThread(ctx, st, sub)
		rt.interps[st] = sth
		err := rt.inInterp(st, sth, func() error {
			sub.boot = true
			sim.CPU(ctx, 0)
			_, err := sth.pt.ExecModule("__mp_main__", rt.code)
			sth.rethrowExit()
			sub.boot = false
			if err != nil && !errors.Is(err, errBootstrap) {
				return err
			}
			return nil
		})
		if err == nil && init != nil {
			_, err = rt.callInInterp(ctx, ps, init)
		}
		if err != nil {
			return rt.tracedErr(ctx, ps, err)
		}
		return nil
	}
}

// interpTask is the task of InterpreterPoolExecutor.submit.
func (ps *proc) interpTask(c *callPayload) sim.Task {
	return func(ctx context.Context) (any, error) {
		v, err := ps.rt.callInInterp(ctx, ps, c)
		if err != nil {
			return nil, ps.rt.simErr(ps, err)
		}
		return v, nil
	}
}

// callInInterp is WorkerContext.run: the call, pickled in ps (the thread's main interpreter), runs
// in the running worker thread's own interpreter; its result or exception comes back by pickle.
func (rt *runtime) callInInterp(ctx context.Context, ps *proc, c *callPayload) (py.Object, error) {
	st := sim.CurrentThread(ctx)
	sth := rt.interps[st]
	rt.thread(ctx)
	sent, err := rt.pickleAny(ps, c)
	if err != nil {
		return nil, rt.pyErr(ps, err)
	}
	call := sent.(*pkCall)
	var result pk
	var failed *py.Exception
	var excPk *pkExc
	err = rt.inInterp(st, sth, func() error {
		sub := sth.proc
		fn, err := sub.unpickle(call.fn)
		args := make([]py.Object, len(call.args))
		for i := 0; err == nil && i < len(call.args); i++ {
			args[i], err = sub.unpickle(call.args[i])
		}
		var v py.Object
		if err == nil {
			v, err = rt.call(ctx, fn, args, call.kw)
		}
		if err == nil {
			result, err = sub.pickle(v)
		}
		e, ok := err.(*py.Exception)
		if !ok {
			return err
		}
		failed = py.NewException(ps.cls.execFailed, py.NewStr(lastLine(sth.pt, e)))
		failed.SetAttr("_errdisplay", py.NewStr(sth.pt.FormatException(e)))
		excPk = sub.pickleExc(e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if failed != nil {
		if excPk == nil {
			return nil, failed // not shareable: the wrapper itself, as CPython raises it
		}
		x := ps.unpickleExc(excPk)
		x.Cause, x.SuppressContext = failed, true
		return nil, x
	}
	return ps.unpickle(result)
}

// inInterp runs fn with st's Python code running in interpreter thread sth.
func (rt *runtime) inInterp(st *sim.Thread, sth *thread, fn func() error) error {
	saved, had := rt.threads[st]
	rt.threads[st] = sth
	defer func() {
		if had {
			rt.threads[st] = saved
		} else {
			delete(rt.threads, st)
		}
	}()
	return fn()
}
