package py

import "strings"

// Host modules make tuple subclasses here: concurrent.futures' DoneAndNotDoneFutures is a named
// tuple, as in CPython (a real tuple: unpacking, indexing, len, ==, hash and isinstance(x, tuple)).

// NewTupleOf returns a tuple of class cls holding items (not copied): cls is tuple or derives from
// it (a class made with NewNamedTupleType or NewType(name, module, TupleType), or a script's).
func NewTupleOf(cls *Type, items []Object) *Tuple {
	if cls == TupleType {
		return NewTuple(items)
	}
	return &Tuple{V: items, sub: &subclass{cls: cls}}
}

// NewNamedTupleType makes a class like the one collections.namedtuple(name, fields) makes, for a
// host module: calling it takes one value per field (positional or by name), each field is a
// read-only attribute, and it has _fields, _asdict and namedtuple's repr "Name(a=1, b=2)". Make it
// once (at init): several Interps may share it.
func NewNamedTupleType(name, module string, fields ...string) *Type {
	t := NewType(name, module, TupleType)
	t.noDict = true
	names := make([]Object, len(fields))
	for i, f := range fields {
		names[i] = NewStr(f)
	}
	t.SetAttr("_fields", NewTuple(names))
	t.SetAttr("__slots__", NewTuple(nil))
	for i, f := range fields {
		t.SetAttr(f, GoProperty(f, func(th *Thread, self Object) (Object, error) {
			tup, ok := self.(*Tuple)
			if !ok || i >= len(tup.V) {
				return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f, name, self.Type().Name)
			}
			return tup.V[i], nil
		}))
	}
	t.New = func(th *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		vals, err := UnpackArgs(name+".__new__", args, kw, fields, len(fields))
		if err != nil {
			return nil, err
		}
		return NewTupleOf(cls, vals), nil
	}
	RegisterMethods(t, map[string]MethodFunc{
		"__repr__": func(th *Thread, self Object, args []Object, kw []string) (Object, error) {
			tup := self.(*Tuple)
			var b strings.Builder
			b.WriteString(self.Type().Name + "(")
			for i, v := range tup.V {
				r, err := th.Repr(v)
				if err != nil {
					return nil, err
				}
				if i > 0 {
					b.WriteString(", ")
				}
				if i < len(fields) {
					b.WriteString(fields[i] + "=")
				}
				b.WriteString(r)
			}
			b.WriteString(")")
			return NewStr(b.String()), nil
		},
		"_asdict": func(th *Thread, self Object, args []Object, kw []string) (Object, error) {
			d := NewDict()
			for i, v := range self.(*Tuple).V {
				if i < len(fields) {
					d.SetStr(fields[i], v)
				}
			}
			return d, nil
		},
	})
	return t
}
