package py

// Instances of classes derived from list, dict and set are the built-in Go
// values with their class recorded (List.sub, Dict.sub, Set.sub); these
// helpers find their attributes and the dunders the class overrides.

// subOf returns the subclass record of a built-in value, or nil.
func subOf(o Object) *subclass {
	switch x := o.(type) {
	case *List:
		if x.sub.cls != nil {
			return &x.sub
		}
	case *Dict:
		if x.sub.cls != nil {
			return &x.sub
		}
	case *Set:
		if x.sub.cls != nil {
			return &x.sub
		}
	case *Str:
		return x.sub
	case *Tuple:
		return x.sub
	case *IntSub:
		return &x.sub
	case *FloatSub:
		return &x.sub
	}
	return nil
}

// subDunder returns a dunder a script's subclass of a built-in type defines.
func subDunder(o Object, name string) Object {
	s := subOf(o)
	if s == nil {
		return nil
	}
	switch m := s.cls.Lookup(name).(type) {
	case *Function:
		return m
	case *MethodDescr:
		if !m.Owner.builtin {
			return m // a host's subclass (NewNamedTupleType)
		}
	}
	return nil
}

func init() {
	// __new__ of the built-in types a script can derive from, for
	// super().__new__(cls, ...) and tuple.__new__(cls, ...).
	for _, typ := range []*Type{TupleType, StrType, IntType, FloatType, FrozenSetType, BaseExceptionType, ListType, DictType, SetType} {
		newFn := typ.newSlot()
		owner := typ
		RegisterMethods(typ, map[string]MethodFunc{
			"__new__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				cls, ok := self.(*Type)
				if !ok || !cls.IsSubtype(owner) {
					return nil, Errorf(TypeErrorType, "%s.__new__(X): X is not a subtype of %s", owner.Name, owner.Name)
				}
				return newFn(t, cls, args, kw)
			},
		})
	}
	for _, typ := range []*Type{ListType, DictType, SetType} {
		init := typ.Init
		RegisterMethods(typ, map[string]MethodFunc{
			"__init__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				return None, init(t, self, args, kw)
			},
		})
	}
}

// metaDunder returns a dunder a script's metaclass defines for the class o
// (Color['RED'] on an Enum is its metaclass's __getitem__), or nil.
func metaDunder(o Object, name string) Object {
	cls, ok := o.(*Type)
	if !ok || cls.Meta == nil || cls.Meta.builtin {
		return nil
	}
	if m, ok := cls.Meta.Lookup(name).(*Function); ok {
		return m
	}
	return nil
}
