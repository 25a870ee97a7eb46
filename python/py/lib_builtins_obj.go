package py

import "sort"

// The built-in functions about objects and namespaces: format, vars, dir, locals, globals.
func init() {
	RegisterBuiltins(map[string]BuiltinFunc{
		"format": builtinFormat,
		"vars":   builtinVars,
		"dir":    builtinDir,
		"locals": func(t *Thread, a []Object, kw []string) (Object, error) {
			return t.noArgs("locals", a, kw, t.localsDict)
		},
		"globals": func(t *Thread, a []Object, kw []string) (Object, error) {
			return t.noArgs("globals", a, kw, t.globalsDict)
		},
		"exit": builtinExit,
		"quit": builtinExit,
	})
}

// noArgs calls fn for a built-in that takes no arguments.
func (t *Thread) noArgs(name string, args []Object, kwnames []string, fn func() Object) (Object, error) {
	if err := NoKwargs(name, kwnames); err != nil {
		return nil, err
	}
	if len(args) > 0 {
		return nil, Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
	}
	return fn(), nil
}

func builtinFormat(t *Thread, args []Object, kwnames []string) (Object, error) {
	a, err := UnpackArgs("format", args, kwnames, []string{"value", "format_spec"}, 1)
	if err != nil {
		return nil, err
	}
	spec := ""
	if a[1] != nil {
		s, ok := a[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "format() argument 2 must be str, not %s", a[1].Type().Name)
		}
		spec = s.S
	}
	s, err := t.Format(a[0], spec)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func builtinVars(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := NoKwargs("vars", kwnames); err != nil {
		return nil, err
	}
	switch len(args) {
	case 0:
		return t.localsDict(), nil
	case 1:
	default:
		return nil, Errorf(TypeErrorType, "vars expected at most 1 argument, got %d", len(args))
	}
	d, err := t.GetAttrString(args[0], "__dict__")
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(AttributeErrorType) {
			return nil, Errorf(TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return nil, err
	}
	return d, nil
}

// localsDict is locals(): the namespace of module and class code, or a new dict of a function's
// bound local variables, cells and free variables.
func (t *Thread) localsDict() Object {
	f := t.frame
	if f == nil {
		return NewDict()
	}
	if f.locals != nil {
		return f.locals
	}
	d := NewDict()
	for i, name := range f.code.Varnames {
		if i < len(f.fast) && f.fast[i] != nil {
			d.SetStr(name, f.fast[i])
		}
	}
	names := append(append([]string(nil), f.code.CellVars...), f.code.FreeVars...)
	for i, name := range names {
		if i < len(f.cells) && f.cells[i] != nil && f.cells[i].V != nil {
			d.SetStr(name, f.cells[i].V)
		}
	}
	return d
}

// globalsDict is globals(): the running frame's module namespace.
func (t *Thread) globalsDict() Object {
	if t.frame == nil {
		return NewDict()
	}
	return t.frame.globals
}

func builtinDir(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := NoKwargs("dir", kwnames); err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, Errorf(TypeErrorType, "dir expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return t.sortedNames(t.localsDict())
	}
	o := args[0]
	if m := userMethod(o.Type(), "__dir__"); m != nil {
		r, err := t.callDescr(m, o, nil)
		if err != nil {
			return nil, err
		}
		return t.sortedNames(r)
	}
	names := map[string]bool{}
	switch x := o.(type) {
	case *Module:
		return t.sortedNames(x.Dict)
	case *Type:
		addTypeNames(names, x)
	case *Instance:
		for _, k := range x.Dict.Keys() {
			if s, ok := k.(*Str); ok {
				names[s.S] = true
			}
		}
		addTypeNames(names, x.Type())
	default:
		addTypeNames(names, o.Type())
	}
	out := make([]string, 0, len(names))
	for n := range names {
		out = append(out, n)
	}
	sort.Strings(out)
	items := make([]Object, len(out))
	for i, n := range out {
		items[i] = NewStr(n)
	}
	return NewList(items), nil
}

// addTypeNames adds the attribute names of c and its bases, as dir() lists them.
func addTypeNames(names map[string]bool, c *Type) {
	names["__class__"] = true
	for _, k := range c.MRO {
		for _, n := range k.Keys {
			names[n] = true
		}
		if !k.builtin {
			for _, n := range []string{"__dict__", "__doc__", "__module__", "__weakref__"} {
				names[n] = true
			}
		}
	}
}

// sortedNames returns the items of an iterable as a sorted list, as dir() returns names.
func (t *Thread) sortedNames(o Object) (Object, error) {
	items, err := t.iterToSlice(o)
	if err != nil {
		return nil, err
	}
	l := NewList(append([]Object(nil), items...))
	if err := t.sortItems(l.V, nil, false); err != nil {
		return nil, err
	}
	return l, nil
}

// builtinExit is exit() and quit(), which site.py gives every script: raise SystemExit(code).
func builtinExit(t *Thread, args []Object, kwnames []string) (Object, error) {
	a, err := UnpackArgs("exit", args, kwnames, []string{"code"}, 0)
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		return nil, NewException(SystemExitType)
	}
	return nil, NewException(SystemExitType, a[0])
}
