package script

import (
	"errors"
	"fmt"
	"regexp"

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
	ModuleNotFound    = sim.NewClass("ModuleNotFoundError", sim.NewClass("ImportError", sim.ExceptionClass))
	AssertionError    = sim.NewClass("AssertionError", sim.ExceptionClass)
	StopIteration     = sim.NewClass("StopIteration", sim.ExceptionClass)
	OverflowError     = sim.NewClass("OverflowError", ArithmeticError)
)

// exceptionClasses are the classes scripts can name, by name.
var exceptionClasses = []*sim.Class{
	sim.BaseException, sim.ExceptionClass, sim.SystemExit, sim.KeyboardInterrupt, sim.RuntimeError,
	sim.ValueError, sim.TypeError, sim.OSError, sim.TimeoutError, ArithmeticError, ZeroDivisionError,
	LookupError, KeyError, IndexError, NameError, AttributeError, RecursionError, NotImplemented,
	AssertionError, StopIteration, OverflowError,
}

// futuresClasses are the exception classes of concurrent.futures.
var futuresClasses = map[string]*sim.Class{
	"CancelledError":    sim.CancelledError,
	"TimeoutError":      sim.TimeoutError,
	"InvalidStateError": sim.InvalidStateError,
	"BrokenExecutor":    sim.BrokenExecutor,
}

// starlarkErrors maps the interpreter's own error messages to the Python exception the same operation
// raises in CPython, with CPython's message.
var starlarkErrors = []struct {
	re    *regexp.Regexp
	class *sim.Class
	msg   string // replacement: "" keeps the original, "$1" style refers to the match
}{
	{regexp.MustCompile(`^floored division by zero$`), ZeroDivisionError, "integer division or modulo by zero"},
	{regexp.MustCompile(`^integer modulo by zero$`), ZeroDivisionError, "integer division or modulo by zero"},
	{regexp.MustCompile(`^floating-point division by zero$`), ZeroDivisionError, "float division by zero"},
	{regexp.MustCompile(`^division by zero$`), ZeroDivisionError, "division by zero"},
	{regexp.MustCompile(`^key (.*) not in dict$`), KeyError, "$1"},
	{regexp.MustCompile(`^index (-?\d+) out of range: .*list.*$`), IndexError, "list index out of range"},
	{regexp.MustCompile(`^index (-?\d+) out of range: .*tuple.*$`), IndexError, "tuple index out of range"},
	{regexp.MustCompile(`^index (-?\d+) out of range.*$`), IndexError, "index out of range"},
	{regexp.MustCompile(`^string has no \.(\w+) field or method$`), AttributeError, "'str' object has no attribute '$1'"},
	{regexp.MustCompile(`^(.*) has no \.(\w+) field or method$`), AttributeError, "'$1' object has no attribute '$2'"},
	{regexp.MustCompile(`^global variable (\w+) referenced before assignment$`), NameError, "name '$1' is not defined"},
	{regexp.MustCompile(`^local variable (\w+) referenced before assignment$`), sim.NewClass("UnboundLocalError", NameError), "local variable '$1' referenced before assignment"},
	{regexp.MustCompile(`^float: invalid literal.*$`), sim.ValueError, ""},
	{regexp.MustCompile(`^function (\w+) called recursively$`), RecursionError, "maximum recursion depth exceeded"},
	{regexp.MustCompile(`^unknown binary op: (\w+) (\S+) (\w+)$`), sim.TypeError, "unsupported operand type(s) for $2: '$1' and '$3'"},
	{regexp.MustCompile(`^invalid call of non-function \((\w+)\)$`), sim.TypeError, "'$1' object is not callable"},
	{regexp.MustCompile(`^(\w+): (missing|got unexpected|got \d+ arguments|accepts no).*$`), sim.TypeError, ""},
	{regexp.MustCompile(`^unhashable type: (\w+)$`), sim.TypeError, "unhashable type: '$1'"},
	{regexp.MustCompile(`^(\w+): got (\w+), want .*$`), sim.TypeError, ""},
	{regexp.MustCompile(`^(\w+): .*$`), sim.ValueError, ""},
}

// intLiteralErr is Starlark's error for int("x"), whose literal Python quotes.
var intLiteralErr = regexp.MustCompile(`(?s)^int: invalid literal with base (\d+): (.*)$`)

// pyException turns any error a script meets into the Python exception CPython raises for it: our own
// exceptions pass through; interpreter errors are mapped by message; anything else is an Exception.
func pyException(err error) *sim.Exception {
	var e *sim.Exception
	if errors.As(err, &e) {
		return e
	}
	var d *Exception
	if errors.As(err, &d) {
		return sim.NewException(classNamed(d.Type), d.Msg)
	}
	var ev *starlark.EvalError
	msg := err.Error()
	if errors.As(err, &ev) {
		if ev.Unwrap() != nil && ev.Unwrap() != err {
			return pyException(ev.Unwrap())
		}
		msg = ev.Msg
	}
	if m := intLiteralErr.FindStringSubmatch(msg); m != nil {
		// Python shows the literal's repr: invalid literal for int() with base 10: 'x'
		return sim.NewException(sim.ValueError, "invalid literal for int() with base "+m[1]+": "+Repr(starlark.String(m[2])))
	}
	for _, m := range starlarkErrors {
		sub := m.re.FindStringSubmatchIndex(msg)
		if sub == nil {
			continue
		}
		out := msg
		if m.msg != "" {
			out = string(m.re.ExpandString(nil, m.msg, msg, sub))
		}
		return sim.NewException(m.class, out)
	}
	return sim.NewException(sim.ExceptionClass, msg)
}

// classNamed returns the built-in class of that name, or a new subclass of Exception.
func classNamed(name string) *sim.Class {
	for _, c := range exceptionClasses {
		if c.Name == name {
			return c
		}
	}
	if c, ok := futuresClasses[name]; ok {
		return c
	}
	return sim.NewClass(name, sim.ExceptionClass)
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
	return nil, nil
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
	default:
		e.exc.Message = Repr(args)
	}
	return e, nil
}

func qualName(c *sim.Class) string {
	switch c {
	case sim.CancelledError, sim.InvalidStateError, sim.FuturesError:
		return "concurrent.futures._base." + c.Name
	case sim.BrokenProcessPool:
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
