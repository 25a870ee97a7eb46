package py

// The __import__ built-in: the function the import statement calls in CPython, called directly
// (importlib.import_module's older cousin, and what plugin loaders and docs examples use).
func init() {
	RegisterBuiltins(map[string]BuiltinFunc{"__import__": builtinImport})
}

// builtinImport is __import__(name, globals=None, locals=None, fromlist=(), level=0).
func builtinImport(t *Thread, args []Object, kwnames []string) (Object, error) {
	if npos := len(args) - len(kwnames); npos > 5 {
		return nil, Errorf(TypeErrorType, "__import__() takes at most 5 arguments (%d given)", npos)
	}
	a, err := UnpackArgs("__import__", args, kwnames, []string{"name", "globals", "locals", "fromlist", "level"}, 0)
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		return nil, Errorf(TypeErrorType, "__import__() missing required argument 'name' (pos 1)")
	}
	name, ok := a[0].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "module name must be a string")
	}
	var level int64
	if a[4] != nil {
		if level, err = t.ToInt64(a[4]); err != nil {
			return nil, err
		}
	}
	return t.importLevel(a[1], name.S, a[3], level)
}
