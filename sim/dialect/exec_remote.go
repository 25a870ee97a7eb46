package script

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/futurescope/futurescope/sim"
)

// A worker process of a ProcessPoolExecutor is isolated as a real one is. It starts by re-running the
// script's top level as a module named "__mp_main__" (spawn's way), which gives it its own globals:
// code under `if __name__ == "__main__":` does not run there. Two things differ from spawn, so that
// scripts written for fork (the tutorial's, which have no main guard) still work: the re-run prints
// nothing, and it stops quietly where the script first makes an executor, starts a thread or sleeps,
// keeping the definitions made so far. Calls, arguments and results cross the process boundary
// through pickle's rules: functions by reference (a lambda or a nested function cannot cross), data
// copied, locks, events, futures and executors refused.

type bootKey struct{}

// errBootstrap ends a worker's re-run of the script where it would start concurrent work.
var errBootstrap = errors.New("futurescope: the worker's re-import stops here")

// bootstrap re-runs the script in a new worker process.
func (rt *runtime) bootstrap(ctx context.Context) error {
	p := sim.CurrentProcess(ctx)
	p.SetValue(bootKey{}, true)
	defer p.SetValue(bootKey{}, nil)
	_, err := rt.initModule(ctx, "__mp_main__")
	if err != nil && !errors.Is(err, errBootstrap) {
		return rt.taskError(err)
	}
	return nil
}

// bootstrapping reports whether th's process is still re-running the script.
func (rt *runtime) bootstrapping(th *starlark.Thread) bool {
	return sim.CurrentProcess(ctxOf(th)).Value(bootKey{}) != nil
}

// remoteTask is the task of every ProcessPoolExecutor.submit: it runs the pickled call it was given.
func (rt *runtime) remoteTask(ctx context.Context) (any, error) {
	return rt.runRemote(ctx, sim.Payload(ctx).(*call))
}

// runRemote runs a pickled call in the running (worker) process.
func (rt *runtime) runRemote(ctx context.Context, c *call) (any, error) {
	fn, err := rt.unpickle(ctx, c.fn)
	if err != nil {
		return nil, err
	}
	args, err := rt.unpickle(ctx, c.args)
	if err != nil {
		return nil, err
	}
	callable, ok := fn.(starlark.Callable)
	if !ok {
		return nil, typeErr("%s", fmt.Sprintf("'%s' object is not callable", fn.Type()))
	}
	return rt.runCall(ctx, &call{fn: callable, args: args.(starlark.Tuple), kwargs: c.kwargs})
}

// A funcRef is a module-level function as pickle sends it: by name, looked up on the other side.
type funcRef struct{ name string }

func (f *funcRef) String() string        { return "<function " + f.name + ">" }
func (f *funcRef) Type() string          { return "function" }
func (f *funcRef) Freeze()               {}
func (f *funcRef) Truth() starlark.Bool  { return true }
func (f *funcRef) Hash() (uint32, error) { return starlark.String(f.name).Hash() }
func (f *funcRef) Name() string          { return f.name }
func (f *funcRef) CallInternal(*starlark.Thread, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return nil, fmt.Errorf("function %s was not unpickled", f.name)
}

// pickle is the process pool's copy hook: a payload (*call, or a chunk of them) on its way to a
// worker, or a result on its way back.
func (rt *runtime) pickle(v any) (any, error) {
	switch v := v.(type) {
	case nil:
		return nil, nil
	case *call:
		return rt.pickleCall(v)
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			c, err := rt.pickle(x)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	case starlark.Value:
		return rt.copyValue(v)
	}
	return v, nil
}

func (rt *runtime) pickleCall(c *call) (*call, error) {
	fn, err := rt.copyValue(c.fn)
	if err != nil {
		return nil, err
	}
	args, err := rt.copyValue(c.args)
	if err != nil {
		return nil, err
	}
	kwargs := make([]starlark.Tuple, len(c.kwargs))
	for i, kv := range c.kwargs {
		x, err := rt.copyValue(kv[1])
		if err != nil {
			return nil, err
		}
		kwargs[i] = starlark.Tuple{kv[0], x}
	}
	return &call{fn: fn.(starlark.Callable), args: args.(starlark.Tuple), kwargs: kwargs}, nil
}

// copyValue copies v as pickle would, or fails as pickle would.
func (rt *runtime) copyValue(v starlark.Value) (starlark.Value, error) {
	switch v := v.(type) {
	case starlark.NoneType, starlark.Bool, starlark.Int, starlark.Float, starlark.String, starlark.Bytes,
		*excValue, *excClass, *funcRef, *Type: // classes (int, ValueError) go by reference
		return v, nil
	case starlark.Tuple:
		return rt.copyElems(v)
	case *starlark.List:
		elems, err := rt.copyElems(tupleOf(v))
		if err != nil {
			return nil, err
		}
		return starlark.NewList(elems), nil
	case *starlark.Dict:
		d := starlark.NewDict(v.Len())
		for _, kv := range v.Items() {
			k, err := rt.copyValue(kv[0])
			if err != nil {
				return nil, err
			}
			x, err := rt.copyValue(kv[1])
			if err != nil {
				return nil, err
			}
			d.SetKey(k, x)
		}
		return d, nil
	case *starlark.Set:
		s := starlark.NewSet(v.Len())
		for _, x := range tupleOf(v) {
			c, err := rt.copyValue(x)
			if err != nil {
				return nil, err
			}
			s.Insert(c)
		}
		return s, nil
	case *starlark.Function:
		return rt.pickleFunction(v)
	case *starlark.Builtin:
		if v.Receiver() != nil {
			return rt.copyValue(v.Receiver())
		}
		return v, nil
	}
	return nil, typeErr("%s", fmt.Sprintf("cannot pickle '%s' object", pickleTypeName(v)))
}

func (rt *runtime) copyElems(t starlark.Tuple) (starlark.Tuple, error) {
	out := make(starlark.Tuple, len(t))
	for i, x := range t {
		c, err := rt.copyValue(x)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

func tupleOf(v starlark.Iterable) starlark.Tuple {
	var out starlark.Tuple
	it := v.Iterate()
	defer it.Done()
	var x starlark.Value
	for it.Next(&x) {
		out = append(out, x)
	}
	return out
}

// pickleFunction sends a function by reference: only a module-level function can go.
func (rt *runtime) pickleFunction(fn *starlark.Function) (starlark.Value, error) {
	if fn.Name() == "lambda" {
		return nil, sim.NewException(sim.PicklingError, fmt.Sprintf(
			"Can't pickle <function <lambda> at %#x>: attribute lookup <lambda> on __main__ failed", 0x7f3a5e000000+int(fn.Position().Line)*0x40))
	}
	if g := fn.Globals(); g[fn.Name()] != fn {
		return nil, sim.NewException(AttributeError, fmt.Sprintf("Can't pickle local object '%s'", rt.qualName(fn)))
	}
	return &funcRef{name: fn.Name()}, nil
}

// qualName is a nested function's Python __qualname__ ("outer.<locals>.inner"), found from the source.
func (rt *runtime) qualName(fn *starlark.Function) string {
	lines := strings.Split(string(rt.opts.Source), "\n")
	line := int(fn.Position().Line) - 1
	if line < 0 || line >= len(lines) {
		return fn.Name()
	}
	indent := len(lines[line]) - len(strings.TrimLeft(lines[line], " \t"))
	for i := line - 1; i >= 0 && indent > 0; i-- {
		s := strings.TrimLeft(lines[i], " \t")
		in := len(lines[i]) - len(s)
		if in < indent && strings.HasPrefix(s, "def ") {
			name, _, _ := strings.Cut(strings.TrimPrefix(s, "def "), "(")
			return strings.TrimSpace(name) + ".<locals>." + fn.Name()
		}
		if in < indent && s != "" && !strings.HasPrefix(s, "#") {
			indent = in
		}
	}
	return fn.Name()
}

func pickleTypeName(v starlark.Value) string {
	switch v.(type) {
	case *lockValue, *eventValue:
		return "_thread.lock"
	case *futureValue:
		return "_thread.RLock"
	case *executorValue, *threadValue:
		return "_thread.lock"
	}
	return v.Type()
}

// unpickle resolves the function references in a pickled value against the running process's globals.
func (rt *runtime) unpickle(ctx context.Context, v starlark.Value) (starlark.Value, error) {
	switch v := v.(type) {
	case *funcRef:
		g, _ := sim.CurrentProcess(ctx).Value(globalsKey{}).(starlark.StringDict)
		if fn, ok := g[v.name]; ok {
			return fn, nil
		}
		return nil, sim.NewException(AttributeError, fmt.Sprintf("Can't get attribute '%s' on <module '__mp_main__'>", v.name))
	case starlark.Tuple:
		out := make(starlark.Tuple, len(v))
		for i, x := range v {
			u, err := rt.unpickle(ctx, x)
			if err != nil {
				return nil, err
			}
			out[i] = u
		}
		return out, nil
	case *starlark.List:
		for i := range v.Len() {
			u, err := rt.unpickle(ctx, v.Index(i))
			if err != nil {
				return nil, err
			}
			v.SetIndex(i, u)
		}
	}
	return v, nil
}
