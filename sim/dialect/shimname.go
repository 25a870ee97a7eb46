package script

import "go.starlark.net/starlark"

// nameOfBuiltin is x.__name__: Starlark functions and builtins have a name but no attributes, so the
// shims turn the attribute into this call. Values with a __name__ attribute of their own keep it.
func nameOfBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, typeErr("%s takes 1 argument", nameOfName)
	}
	x := args[0]
	if h, ok := x.(starlark.HasAttrs); ok {
		if v, err := h.Attr("__name__"); err == nil && v != nil {
			return v, nil
		}
	}
	switch x := x.(type) {
	case *starlark.Function:
		if x.Name() == "lambda" {
			return starlark.String("<lambda>"), nil
		}
		return starlark.String(x.Name()), nil
	case *starlark.Builtin:
		return starlark.String(x.Name()), nil
	}
	return nil, pyErr(AttributeError, "'%s' object has no attribute '__name__'", pyTypeName(x))
}
