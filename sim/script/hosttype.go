package script

import (
	"math"
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// newType makes a class defined here, deriving from base (object if nil). Scripts can subclass it.
func newType(name, module string, base *py.Type) *py.Type {
	if base == nil {
		base = py.ObjectType
	}
	t := &py.Type{Name: name, Module: module, Bases: []*py.Type{base}, Dict: map[string]py.Object{}, HostKeeps: true}
	t.MRO = append([]*py.Type{t}, base.MRO...)
	return t
}

// A hostFunc is a built-in's body: th is the calling thread, with the simulator's unwinding guarded.
type hostFunc func(th *thread, args []py.Object, kw []string) (py.Object, error)

// A hostMethod is a method's body.
type hostMethod func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error)

// builtin makes a built-in function.
func builtin(name string, fn hostFunc) *py.Builtin {
	b := py.NewBuiltin(name, func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		th := threadOf(t)
		defer th.guard()
		th.setLine()
		return fn(th, args, kw)
	})
	b.HostKeeps = true // the simulator may hold what it is given (traverse_host.go)
	return b
}

// def adds a method to a class.
func def(t *py.Type, name string, fn hostMethod) {
	t.SetAttr(name, &py.MethodDescr{Name: name, Owner: t, Fn: func(pt *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		th := threadOf(pt)
		defer th.guard()
		th.setLine()
		return fn(th, self, args, kw)
	}})
}

// defProp adds a read-only attribute computed from the object.
func defProp(t *py.Type, name string, get func(th *thread, self py.Object) (py.Object, error)) {
	t.SetAttr(name, &py.Property{Get: py.NewBuiltin(name, func(pt *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		th := threadOf(pt)
		defer th.guard()
		return get(th, args[0])
	})})
}

// noArgs checks that a method got no arguments.
func noArgs(name string, args []py.Object) error {
	if len(args) > 0 {
		return py.Errorf(py.TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// toFloat converts a real number (an int, bool, float, or an instance of a subclass of one) to a
// float64, as CPython takes seconds: time.sleep(FloatSubclass(0.1)) works. An int too large for a
// float is an infinity of its sign (a timeout that never ends).
func toFloat(o py.Object) (float64, bool) {
	if s, ok := o.(*py.IntSub); ok {
		o = s.V // py.AsFloat refuses an int subclass's instance for now
	}
	if f, ok := py.AsFloat(o); ok {
		return f, true
	}
	if b, ok := o.(*py.BigInt); ok {
		return math.Inf(b.V.Sign()), true
	}
	return 0, false
}

// timeoutArg converts a Python timeout (None or seconds) to a sim timeout.
func timeoutArg(o py.Object) (time.Duration, error) {
	if o == nil || o == py.None {
		return sim.Forever, nil
	}
	secs, ok := toFloat(o)
	if !ok {
		return 0, py.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	return seconds(secs), nil
}

// seconds converts seconds to a duration, rounding to the nanosecond.
func seconds(secs float64) time.Duration {
	if secs > 1e9 || math.IsInf(secs, 1) {
		return sim.Forever
	}
	return time.Duration(math.Round(secs * 1e9))
}

// truth is bool(o) for the values flags take.
func truth(th *thread, o py.Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	return th.pt.Truth(o)
}

// callableName is the name a trace shows for a callable.
func callableName(fn py.Object) string {
	switch f := fn.(type) {
	case *py.Function:
		return f.Name
	case *py.Builtin:
		return f.Name
	case *py.BoundMethod:
		return callableName(f.Fn)
	case *py.Type:
		return f.Name
	case *py.MethodDescr:
		return f.Name
	}
	return fn.Type().Name
}

// isCallable reports whether o can be called.
func isCallable(o py.Object) bool {
	switch o.(type) {
	case *py.Function, *py.Builtin, *py.BoundMethod, *py.Type, *py.MethodDescr:
		return true
	}
	return o.Type().Lookup("__call__") != nil
}
