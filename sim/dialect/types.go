package script

import (
	"fmt"
	"reflect"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// A Class is a value that isinstance accepts as its second argument. *Type
// is one; a host may add its own (an exception class, Future).
type Class interface {
	starlark.Value
	// IsInstance reports whether v is an instance of the class.
	IsInstance(v starlark.Value) bool
}

// A Type is the Python class of a builtin type: int, float, str, bool,
// list, tuple, dict, set, bytes, or the type of any other value as type()
// returns it. Starlark's int, str, … are plain functions, so the dialect
// replaces them with Types: calling one converts as before (str uses Str),
// isinstance(x, int) and type(x) == int work, and it prints <class 'int'>.
// As in Python, a bool is an instance of int.
type Type struct {
	name string
	conv starlark.Callable // the conversion; nil if the type cannot be called
}

var (
	_ Class               = (*Type)(nil)
	_ starlark.Callable   = (*Type)(nil)
	_ starlark.Comparable = (*Type)(nil)
	_ starlark.HasAttrs   = (*Type)(nil)
)

// A PyTyper is a host value whose type() is a class of its own, such as an
// exception whose class is ValueError.
type PyTyper interface {
	PyType() starlark.Value
}

// typeOf returns type(v).
func typeOf(v starlark.Value) starlark.Value {
	if t, ok := v.(PyTyper); ok {
		return t.PyType()
	}
	return typeNamed(pyTypeName(v))
}

// typeNamed returns the Type called name: callable for the builtin types,
// a Type that only compares and prints for any other.
func typeNamed(name string) *Type {
	switch name {
	case "str":
		return &Type{name: name, conv: starlark.NewBuiltin("str", strBuiltin)}
	case "int":
		return &Type{name: name, conv: starlark.NewBuiltin("int", intBuiltin)}
	case "float":
		return &Type{name: name, conv: starlark.NewBuiltin("float", floatBuiltin)}
	case "bool", "list", "tuple", "dict", "set", "bytes":
		return &Type{name: name, conv: starlark.Universe[name].(starlark.Callable)}
	}
	return &Type{name: name}
}

// IsInstance reports whether v is an instance of t.
func (t *Type) IsInstance(v starlark.Value) bool {
	name := pyTypeName(v)
	return name == t.name || t.name == "int" && name == "bool"
}

// CallInternal converts its arguments as the type's Starlark function does.
func (t *Type) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if t.conv == nil {
		return nil, typeErr("cannot create '%s' instances", t.name)
	}
	if len(args) == 0 && len(kwargs) == 0 && t.name == "int" {
		return starlark.MakeInt(0), nil
	}
	if len(args) == 1 && (t.name == "list" || t.name == "tuple" || t.name == "set") {
		args = starlark.Tuple{pyIterable(args[0])}
	}
	return starlark.Call(thread, t.conv, args, kwargs)
}

// CompareSameType compares two types by name: only == and != are defined.
func (t *Type) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	switch op {
	case syntax.EQL:
		yt, ok := y.(*Type)
		return ok && t.name == yt.name, nil
	case syntax.NEQ:
		yt, ok := y.(*Type)
		return !ok || t.name != yt.name, nil
	}
	return false, typeErr("'%s' not supported between instances of 'type' and 'type'", op)
}

// Attr returns the attribute __name__, the type's name.
func (t *Type) Attr(name string) (starlark.Value, error) {
	if name == "__name__" {
		return starlark.String(t.name), nil
	}
	return nil, starlark.NoSuchAttrError(fmt.Sprintf("type object '%s' has no attribute '%s'", t.name, name))
}

// AttrNames returns the names of the attributes.
func (t *Type) AttrNames() []string { return []string{"__name__"} }

// Name returns the type's name, such as "int".
func (t *Type) Name() string { return t.name }

// String returns Python's repr of the type: <class 'int'>,
// <class 'concurrent.futures._base.Future'>.
func (t *Type) String() string {
	if q := qualNames[t.name]; q != "" {
		return fmt.Sprintf("<class '%s'>", q)
	}
	return fmt.Sprintf("<class '%s'>", t.name)
}

// qualNames are the qualified names of the host types whose class is not a builtin.
var qualNames = map[string]string{
	"Future":                  "concurrent.futures._base.Future",
	"ThreadPoolExecutor":      "concurrent.futures.thread.ThreadPoolExecutor",
	"ProcessPoolExecutor":     "concurrent.futures.process.ProcessPoolExecutor",
	"InterpreterPoolExecutor": "concurrent.futures.interpreter.InterpreterPoolExecutor",
	"DoneAndNotDoneFutures":   "concurrent.futures._base.DoneAndNotDoneFutures",
	"Thread":                  "threading.Thread",
	"Event":                   "threading.Event",
	"lock":                    "_thread.lock",
}

// Type returns "type".
func (t *Type) Type() string { return "type" }

// Freeze does nothing: a Type is immutable.
func (t *Type) Freeze() {}

// Truth returns True.
func (t *Type) Truth() starlark.Bool { return true }

// Hash hashes the type's name.
func (t *Type) Hash() (uint32, error) { return starlark.String(t.name).Hash() }

// strBuiltin implements str(x): Str(x), or "" without an argument.
func strBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value = starlark.String("")
	if err := starlark.UnpackPositionalArgs("str", args, kwargs, 0, &x); err != nil {
		return nil, err
	}
	return starlark.String(Str(x)), nil
}

// reprBuiltin implements repr(x).
func reprBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("repr", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	return starlark.String(Repr(x)), nil
}

// typeBuiltin implements type(x).
func typeBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("type", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	return typeOf(x), nil
}

// isinstanceBuiltin implements isinstance(x, class_or_tuple).
func isinstanceBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, cls starlark.Value
	if err := starlark.UnpackPositionalArgs("isinstance", args, kwargs, 2, &x, &cls); err != nil {
		return nil, err
	}
	ok, err := isInstance(x, cls)
	return starlark.Bool(ok), err
}

// isInstance reports whether x is an instance of cls, a Class or a
// (nested) tuple of them.
func isInstance(x, cls starlark.Value) (bool, error) {
	switch cls := cls.(type) {
	case Class:
		return cls.IsInstance(x), nil
	case starlark.Tuple:
		for _, c := range cls {
			if ok, err := isInstance(x, c); ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	return false, typeErr("isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// isBuiltin implements __is__(x, y), Python's "x is y". Mutable values (list, dict, set) and host
// objects (futures, executors, functions) are the same object only if they are one value. For
// None, bools, numbers, strings, tuples and types, the dialect does what CPython does for
// constants and small values: equal values of one type are the same object. (CPython may hold two
// equal large ints or strings made at run time in two objects; a script should use == for them.)
func isBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 || len(kwargs) != 0 {
		return nil, typeErr("__is__ takes 2 arguments")
	}
	return starlark.Bool(identical(args[0], args[1])), nil
}

// identical reports whether x is y.
func identical(x, y starlark.Value) bool {
	switch x.(type) {
	case starlark.NoneType, starlark.Bool, starlark.Int, starlark.Float, starlark.String, starlark.Bytes, starlark.Tuple:
		eq, err := starlark.Equal(x, y)
		return err == nil && eq && pyTypeName(x) == pyTypeName(y)
	}
	if x.Type() == "type" && y.Type() == "type" {
		eq, err := starlark.Equal(x, y)
		return err == nil && eq
	}
	tx := reflect.TypeOf(x)
	return tx == reflect.TypeOf(y) && tx.Kind() == reflect.Pointer && x == y
}
