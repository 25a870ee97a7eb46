package script

import (
	"context"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// An execObj is a ThreadPoolExecutor or ProcessPoolExecutor.
type execObj struct {
	typ *py.Type
	ex  sim.Executor
	tp  *sim.ThreadPool
	pp  *sim.ProcessPool
	// mpctx is a process pool's multiprocessing context.
	mpctx *mpContext
	// interps is set for an InterpreterPoolExecutor (interppool.go).
	interps bool
}

// Type returns the executor's class.
func (e *execObj) Type() *py.Type { return e.typ }

func (ps *proc) executorClasses(c *classes) {
	c.executor = newType("Executor", baseMod, nil)
	c.threadPool = newType("ThreadPoolExecutor", threadMod, c.executor)
	c.processPool = newType("ProcessPoolExecutor", processMod, c.executor)
	c.threadPool.New = ps.newThreadPool
	c.processPool.New = ps.newProcessPool
	for _, t := range []*py.Type{c.threadPool, c.processPool} {
		t.SetAttr("__init__", &py.MethodDescr{Name: "__init__", Owner: t, Fn: func(*py.Thread, py.Object, []py.Object, []string) (py.Object, error) {
			return py.None, nil
		}})
	}
	t := c.executor
	def(t, "submit", ps.submit)
	def(t, "map", ps.mapMethod)
	def(t, "shutdown", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("shutdown", args, kw, []string{"wait", "cancel_futures"}, 0)
		if err != nil {
			return nil, err
		}
		wait, cancel := true, false
		if a[0] != nil {
			if wait, err = truth(th, a[0]); err != nil {
				return nil, err
			}
		}
		if cancel, err = truth(th, a[1]); err != nil {
			return nil, err
		}
		e, ok := self.(*execObj)
		if !ok {
			return py.None, nil // Executor.shutdown does nothing
		}
		return py.None, ps.rt.pyErr(ps, th.shutdown(e.ex, wait, cancel))
	})
	def(t, "__enter__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return self, nil
	})
	def(t, "__exit__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if e, ok := self.(*execObj); ok {
			return py.False, ps.rt.pyErr(ps, th.shutdown(e.ex, true, false))
		}
		_, err := th.pt.CallMethod(self, "shutdown", py.True) // a subclass's own
		return py.False, err
	})
	defProp(t, "_max_workers", func(th *thread, self py.Object) (py.Object, error) {
		e := self.(*execObj)
		if e.pp != nil {
			return py.MakeInt(int64(e.pp.MaxWorkers())), nil
		}
		return py.MakeInt(int64(e.tp.MaxWorkers())), nil
	})
	defProp(c.threadPool, "_threads", func(th *thread, self py.Object) (py.Object, error) {
		s := py.NewSet(false)
		for _, st := range self.(*execObj).tp.Threads() {
			if err := s.Add(th.pt, ps.threadObjOf(st)); err != nil {
				return nil, err
			}
		}
		return s, nil
	})
	defProp(c.threadPool, "_thread_name_prefix", func(th *thread, self py.Object) (py.Object, error) {
		return py.NewStr(self.(*execObj).tp.Prefix()), nil
	})
	defProp(c.processPool, "_mp_context", func(th *thread, self py.Object) (py.Object, error) {
		return self.(*execObj).mpctx, nil
	})
	for _, name := range []string{"terminate_workers", "kill_workers"} {
		def(c.processPool, name, func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			if err := noArgs(name, args); err != nil {
				return nil, err
			}
			if name == "kill_workers" {
				self.(*execObj).pp.KillWorkers(th.ctx)
			} else {
				self.(*execObj).pp.TerminateWorkers(th.ctx)
			}
			return py.None, nil
		})
	}
}

// workersArg reads max_workers: None is the default, anything < 1 is ValueError.
func workersArg(o py.Object) (int, error) {
	if o == nil || o == py.None {
		return 0, nil
	}
	n, ok := o.(py.Int)
	if !ok {
		return 0, py.Errorf(py.TypeErrorType, "'<=' not supported between instances of '%s' and 'int'", o.Type().Name)
	}
	if n <= 0 {
		return 0, py.Errorf(py.ValueErrorType, "max_workers must be greater than 0")
	}
	return int(n), nil
}

// initializer turns initializer and initargs into a function run in each worker.
func (ps *proc) initializer(th *thread, init, initargs py.Object, remote bool) (func(context.Context) error, error) {
	if init == nil || init == py.None {
		return nil, nil
	}
	if !isCallable(init) {
		return nil, py.Errorf(py.TypeErrorType, "initializer must be a callable")
	}
	var args []py.Object
	if initargs != nil {
		items, err := iterList(th, initargs)
		if err != nil {
			return nil, err
		}
		args = items
	}
	rt := ps.rt
	if remote {
		c, err := rt.pickleAny(ps, &callPayload{fn: init, args: args})
		if err != nil {
			return nil, rt.pyErr(ps, err)
		}
		return func(ctx context.Context) error {
			_, err := rt.runRemote(ctx, c)
			return rt.tracedErr(ctx, procOf(ctx), err)
		}, nil
	}
	return func(ctx context.Context) error {
		_, err := rt.call(ctx, init, args, nil)
		return rt.tracedErr(ctx, ps, err)
	}, nil
}

// threadPoolArgs unpacks the arguments a thread pool (ThreadPoolExecutor, InterpreterPoolExecutor)
// takes: all four as given, max_workers checked, thread_name_prefix as a string ("" if not given).
func threadPoolArgs(class string, args []py.Object, kw []string) (a []py.Object, workers int, prefix string, err error) {
	a, err = py.UnpackArgs(class, args, kw, []string{"max_workers", "thread_name_prefix", "initializer", "initargs"}, 0)
	if err != nil {
		return nil, 0, "", err
	}
	if workers, err = workersArg(a[0]); err != nil {
		return nil, 0, "", err
	}
	if s, ok := a[1].(*py.Str); ok {
		prefix = s.S
	}
	return a, workers, prefix, nil
}

// iterList collects the items of an iterable.
func iterList(th *thread, o py.Object) ([]py.Object, error) {
	var out []py.Object
	err := th.pt.Iterate(o, func(x py.Object) (bool, error) {
		out = append(out, x)
		th.proc.keep(x) // the calls made of the items hold them (traverse_host.go)
		return true, nil
	})
	return out, err
}

func (ps *proc) newThreadPool(pt *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	th := threadOf(pt)
	defer th.guard()
	a, n, prefix, err := threadPoolArgs("ThreadPoolExecutor", args, kw)
	if err != nil {
		return nil, err
	}
	init, err := ps.initializer(th, a[2], a[3], false)
	if err != nil {
		return nil, err
	}
	if th.booting() {
		return nil, errBootstrap
	}
	th.setLine()
	p, err := sim.NewThreadPool(th.ctx, sim.ThreadPoolOptions{MaxWorkers: n, ThreadNamePrefix: prefix, Initializer: init})
	if err != nil {
		return nil, ps.rt.pyErr(ps, err)
	}
	return &execObj{typ: cls, ex: p, tp: p}, nil
}

func (ps *proc) newProcessPool(pt *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	th := threadOf(pt)
	defer th.guard()
	a, err := py.UnpackArgs("ProcessPoolExecutor", args, kw, []string{"max_workers", "mp_context", "initializer", "initargs", "max_tasks_per_child"}, 0)
	if err != nil {
		return nil, err
	}
	if th.booting() {
		return nil, errBootstrap
	}
	n, err := workersArg(a[0])
	if err != nil {
		return nil, err
	}
	init, err := ps.initializer(th, a[2], a[3], true)
	if err != nil {
		return nil, err
	}
	mpctx, ok := a[1].(*mpContext)
	if !ok {
		if mpctx, err = ps.context(""); err != nil {
			return nil, err
		}
	}
	tasks := 0
	if a[4] != nil && a[4] != py.None {
		t, ok := a[4].(py.Int)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "max_tasks_per_child must be an integer")
		}
		if t < 1 {
			return nil, py.Errorf(py.ValueErrorType, "max_tasks_per_child must be >= 1")
		}
		if mpctx.method == "fork" {
			return nil, py.Errorf(py.ValueErrorType, "max_tasks_per_child is incompatible with the 'fork' multiprocessing start method; supply a different mp_context.")
		}
		tasks = int(t)
	}
	rt := ps.rt
	th.setLine()
	opts := sim.ProcessPoolOptions{MaxWorkers: n, MaxTasksPerChild: tasks, Initializer: init,
		Bootstrap: rt.bootstrap, Pickle: rt.pickleHook, Unpickle: rt.unpickleHook,
		FormatException: rt.remoteTraceback,
		WorkerName:      workerPrefix(mpctx.method) + "Process-"}
	if mpctx.method == "fork" {
		opts.Fork, opts.Eager = ps.forkBoot, true // mp_fork.go
	}
	p, err := sim.NewProcessPool(th.ctx, opts)
	if err != nil {
		return nil, rt.pyErr(ps, err)
	}
	return &execObj{typ: cls, ex: p, pp: p, mpctx: mpctx}, nil
}

// submit is Executor.submit(fn, /, *args, **kwargs); the base class's raises NotImplementedError.
func (ps *proc) submit(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	e, ok := self.(*execObj)
	if !ok {
		return nil, py.NewException(py.NotImplementedErrorType)
	}
	if len(args)-len(kw) < 1 {
		return nil, py.Errorf(py.TypeErrorType, "submit() missing 1 required positional argument: 'fn'")
	}
	fn := args[0]
	c := &callPayload{fn: fn, args: append([]py.Object(nil), args[1:]...), kw: kw}
	if e.pp != nil && !isCallable(fn) {
		return nil, py.Errorf(py.TypeErrorType, "'%s' object is not callable", fn.Type().Name)
	}
	rt := ps.rt
	opts := []sim.SubmitOption{sim.Describe(callableName(fn), c.ArgsRepr()), sim.AtLine(th.line())}
	var task sim.Task
	if e.pp != nil {
		opts = append(opts, sim.WithPayload(c))
		task = rt.remoteTask
	} else if e.interps {
		task = ps.interpTask(c)
	} else {
		task = func(ctx context.Context) (any, error) {
			v, err := rt.call(ctx, c.fn, c.args, c.kw)
			if rerr := rt.release(ctx, ps, c, true); err == nil {
				err = rerr
			}
			if err != nil {
				return nil, rt.simErr(ps, err)
			}
			return v, nil
		}
	}
	f, err := e.ex.Submit(th.ctx, task, opts...)
	if err != nil {
		return nil, rt.pyErr(ps, err)
	}
	return ps.futureObj(f, nil), nil
}
