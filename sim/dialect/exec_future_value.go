package script

import (
	"context"
	"fmt"

	"go.starlark.net/starlark"

	"github.com/futurescope/futurescope/sim"
)

// A futureValue is a concurrent.futures.Future as a script value. Its result, as the future stores it,
// is a starlark.Value; its exception a *sim.Exception.
type futureValue struct {
	rt *runtime
	f  *sim.Future
}

var _ starlark.HasAttrs = (*futureValue)(nil)

// futureValues remembers the one script value of each future, so identity (is, ==, sets) holds.
func (rt *runtime) futureValue(f *sim.Future) *futureValue {
	if v := rt.futures[f]; v != nil {
		return v
	}
	v := &futureValue{rt: rt, f: f}
	rt.futures[f] = v
	return v
}

func (v *futureValue) String() string        { return v.f.String() }
func (v *futureValue) Type() string          { return "Future" }
func (v *futureValue) Freeze()               {}
func (v *futureValue) Truth() starlark.Bool  { return true }
func (v *futureValue) Hash() (uint32, error) { return uint32(v.f.ID()) * 2654435761, nil }

var futureMethods = []string{"add_done_callback", "cancel", "cancelled", "done", "exception", "result",
	"running", "set_exception", "set_result", "set_running_or_notify_cancel"}

func (v *futureValue) AttrNames() []string { return append(futureMethods, "_state") }

// Attr returns the attribute name; a method is bound to the future, and prints as Python's
// <bound method Future.result of <Future at 0x1 state=finished returned int>>.
func (v *futureValue) Attr(name string) (starlark.Value, error) {
	x, err := v.attr(name)
	return bindMethod(v, x, err)
}

func (v *futureValue) attr(name string) (starlark.Value, error) {
	f := v.f
	pred := func(p func() bool) (starlark.Value, error) {
		return method(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 0); err != nil {
				return nil, err
			}
			return pyBool(p()), nil
		}), nil
	}
	switch name {
	case "_state":
		return starlark.String(f.State().String()), nil
	case "running":
		return pred(f.Running)
	case "done":
		return pred(f.Done)
	case "cancelled":
		return pred(f.Cancelled)
	case "cancel":
		return method(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 0); err != nil {
				return nil, err
			}
			setLine(th)
			return pyBool(f.Cancel()), nil
		}), nil
	case "result", "exception":
		return method(name, v.result), nil
	case "add_done_callback":
		return method(name, v.addDoneCallback), nil
	case "set_result", "set_exception", "set_running_or_notify_cancel":
		return method(name, v.set), nil
	}
	return nil, nil
}

// result is Future.result(timeout=None) and Future.exception(timeout=None).
func (v *futureValue) result(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	var t starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kw, "timeout?", &t); err != nil {
		return nil, err
	}
	timeout, err := timeoutArg(b.Name(), t)
	if err != nil {
		return nil, err
	}
	setLine(th)
	ctx := ctxOf(th)
	if b.Name() == "exception" {
		exc, err := v.f.Exception(ctx, timeout)
		if err != nil {
			return nil, err
		}
		if exc == nil {
			return starlark.None, nil
		}
		return v.rt.excValueOf(pyException(exc)), nil
	}
	res, err := v.f.Result(ctx, timeout)
	if err != nil {
		return nil, err
	}
	return toValue(res), nil
}

// toValue turns a future's stored result into a script value.
func toValue(x any) starlark.Value {
	if v, ok := x.(starlark.Value); ok {
		return v
	}
	if x == nil {
		return starlark.None
	}
	return starlark.String(fmt.Sprint(x))
}

func (v *futureValue) addDoneCallback(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Callable
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 1, &fn); err != nil {
		return nil, err
	}
	setLine(th)
	rt := v.rt
	v.f.AddNamedDoneCallback(ctxOf(th), fn.Name(), func(ctx context.Context, f *sim.Future) error {
		_, err := rt.call(ctx, fn, starlark.Tuple{rt.futureValue(f)}, nil)
		if err != nil {
			return rt.taskError(err)
		}
		return nil
	})
	return starlark.None, nil
}

// set is set_result(v), set_exception(e) and set_running_or_notify_cancel().
func (v *futureValue) set(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	setLine(th)
	switch b.Name() {
	case "set_running_or_notify_cancel":
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 0); err != nil {
			return nil, err
		}
		ok, err := v.f.SetRunningOrNotifyCancel()
		if err != nil {
			return nil, err
		}
		return pyBool(ok), nil
	case "set_exception":
		var e starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 1, &e); err != nil {
			return nil, err
		}
		ev, ok := e.(*excValue)
		if !ok {
			return nil, fmt.Errorf("set_exception: got %s, want an exception", e.Type())
		}
		v.rt.excs[ev.exc] = ev
		return starlark.None, v.f.SetException(ev.exc)
	}
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 1, &x); err != nil {
		return nil, err
	}
	return starlark.None, v.f.SetResult(x)
}
