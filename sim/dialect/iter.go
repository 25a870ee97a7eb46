package script

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// Python iterates over a str (its characters) and over bytes (their byte
// values); Starlark iterates over neither. So the rewriter makes every for
// statement and comprehension "for" iterate over __iter__(x), which turns a
// str or bytes into a list and returns other values as they are, and the
// builtins that take an iterable (list, tuple, set, sorted, reversed,
// enumerate, zip, min, max, any, all) accept a str or bytes too.

// iterName is the internal builtin for loops.
const iterName = "__iter__"

// iterBuiltin implements __iter__(x).
func iterBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) != 0 {
		return nil, typeErr("__iter__ takes 1 argument")
	}
	x := pyIterable(args[0])
	if _, ok := x.(starlark.Iterable); !ok {
		return nil, typeErr("'%s' object is not iterable", pyTypeName(x))
	}
	return x, nil
}

// pyIterable returns a str as the list of its characters and bytes as the
// list of their values; any other value as it is.
func pyIterable(v starlark.Value) starlark.Value {
	switch v := v.(type) {
	case starlark.String:
		var elems []starlark.Value
		for _, r := range string(v) {
			elems = append(elems, starlark.String(string(r)))
		}
		return starlark.NewList(elems)
	case starlark.Bytes:
		elems := make([]starlark.Value, len(v))
		for i := 0; i < len(v); i++ {
			elems[i] = starlark.MakeInt(int(v[i]))
		}
		return starlark.NewList(elems)
	}
	return v
}

// iterLoop wraps the iterable of a loop: for x in __iter__(X).
func iterLoop(x syntax.Expr) syntax.Expr {
	if isDisplay(x) {
		return x // a list, tuple or dict literal iterates as it is
	}
	return callNode(syntax.Start(x), iterName, x)
}

// isDisplay reports whether x is a literal list, tuple, dict or
// comprehension, or a call of range, which need no __iter__.
func isDisplay(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.ListExpr, *syntax.TupleExpr, *syntax.DictExpr, *syntax.Comprehension:
		return true
	case *syntax.CallExpr:
		id, ok := x.Fn.(*syntax.Ident)
		return ok && id.Name == "range"
	}
	return false
}

// iterArgs lists the Starlark builtins that take an iterable, and how many
// of their positional arguments are iterables (-1: all; min and max only
// when given one).
var iterArgs = map[string]int{
	"sorted": 1, "reversed": 1, "enumerate": 1, "any": 1, "all": 1,
	"min": 1, "max": 1, "zip": -1,
}

// iterWrapper returns Starlark's builtin name, accepting a str or bytes
// wherever it takes an iterable.
func iterWrapper(name string) *starlark.Builtin {
	inner := starlark.Universe[name]
	n := iterArgs[name]
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if (name == "min" || name == "max") && len(args) != 1 {
			return starlark.Call(thread, inner, args, kwargs)
		}
		args = append(starlark.Tuple(nil), args...)
		for i := range args {
			if n < 0 || i < n {
				args[i] = pyIterable(args[i])
			}
		}
		return starlark.Call(thread, inner, args, kwargs)
	})
}
