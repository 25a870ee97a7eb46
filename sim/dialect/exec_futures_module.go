package script

import (
	"context"
	"fmt"
	"iter"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"github.com/futurescope/futurescope/sim"
)

// futuresModule is concurrent.futures.
func (rt *runtime) futuresModule() *starlarkstruct.Module {
	m := starlark.StringDict{
		"ThreadPoolExecutor":  starlark.NewBuiltin("ThreadPoolExecutor", rt.newThreadPool),
		"ProcessPoolExecutor": starlark.NewBuiltin("ProcessPoolExecutor", rt.newProcessPool),
		"Future":              starlark.NewBuiltin("Future", rt.newFuture),
		"wait":                starlark.NewBuiltin("wait", rt.wait),
		"as_completed":        starlark.NewBuiltin("as_completed", rt.asCompleted),
		"FIRST_COMPLETED":     starlark.String(sim.FirstCompleted),
		"FIRST_EXCEPTION":     starlark.String(sim.FirstException),
		"ALL_COMPLETED":       starlark.String(sim.AllCompleted),
		"Executor":            starlark.String("Executor"),
	}
	for name, c := range futuresClasses {
		m[name] = &excClass{c}
	}
	m["BrokenExecutor"] = &excClass{sim.BrokenExecutor}
	return &starlarkstruct.Module{Name: "concurrent.futures", Members: m}
}

// submodules are concurrent.futures.thread and .process, for their Broken*Pool classes.
func (rt *runtime) futuresSubmodules() map[string]*starlarkstruct.Module {
	return map[string]*starlarkstruct.Module{
		"concurrent.futures.thread": {Name: "concurrent.futures.thread", Members: starlark.StringDict{
			"ThreadPoolExecutor": starlark.NewBuiltin("ThreadPoolExecutor", rt.newThreadPool),
			"BrokenThreadPool":   &excClass{sim.BrokenThreadPool},
		}},
		"concurrent.futures.process": {Name: "concurrent.futures.process", Members: starlark.StringDict{
			"ProcessPoolExecutor": starlark.NewBuiltin("ProcessPoolExecutor", rt.newProcessPool),
			"BrokenProcessPool":   &excClass{sim.BrokenProcessPool},
		}},
	}
}

// workersArg reads max_workers: None is the default (0 for sim), anything < 1 is ValueError.
func workersArg(v starlark.Value) (int, error) {
	if v == starlark.None {
		return 0, nil
	}
	n, err := starlark.AsInt32(v)
	if err != nil {
		return 0, typeErr("%s", fmt.Sprintf("'<=' not supported between instances of '%s' and 'int'", pyTypeName(v)))
	}
	if n <= 0 {
		return 0, sim.NewException(sim.ValueError, "max_workers must be greater than 0")
	}
	return n, nil
}

// initializerArg turns initializer and initargs into a Go function run in each worker.
func (rt *runtime) initializerArg(init starlark.Value, initargs starlark.Tuple, remote bool) (func(context.Context) error, error) {
	if init == starlark.None {
		return nil, nil
	}
	fn, ok := init.(starlark.Callable)
	if !ok {
		return nil, typeErr("%s", "initializer must be a callable")
	}
	c := &call{fn: fn, args: initargs}
	return func(ctx context.Context) error {
		var err error
		if remote {
			_, err = rt.runRemote(ctx, c)
		} else {
			_, err = rt.runCall(ctx, c)
		}
		return err
	}, nil
}

func (rt *runtime) newThreadPool(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	var maxWorkers, init starlark.Value = starlark.None, starlark.None
	var prefix string
	var initargs starlark.Tuple
	if err := starlark.UnpackArgs(b.Name(), args, kw, "max_workers?", &maxWorkers, "thread_name_prefix?", &prefix,
		"initializer?", &init, "initargs?", &initargs); err != nil {
		return nil, err
	}
	n, err := workersArg(maxWorkers)
	if err != nil {
		return nil, err
	}
	initFn, err := rt.initializerArg(init, initargs, false)
	if err != nil {
		return nil, err
	}
	if rt.bootstrapping(th) {
		return nil, errBootstrap
	}
	setLine(th)
	p, err := sim.NewThreadPool(ctxOf(th), sim.ThreadPoolOptions{MaxWorkers: n, ThreadNamePrefix: prefix, Initializer: initFn})
	if err != nil {
		return nil, err
	}
	return &executorValue{rt: rt, class: "ThreadPoolExecutor", ex: p}, nil
}

func (rt *runtime) newProcessPool(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	var maxWorkers, init, ctxArg, maxTasks starlark.Value = starlark.None, starlark.None, starlark.None, starlark.None
	var initargs starlark.Tuple
	if err := starlark.UnpackArgs(b.Name(), args, kw, "max_workers?", &maxWorkers, "mp_context?", &ctxArg,
		"initializer?", &init, "initargs?", &initargs, "max_tasks_per_child?", &maxTasks); err != nil {
		return nil, err
	}
	if rt.bootstrapping(th) {
		return nil, errBootstrap
	}
	n, err := workersArg(maxWorkers)
	if err != nil {
		return nil, err
	}
	initFn, err := rt.initializerArg(init, initargs, true)
	if err != nil {
		return nil, err
	}
	tasks := 0
	if maxTasks != starlark.None {
		t, err := starlark.AsInt32(maxTasks)
		if err != nil {
			return nil, typeErr("%s", "max_tasks_per_child must be an integer")
		}
		if t < 1 {
			return nil, sim.NewException(sim.ValueError, "max_tasks_per_child must be >= 1")
		}
		tasks = t
	}
	setLine(th)
	p, err := sim.NewProcessPool(ctxOf(th), sim.ProcessPoolOptions{MaxWorkers: n, MaxTasksPerChild: tasks,
		Initializer: initFn, Bootstrap: rt.bootstrap, Pickle: rt.pickle, FormatException: rt.remoteTraceback})
	if err != nil {
		return nil, err
	}
	return &executorValue{rt: rt, class: "ProcessPoolExecutor", ex: p, process: p}, nil
}

func (rt *runtime) newFuture(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 0); err != nil {
		return nil, err
	}
	setLine(th)
	return rt.futureValue(sim.NewFuture(ctxOf(th))), nil
}

// wait is concurrent.futures.wait(fs, timeout=None, return_when=ALL_COMPLETED).
func (rt *runtime) wait(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	var fsArg starlark.Value
	var timeout starlark.Value = starlark.None
	returnWhen := string(sim.AllCompleted)
	if err := starlark.UnpackArgs(b.Name(), args, kw, "fs", &fsArg, "timeout?", &timeout, "return_when?", &returnWhen); err != nil {
		return nil, err
	}
	fs, _, err := futuresOf("wait", fsArg)
	if err != nil {
		return nil, err
	}
	d, err := timeoutArg("wait", timeout)
	if err != nil {
		return nil, err
	}
	setLine(th)
	done, notDone, err := sim.Wait(ctxOf(th), fs, d, sim.ReturnWhen(returnWhen))
	if err != nil {
		return nil, err
	}
	return &doneAndNotDone{done: rt.futureSet(done), notDone: rt.futureSet(notDone)}, nil
}

// futureSet makes a Python set of futures.
func (rt *runtime) futureSet(fs []*sim.Future) *starlark.Set {
	s := starlark.NewSet(len(fs))
	for _, f := range fs {
		s.Insert(rt.futureValue(f))
	}
	return s
}

// asCompleted is concurrent.futures.as_completed(fs, timeout=None): a generator.
func (rt *runtime) asCompleted(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	var fsArg starlark.Value
	var timeout starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kw, "fs", &fsArg, "timeout?", &timeout); err != nil {
		return nil, err
	}
	fs, _, err := futuresOf("as_completed", fsArg)
	if err != nil {
		return nil, err
	}
	d, err := timeoutArg("as_completed", timeout)
	if err != nil {
		return nil, err
	}
	seq := func(ctx context.Context) iter.Seq2[starlark.Value, error] {
		return func(yield func(starlark.Value, error) bool) {
			for f, err := range sim.AsCompleted(ctx, fs, d) {
				var v starlark.Value
				if f != nil {
					v = rt.futureValue(f)
				}
				if !yield(v, err) {
					return
				}
			}
		}
	}
	return &pyIterator{rt: rt, name: "as_completed", seq: seq}, nil
}

// doneAndNotDone is the DoneAndNotDoneFutures named tuple wait returns.
type doneAndNotDone struct{ done, notDone *starlark.Set }

var (
	_ starlark.Indexable = (*doneAndNotDone)(nil)
	_ starlark.HasAttrs  = (*doneAndNotDone)(nil)
	_ starlark.Iterable  = (*doneAndNotDone)(nil)
)

func (d *doneAndNotDone) String() string {
	return "DoneAndNotDoneFutures(done=" + Repr(d.done) + ", not_done=" + Repr(d.notDone) + ")"
}
func (d *doneAndNotDone) Type() string         { return "DoneAndNotDoneFutures" }
func (d *doneAndNotDone) Freeze()              {}
func (d *doneAndNotDone) Truth() starlark.Bool { return true }
func (d *doneAndNotDone) Hash() (uint32, error) {
	return 0, fmt.Errorf("unhashable type: 'DoneAndNotDoneFutures'")
}
func (d *doneAndNotDone) Len() int { return 2 }
func (d *doneAndNotDone) Index(i int) starlark.Value {
	if i == 0 {
		return d.done
	}
	return d.notDone
}
func (d *doneAndNotDone) Iterate() starlark.Iterator {
	return starlark.Tuple{d.done, d.notDone}.Iterate()
}
func (d *doneAndNotDone) AttrNames() []string { return []string{"done", "not_done"} }
func (d *doneAndNotDone) Attr(name string) (starlark.Value, error) {
	switch name {
	case "done":
		return d.done, nil
	case "not_done":
		return d.notDone, nil
	}
	return nil, nil
}
