package py

// Dunder methods of built-in values looked up as attributes ((5).__add__,
// [].__len__, "a".__eq__): bound built-ins that run the interpreter's own
// operations, so scripts can call them directly.

var binDunderOp = func() map[string]int {
	m := map[string]int{}
	for i, n := range binDunder {
		m[n] = i
	}
	return m
}()

var binRDunderOp = func() map[string]int {
	m := map[string]int{}
	for i, n := range binRDunder {
		m[n] = i
	}
	return m
}()

var cmpDunderOp = map[string]int{"__eq__": 0, "__ne__": 1, "__lt__": 2, "__le__": 3, "__gt__": 4, "__ge__": 5}

// builtinDunder returns a bound built-in for a dunder of a built-in value, or nil.
func (t *Thread) builtinDunder(o Object, name string) Object {
	if len(name) < 5 || name[:2] != "__" {
		return nil
	}
	switch o.(type) {
	case *Instance, *Type, *Module:
		return nil
	}
	mk := func(fn func(t *Thread, self Object, args []Object) (Object, error), nargs int) Object {
		return &Builtin{Name: name, Self: o, method: func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(kw) > 0 {
				return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
			}
			if len(args) != nargs {
				return nil, Errorf(TypeErrorType, "expected %d argument%s, got %d", nargs, pluralS(nargs), len(args))
			}
			return fn(t, self, args)
		}}
	}
	if op, ok := binDunderOp[name]; ok {
		return mk(func(t *Thread, self Object, args []Object) (Object, error) {
			return builtinBinary(t, op, self, args[0])
		}, 1)
	}
	if op, ok := binRDunderOp[name]; ok {
		return mk(func(t *Thread, self Object, args []Object) (Object, error) {
			return builtinBinary(t, op, args[0], self)
		}, 1)
	}
	if op, ok := cmpDunderOp[name]; ok {
		return mk(func(t *Thread, self Object, args []Object) (Object, error) {
			return t.builtinCompare(op, self, args[0])
		}, 1)
	}
	switch name {
	case "__len__":
		if _, err := t.Len(o); err != nil {
			return nil
		}
		return mk(func(t *Thread, self Object, args []Object) (Object, error) {
			n, err := t.Len(self)
			return MakeInt(int64(n)), err
		}, 0)
	case "__getitem__":
		return mk(func(t *Thread, self Object, args []Object) (Object, error) { return t.GetItem(self, args[0]) }, 1)
	case "__contains__":
		return mk(func(t *Thread, self Object, args []Object) (Object, error) {
			r, err := t.Contains(self, args[0])
			return NewBool(r), err
		}, 1)
	case "__iter__":
		if !t.isIterable(o) {
			return nil
		}
		return mk(func(t *Thread, self Object, args []Object) (Object, error) { return t.Iter(self) }, 0)
	case "__next__":
		if !isGoIter(o) {
			return nil
		}
		return mk(func(t *Thread, self Object, args []Object) (Object, error) {
			v, err := t.Next(self)
			if err == nil && v == nil {
				return nil, NewException(StopIterationType)
			}
			return v, err
		}, 0)
	case "__hash__":
		return mk(func(t *Thread, self Object, args []Object) (Object, error) {
			h, err := t.Hash(self)
			return MakeInt(h), err
		}, 0)
	case "__repr__":
		return mk(func(t *Thread, self Object, args []Object) (Object, error) {
			s, err := t.Repr(self)
			return NewStr(s), err
		}, 0)
	case "__str__":
		return mk(func(t *Thread, self Object, args []Object) (Object, error) { return t.StrObj(self) }, 0)
	case "__bool__":
		return mk(func(t *Thread, self Object, args []Object) (Object, error) {
			b, err := t.Truth(self)
			return NewBool(b), err
		}, 0)
	case "__neg__", "__pos__", "__invert__":
		return nil
	}
	return nil
}

func init() {
	format := func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "__format__() takes exactly one argument (%d given)", len(args))
		}
		spec, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[0].Type().Name)
		}
		v := self
		switch x := self.(type) {
		case *Str:
			v = NewStr(x.S)
		case *IntSub:
			v = x.V
		}
		s, err := t.Format(v, spec.S)
		return NewStr(s), err
	}
	for _, typ := range []*Type{StrType, IntType, FloatType} {
		RegisterMethods(typ, map[string]MethodFunc{"__format__": format})
	}
	RegisterMethods(TypeType, map[string]MethodFunc{
		"__new__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			meta, ok := self.(*Type)
			if !ok || !meta.IsSubtype(TypeType) {
				return nil, Errorf(TypeErrorType, "type.__new__(X): X is not a type object (%s)", self.Type().Name)
			}
			return typeNew(t, meta, args, kw)
		},
		"__init__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) { return None, nil },
		"__call__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			cls, ok := self.(*Type)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '__call__' requires a 'type' object")
			}
			return t.constructInstance(cls, args, kw)
		},
	})
}
