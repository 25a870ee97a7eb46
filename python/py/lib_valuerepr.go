package py

// int.__repr__ and str.__str__ as methods of the classes, so a subclass can
// reach the value's own text beneath its overrides: an IntEnum's str() is
// int.__repr__(self), a StrEnum's str.__str__(self), as in CPython.
func init() {
	RegisterMethods(IntType, map[string]MethodFunc{
		"__repr__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) != 0 || len(kw) != 0 {
				return nil, Errorf(TypeErrorType, "expected 0 arguments, got %d", len(args))
			}
			v := self
			if s, ok := self.(*IntSub); ok {
				v = s.V
			}
			switch x := v.(type) {
			case Bool:
				if x {
					return NewStr("1"), nil
				}
				return NewStr("0"), nil
			case Int, *BigInt:
				return NewStr(intRepr(x)), nil
			}
			return nil, Errorf(TypeErrorType, "descriptor '__repr__' requires a 'int' object but received a '%s'", self.Type().Name)
		},
	})
	RegisterMethods(StrType, map[string]MethodFunc{
		"__str__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) != 0 || len(kw) != 0 {
				return nil, Errorf(TypeErrorType, "expected 0 arguments, got %d", len(args))
			}
			s, ok := self.(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '__str__' requires a 'str' object but received a '%s'", self.Type().Name)
			}
			if s.sub == nil {
				return s, nil
			}
			return NewStr(s.S), nil
		},
	})
}

// mappingproxy(d) over a dict (types.MappingProxyType): a read-only view
// of it with the dict's reading methods. Only dicts are taken; CPython
// takes any mapping.
func init() {
	methods := map[string]MethodFunc{}
	for _, name := range []string{"keys", "values", "items", "get", "copy"} {
		methods[name] = func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			mp, ok := self.(*MappingProxy)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '%s' requires a 'mappingproxy' object but received a '%s'", name, self.Type().Name)
			}
			if len(kw) != 0 {
				return nil, Errorf(TypeErrorType, "mappingproxy.%s() takes no keyword arguments", name)
			}
			return t.CallMethod(mp.D, name, args...)
		}
	}
	RegisterMethods(MappingProxyType, methods)
	MappingProxyType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		a, err := UnpackArgs("mappingproxy", args, kw, []string{"mapping"}, 1)
		if err != nil {
			return nil, err
		}
		switch m := a[0].(type) {
		case *Dict:
			return &MappingProxy{D: m}, nil
		case *MappingProxy:
			return &MappingProxy{D: m.D}, nil
		}
		return nil, Errorf(TypeErrorType, "mappingproxy() argument must be a mapping, not %s", a[0].Type().Name)
	}
}
