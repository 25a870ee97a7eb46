package script

import (
	"context"
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/futurescope/futurescope/sim"
)

// An executorValue is a ThreadPoolExecutor or ProcessPoolExecutor as a script value.
type executorValue struct {
	rt      *runtime
	class   string
	ex      sim.Executor
	process *sim.ProcessPool // nil for a thread pool
}

var _ starlark.HasAttrs = (*executorValue)(nil)

func (e *executorValue) String() string {
	return fmt.Sprintf("<concurrent.futures.%s object at %#x>", e.qualClass(), 0x7f3a5d000000+e.id()*0x310)
}

func (e *executorValue) qualClass() string {
	if e.process != nil {
		return "process.ProcessPoolExecutor"
	}
	return "thread.ThreadPoolExecutor"
}

func (e *executorValue) id() int {
	if e.process != nil {
		return e.process.ID()
	}
	return e.ex.(*sim.ThreadPool).ID()
}

func (e *executorValue) Type() string          { return e.class }
func (e *executorValue) Freeze()               {}
func (e *executorValue) Truth() starlark.Bool  { return true }
func (e *executorValue) Hash() (uint32, error) { return uint32(e.id()) * 2246822519, nil }

func (e *executorValue) AttrNames() []string {
	names := []string{"__enter__", "__exit__", "_max_workers", "map", "shutdown", "submit"}
	if e.process != nil {
		names = append(names, "kill_workers", "terminate_workers")
	} else {
		names = append(names, "_threads")
	}
	return names
}

// Attr returns the attribute name; a method is bound to the executor.
func (e *executorValue) Attr(name string) (starlark.Value, error) {
	x, err := e.attr(name)
	return bindMethod(e, x, err)
}

func (e *executorValue) attr(name string) (starlark.Value, error) {
	switch name {
	case "submit":
		return method(name, e.submit), nil
	case "map":
		return method(name, e.mapMethod), nil
	case "shutdown":
		return method(name, e.shutdown), nil
	case "__enter__":
		return method(name, func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return e, nil
		}), nil
	case "__exit__":
		return method(name, func(th *starlark.Thread, _ *starlark.Builtin, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			return starlark.False, e.Exit(th)
		}), nil
	case "_threads":
		// ThreadPoolExecutor._threads: the set of worker threads started so far (they stay in it after
		// they exit, as in CPython).
		tp, ok := e.ex.(*sim.ThreadPool)
		if !ok {
			return nil, nil
		}
		set := starlark.NewSet(len(tp.Threads()))
		for _, t := range tp.Threads() {
			if err := set.Insert(&threadValue{rt: e.rt, t: t, name: t.Name()}); err != nil {
				return nil, err
			}
		}
		return set, nil
	case "_max_workers":
		if e.process != nil {
			return starlark.MakeInt(e.process.MaxWorkers()), nil
		}
		return starlark.MakeInt(e.ex.(*sim.ThreadPool).MaxWorkers()), nil
	case "terminate_workers", "kill_workers":
		if e.process == nil {
			return nil, nil
		}
		return method(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 0); err != nil {
				return nil, err
			}
			setLine(th)
			if b.Name() == "kill_workers" {
				e.process.KillWorkers(ctxOf(th))
			} else {
				e.process.TerminateWorkers(ctxOf(th))
			}
			return starlark.None, nil
		}), nil
	}
	return nil, nil
}

// Enter is the with statement's __enter__: it returns the executor.
func (e *executorValue) Enter(th *starlark.Thread) (starlark.Value, error) { return e, nil }

// Exit is the with statement's __exit__: shutdown(wait=True).
func (e *executorValue) Exit(th *starlark.Thread) error {
	setLine(th)
	return e.ex.Shutdown(ctxOf(th), true, false)
}

// submit is Executor.submit(fn, /, *args, **kwargs).
func (e *executorValue) submit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, typeErr("%s", "submit() missing 1 required positional argument: 'fn'")
	}
	fn, ok := args[0].(starlark.Callable)
	switch {
	case !ok && e.process != nil:
		return nil, typeErr("%s", fmt.Sprintf("'%s' object is not callable", pyTypeName(args[0])))
	case !ok:
		// submit(f(1)): as in CPython, the worker's call fails, and result() raises the TypeError.
		fn = notCallable{args[0]}
	}
	setLine(th)
	ctx := ctxOf(th)
	c := &call{fn: fn, args: args[1:], kwargs: kw}
	opts := []sim.SubmitOption{sim.Describe(fn.Name(), c.ArgsRepr()), sim.AtLine(callerLine(th))}
	var task sim.Task
	if e.process != nil {
		opts = append(opts, sim.WithPayload(c))
		task = e.rt.remoteTask
	} else {
		task = func(ctx context.Context) (any, error) { return e.rt.runCall(ctx, c) }
	}
	f, err := e.ex.Submit(ctx, task, opts...)
	if err != nil {
		return nil, err
	}
	return e.rt.futureValue(f), nil
}

// shutdown is Executor.shutdown(wait=True, *, cancel_futures=False).
func (e *executorValue) shutdown(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	wait, cancel := true, false
	if err := starlark.UnpackArgs(b.Name(), args, kw, "wait?", &wait, "cancel_futures?", &cancel); err != nil {
		return nil, err
	}
	setLine(th)
	return starlark.None, e.ex.Shutdown(ctxOf(th), wait, cancel)
}

// notCallable is what a thread pool calls for a task that is no function: calling it raises
// CPython's TypeError.
type notCallable struct{ starlark.Value }

func (n notCallable) Name() string { return Repr(n.Value) }

func (n notCallable) CallInternal(*starlark.Thread, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return nil, typeErr("'%s' object is not callable", pyTypeName(n.Value))
}

// A call is a function with its arguments, as a task runs it.
type call struct {
	fn     starlark.Callable
	args   starlark.Tuple
	kwargs []starlark.Tuple
}

// ArgsRepr writes the call's arguments as Python shows a tuple: "(1, 2)", "((1, 2),)".
func (c *call) ArgsRepr() string {
	parts := make([]string, 0, len(c.args)+len(c.kwargs))
	for _, a := range c.args {
		parts = append(parts, Repr(a))
	}
	for _, kv := range c.kwargs {
		k, _ := starlark.AsString(kv[0])
		parts = append(parts, k+"="+Repr(kv[1]))
	}
	s := "(" + strings.Join(parts, ", ")
	if len(parts) == 1 && len(c.kwargs) == 0 {
		s += ","
	}
	return s + ")"
}

// runCall runs c on the running simulated thread, turning a script error into the task's exception.
func (rt *runtime) runCall(ctx context.Context, c *call) (any, error) {
	v, err := rt.call(ctx, c.fn, c.args, c.kwargs)
	if err != nil {
		return nil, rt.taskError(err)
	}
	return v, nil
}

// callerLine returns the script line of the builtin's caller.
func callerLine(th *starlark.Thread) int {
	if th.CallStackDepth() > 1 {
		return int(th.CallFrame(1).Pos.Line)
	}
	return 0
}
