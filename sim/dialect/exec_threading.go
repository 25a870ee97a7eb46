package script

import (
	"context"
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"github.com/futurescope/futurescope/sim"
)

// threadingModule is the part of threading that lessons use: Thread, Event, Lock, current_thread,
// main_thread, get_ident, active_count.
func (rt *runtime) threadingModule() *starlarkstruct.Module {
	return &starlarkstruct.Module{Name: "threading", Members: starlark.StringDict{
		"Thread":         starlark.NewBuiltin("Thread", rt.newThread),
		"Event":          starlark.NewBuiltin("Event", newEvent),
		"Lock":           starlark.NewBuiltin("Lock", newLock),
		"RLock":          starlark.NewBuiltin("RLock", newLock),
		"current_thread": starlark.NewBuiltin("current_thread", rt.currentThreadBuiltin),
		"main_thread":    starlark.NewBuiltin("main_thread", rt.mainThread),
		"get_ident":      starlark.NewBuiltin("get_ident", getIdent),
	}}
}

// A threadValue is a threading.Thread: made by Thread(...) and started by start(), or the view of a
// running thread that current_thread() returns.
type threadValue struct {
	rt     *runtime
	t      *sim.Thread
	name   string
	target *call
	daemon bool
}

var _ starlark.HasAttrs = (*threadValue)(nil)

func (v *threadValue) String() string {
	state := "initial"
	if v.t != nil {
		state = "started"
		if !v.t.Alive() {
			state = "stopped"
		}
	}
	return fmt.Sprintf("<Thread(%s, %s)>", v.threadName(), state)
}
func (v *threadValue) Type() string          { return "Thread" }
func (v *threadValue) Freeze()               {}
func (v *threadValue) Truth() starlark.Bool  { return true }
func (v *threadValue) Hash() (uint32, error) { return starlark.String(v.threadName()).Hash() }
func (v *threadValue) AttrNames() []string {
	return []string{"daemon", "ident", "is_alive", "join", "name", "native_id", "start"}
}

func (v *threadValue) threadName() string {
	if v.t != nil {
		return v.t.Name()
	}
	return v.name
}

func (v *threadValue) Attr(name string) (starlark.Value, error) {
	switch name {
	case "name":
		return starlark.String(v.threadName()), nil
	case "daemon":
		return starlark.Bool(v.daemon), nil
	case "ident", "native_id":
		if v.t == nil {
			return starlark.None, nil
		}
		return starlark.MakeInt(identOf(v.t)), nil
	case "start":
		return method(name, v.start), nil
	case "join":
		return method(name, v.join), nil
	case "is_alive":
		return method(name, func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return starlark.Bool(v.t != nil && v.t.Alive()), nil
		}), nil
	}
	return nil, nil
}

// identOf is a thread's get_ident(): a large number, as CPython's are, but stable across runs.
func identOf(t *sim.Thread) int { return 139_800_000_000_000 + t.ID()*8_392_704 }

func (rt *runtime) newThread(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	var group, target, name, daemon starlark.Value = starlark.None, starlark.None, starlark.None, starlark.None
	var targs starlark.Tuple
	var tkwargs *starlark.Dict
	if err := starlark.UnpackArgs(b.Name(), args, kw, "group?", &group, "target?", &target, "name?", &name,
		"args?", &targs, "kwargs?", &tkwargs, "daemon?", &daemon); err != nil {
		return nil, err
	}
	v := &threadValue{rt: rt, daemon: daemon == starlark.True}
	if s, ok := starlark.AsString(name); ok {
		v.name = s
	}
	if target != starlark.None {
		fn, ok := target.(starlark.Callable)
		if !ok {
			return nil, typeErr("%s", fmt.Sprintf("'%s' object is not callable", target.Type()))
		}
		v.target = &call{fn: fn, args: targs}
		if tkwargs != nil {
			v.target.kwargs = tkwargs.Items()
		}
	}
	return v, nil
}

func (v *threadValue) start(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	if v.t != nil {
		return nil, sim.NewException(sim.RuntimeError, "threads can only be started once")
	}
	if v.rt.bootstrapping(th) {
		return nil, errBootstrap
	}
	setLine(th)
	ctx := ctxOf(th)
	if v.name == "" {
		target := ""
		if v.target != nil {
			target = v.target.fn.Name()
		}
		v.name = sim.CurrentProcess(ctx).NewThreadName(target)
	}
	rt := v.rt
	v.t = sim.Go(ctx, v.name, v.daemon, func(ctx context.Context) error {
		if v.target == nil {
			return nil
		}
		_, err := rt.runCall(ctx, v.target)
		if err != nil {
			rt.threadException(ctx, v.name, err)
		}
		return nil
	})
	return starlark.None, nil
}

// threadException prints what threading.excepthook prints for an uncaught exception in a thread.
func (rt *runtime) threadException(ctx context.Context, name string, err error) {
	exc := pyException(err)
	rt.suggest(err, exc)
	fmt.Fprintf(rt.opts.Stderr, "Exception in thread %s:\n%s\n", name, rt.traceback(err, exc))
}

func (v *threadValue) join(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	var timeout starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kw, "timeout?", &timeout); err != nil {
		return nil, err
	}
	if v.t == nil {
		return nil, sim.NewException(sim.RuntimeError, "cannot join thread before it is started")
	}
	d, err := timeoutArg("join", timeout)
	if err != nil {
		return nil, err
	}
	setLine(th)
	v.t.Join(ctxOf(th), d)
	return starlark.None, nil
}

func (rt *runtime) currentThreadBuiltin(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 0); err != nil {
		return nil, err
	}
	t := sim.CurrentThread(ctxOf(th))
	return &threadValue{rt: rt, t: t, name: t.Name()}, nil
}

func (rt *runtime) mainThread(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	t := sim.CurrentThread(ctxOf(th)).Process().MainThread()
	return &threadValue{rt: rt, t: t, name: t.Name()}, nil
}

func getIdent(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	return starlark.MakeInt(identOf(sim.CurrentThread(ctxOf(th)))), nil
}

// An eventValue is threading.Event.
type eventValue struct{ e *sim.Event }

func newEvent(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 0); err != nil {
		return nil, err
	}
	return &eventValue{sim.NewEvent(ctxOf(th))}, nil
}

func (v *eventValue) String() string        { return "<threading.Event object>" }
func (v *eventValue) Type() string          { return "Event" }
func (v *eventValue) Freeze()               {}
func (v *eventValue) Truth() starlark.Bool  { return true }
func (v *eventValue) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable type: 'Event'") }
func (v *eventValue) AttrNames() []string   { return []string{"clear", "is_set", "set", "wait"} }

func (v *eventValue) Attr(name string) (starlark.Value, error) {
	switch name {
	case "set", "clear", "is_set":
		return method(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 0); err != nil {
				return nil, err
			}
			switch b.Name() {
			case "set":
				setLine(th)
				v.e.Set()
			case "clear":
				v.e.Clear()
			default:
				return starlark.Bool(v.e.IsSet()), nil
			}
			return starlark.None, nil
		}), nil
	case "wait":
		return method(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			var timeout starlark.Value = starlark.None
			if err := starlark.UnpackArgs(b.Name(), args, kw, "timeout?", &timeout); err != nil {
				return nil, err
			}
			d, err := timeoutArg("wait", timeout)
			if err != nil {
				return nil, err
			}
			setLine(th)
			return starlark.Bool(v.e.Wait(ctxOf(th), d)), nil
		}), nil
	}
	return nil, nil
}

// A lockValue is threading.Lock (and, as a simplification, RLock).
type lockValue struct{ l *sim.Lock }

func newLock(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 0); err != nil {
		return nil, err
	}
	return &lockValue{sim.NewLock(ctxOf(th))}, nil
}

func (v *lockValue) String() string {
	if v.l.Locked() {
		return "<locked _thread.lock object>"
	}
	return "<unlocked _thread.lock object>"
}
func (v *lockValue) Type() string          { return "lock" }
func (v *lockValue) Freeze()               {}
func (v *lockValue) Truth() starlark.Bool  { return true }
func (v *lockValue) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable type: 'lock'") }
func (v *lockValue) AttrNames() []string   { return []string{"acquire", "locked", "release"} }

// Enter and Exit make `with lock:` acquire and release it.
func (v *lockValue) Enter(th *starlark.Thread) (starlark.Value, error) {
	v.l.Acquire(ctxOf(th), sim.Forever)
	return starlark.True, nil
}
func (v *lockValue) Exit(th *starlark.Thread) error { return v.l.Release() }

func (v *lockValue) Attr(name string) (starlark.Value, error) {
	switch name {
	case "locked":
		return method(name, func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return starlark.Bool(v.l.Locked()), nil
		}), nil
	case "release":
		return method(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			return starlark.None, v.l.Release()
		}), nil
	case "acquire":
		return method(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			blocking := true
			var timeout starlark.Value = starlark.MakeInt(-1)
			if err := starlark.UnpackArgs(b.Name(), args, kw, "blocking?", &blocking, "timeout?", &timeout); err != nil {
				return nil, err
			}
			d := sim.Forever
			if f, ok := starlark.AsFloat(timeout); ok && f >= 0 {
				d = seconds(f)
			}
			if !blocking {
				d = 0
			}
			setLine(th)
			return starlark.Bool(v.l.Acquire(ctxOf(th), d)), nil
		}), nil
	}
	return nil, nil
}
