package script

import (
	"errors"
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/futurescope/futurescope/sim"
)

// Python's built-in exception classes that scripts can meet, beyond those package sim raises.
var (
	ArithmeticError   = sim.NewClass("ArithmeticError", sim.ExceptionClass)
	ZeroDivisionError = sim.NewClass("ZeroDivisionError", ArithmeticError)
	LookupError       = sim.NewClass("LookupError", sim.ExceptionClass)
	KeyError          = sim.NewClass("KeyError", LookupError)
	IndexError        = sim.NewClass("IndexError", LookupError)
	NameError         = sim.NewClass("NameError", sim.ExceptionClass)
	AttributeError    = sim.NewClass("AttributeError", sim.ExceptionClass)
	RecursionError    = sim.NewClass("RecursionError", sim.RuntimeError)
	NotImplemented    = sim.NewClass("NotImplementedError", sim.RuntimeError)
	ImportError       = sim.NewClass("ImportError", sim.ExceptionClass)
	ModuleNotFound    = sim.NewClass("ModuleNotFoundError", ImportError)
	AssertionError    = sim.NewClass("AssertionError", sim.ExceptionClass)
	StopIteration     = sim.NewClass("StopIteration", sim.ExceptionClass)
	OverflowError     = sim.NewClass("OverflowError", ArithmeticError)
	UnboundLocalError = sim.NewClass("UnboundLocalError", NameError)
)

// exceptionClasses are the classes scripts can name, by name.
var exceptionClasses = []*sim.Class{
	sim.BaseException, sim.ExceptionClass, sim.SystemExit, sim.KeyboardInterrupt, sim.RuntimeError,
	sim.ValueError, sim.TypeError, sim.OSError, sim.TimeoutError, ArithmeticError, ZeroDivisionError,
	LookupError, KeyError, IndexError, NameError, AttributeError, RecursionError, NotImplemented,
	AssertionError, StopIteration, OverflowError, UnboundLocalError,
}

// futuresClasses are the exception classes of concurrent.futures.
var futuresClasses = map[string]*sim.Class{
	"CancelledError":    sim.CancelledError,
	"TimeoutError":      sim.TimeoutError,
	"InvalidStateError": sim.InvalidStateError,
	"BrokenExecutor":    sim.BrokenExecutor,
}

// pyException turns any error a script meets into the Python exception CPython raises for it: our own
// exceptions pass through; interpreter errors are mapped by message; anything else is an Exception.
func pyException(err error) *sim.Exception {
	var e *sim.Exception
	if errors.As(err, &e) {
		return e
	}
	var ev *starlark.EvalError
	msg := err.Error()
	if errors.As(err, &ev) {
		if ev.Unwrap() != nil && ev.Unwrap() != err {
			return pyException(ev.Unwrap())
		}
		msg = ev.Msg
	}
	return translate(msg)
}

// An excClass is an exception class as a script value: callable (it makes an instance), usable with
// isinstance, printed as Python prints a class.
type excClass struct{ c *sim.Class }

var (
	_ starlark.Callable   = (*excClass)(nil)
	_ starlark.HasAttrs   = (*excClass)(nil)
	_ starlark.Comparable = (*excClass)(nil)
)

func (c *excClass) String() string        { return fmt.Sprintf("<class '%s'>", qualName(c.c)) }
func (c *excClass) Type() string          { return "type" }
func (c *excClass) Freeze()               {}
func (c *excClass) Truth() starlark.Bool  { return true }
func (c *excClass) Hash() (uint32, error) { return starlark.String(c.c.Name).Hash() }
func (c *excClass) Name() string          { return c.c.Name }
func (c *excClass) AttrNames() []string   { return []string{"__name__"} }

// CompareSameType makes classes compare by identity, as Python's do: type(e) == CancelledError holds
// although each type(e) is a new script value.
func (c *excClass) CompareSameType(op syntax.Token, y starlark.Value, _ int) (bool, error) {
	yc, ok := y.(*excClass) // or a *Type, whose Type() is "type" too
	same := ok && c.c == yc.c
	switch op {
	case syntax.EQL:
		return same, nil
	case syntax.NEQ:
		return !same, nil
	}
	return false, typeErr("%s", fmt.Sprintf("'%s' not supported between instances of 'type' and 'type'", op))
}

func (c *excClass) Attr(name string) (starlark.Value, error) {
	if name == "__name__" {
		return starlark.String(c.c.Name), nil
	}
	return nil, starlark.NoSuchAttrError(fmt.Sprintf("type object '%s' has no attribute '%s'", c.c.Name, name))
}

// CallInternal makes an instance: ValueError("bad") → ValueError('bad').
func (c *excClass) CallInternal(_ *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, fmt.Errorf("%s() takes no keyword arguments", c.c.Name)
	}
	e := &excValue{exc: sim.NewException(c.c, ""), args: args}
	switch len(args) {
	case 0:
	case 1:
		e.exc.Message = Str(args[0])
		if c.c.IsSubclass(KeyError) {
			e.exc.Message = Repr(args[0]) // str(KeyError('k')) is "'k'"
		}
	default:
		e.exc.Message = Repr(args)
	}
	return e, nil
}

func qualName(c *sim.Class) string {
	switch c {
	case sim.CancelledError, sim.InvalidStateError, sim.FuturesError:
		return "concurrent.futures._base." + c.Name
	case sim.BrokenProcessPool, sim.RemoteTraceback:
		return "concurrent.futures.process." + c.Name
	case sim.BrokenThreadPool:
		return "concurrent.futures.thread." + c.Name
	}
	return c.Name
}

// An excValue is an exception instance as a script value: what f.exception() returns.
type excValue struct {
	exc  *sim.Exception
	args starlark.Tuple
}

var _ starlark.HasAttrs = (*excValue)(nil)

func newExcValue(e *sim.Exception) *excValue {
	v := &excValue{exc: e}
	if e.Message != "" {
		v.args = starlark.Tuple{starlark.String(e.Message)}
	}
	if key, ok := literalValue(e.Message); ok && e.Class.IsSubclass(KeyError) {
		v.args = starlark.Tuple{key} // a KeyError's message is repr(key)
	}
	return v
}

// excValueOf returns the script value of an exception: the very object the script made, if it made it
// (set_exception(e), or e re-raised by result(), keeps e's args and identity), else a new one, which
// later calls return again (f.exception() is f.exception()).
func (rt *runtime) excValueOf(e *sim.Exception) *excValue {
	if v := rt.excs[e]; v != nil {
		return v
	}
	v := newExcValue(e)
	rt.excs[e] = v
	return v
}

// String is the exception's str(): its message.
func (e *excValue) String() string       { return e.exc.Message }
func (e *excValue) Type() string         { return e.exc.Class.Name }
func (e *excValue) Freeze()              {}
func (e *excValue) Truth() starlark.Bool { return true }
func (e *excValue) Hash() (uint32, error) {
	return 0, fmt.Errorf("unhashable type: '%s'", e.exc.Class.Name)
}
func (e *excValue) AttrNames() []string { return []string{"args", "__class__"} }

// reprExc is the exception's repr(): ValueError('bad').
func reprExc(e *excValue) string {
	if len(e.args) == 1 {
		return e.exc.Class.Name + "(" + Repr(e.args[0]) + ")"
	}
	return e.exc.Class.Name + Repr(e.args)
}

func (e *excValue) Attr(name string) (starlark.Value, error) {
	switch name {
	case "args":
		if e.args == nil {
			return starlark.Tuple{}, nil
		}
		return e.args, nil
	case "__class__":
		return &excClass{e.exc.Class}, nil
	}
	return nil, nil
}
