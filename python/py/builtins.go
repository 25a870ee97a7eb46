package py

import (
	"io"
	"strings"
)

// newBuiltinsDict builds an Interp's builtins module dict.
func newBuiltinsDict(in *Interp) *Dict {
	d := NewDict()
	for _, typ := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, StrType, BytesType, TupleType,
		ListType, DictType, SetType, FrozenSetType, RangeType, SliceType, PropertyType, StaticMethodType,
		ClassMethodType, SuperType, EnumerateType, ZipType, MapType, FilterType, ReversedType, ComplexType} {
		d.SetStr(typ.Name, typ)
	}
	for _, typ := range builtinExceptions {
		d.SetStr(typ.Name, typ)
	}
	d.SetStr("EnvironmentError", OSErrorType)
	d.SetStr("IOError", OSErrorType)
	d.SetStr("None", None)
	d.SetStr("True", True)
	d.SetStr("False", False)
	d.SetStr("Ellipsis", Ellipsis)
	d.SetStr("NotImplemented", NotImplemented)
	d.SetStr("__name__", NewStr("builtins"))
	d.SetStr("__build_class__", buildClassBuiltin)
	for _, b := range coreBuiltins {
		d.SetStr(b.Name, b)
	}
	for _, nb := range registeredBuiltins {
		d.SetStr(nb.name, nb.v)
	}
	return d
}

var coreBuiltins = []*Builtin{
	NewBuiltin("print", builtinPrint),
	NewBuiltin("len", func(t *Thread, args []Object, kw []string) (Object, error) {
		if err := NoKwargs("len", kw); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "len() takes exactly one argument (%d given)", len(args))
		}
		n, err := t.Len(args[0])
		return MakeInt(int64(n)), err
	}),
	NewBuiltin("repr", func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "repr() takes exactly one argument (%d given)", len(args))
		}
		s, err := t.Repr(args[0])
		return NewStr(s), err
	}),
	NewBuiltin("ascii", func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "ascii() takes exactly one argument (%d given)", len(args))
		}
		s, err := t.ASCII(args[0])
		return NewStr(s), err
	}),
	NewBuiltin("id", func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "id() takes exactly one argument (%d given)", len(args))
		}
		return MakeInt(int64(t.Interp.ID(args[0]))), nil
	}),
	NewBuiltin("hash", func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "hash() takes exactly one argument (%d given)", len(args))
		}
		h, err := t.Hash(args[0])
		return MakeInt(h), err
	}),
	NewBuiltin("iter", func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) == 2 {
			fn, sentinel := args[0], args[1]
			return &GoIter{T: CallIterType, NextT: func(t *Thread) (Object, error) {
				if fn == nil {
					return nil, nil
				}
				v, err := t.Call(fn, nil, nil)
				if err != nil {
					return nil, err
				}
				if eq, err := t.Equal(v, sentinel); err != nil || eq {
					fn = nil
					return nil, err
				}
				return v, nil
			}}, nil
		}
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "iter expected at most 2 arguments, got %d", len(args))
		}
		return t.Iter(args[0])
	}),
	NewBuiltin("next", func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, Errorf(TypeErrorType, "next expected at least 1 argument, got %d", len(args))
		}
		it := args[0]
		if !isGoIter(it) && it.Type().Lookup("__next__") == nil {
			return nil, Errorf(TypeErrorType, "'%s' object is not an iterator", it.Type().Name)
		}
		if g, ok := it.(*Generator); ok {
			r, done, err := t.resume(g, None, nil)
			if err != nil {
				return nil, err
			}
			if done {
				if len(args) == 2 {
					return args[1], nil
				}
				return nil, stopIteration(r)
			}
			return r, nil
		}
		if m := it.Type().Lookup("__next__"); m != nil && !isGoIter(it) {
			r, err := t.callDescr(m, it, nil)
			if err != nil && len(args) == 2 {
				if e, ok := err.(*Exception); ok && e.Matches(StopIterationType) {
					return args[1], nil
				}
			}
			return r, err
		}
		v, err := t.Next(it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, NewException(StopIterationType)
		}
		return v, nil
	}),
	NewBuiltin("isinstance", func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "isinstance expected 2 arguments, got %d", len(args))
		}
		r, err := t.isInstance(args[0], args[1])
		return NewBool(r), err
	}),
	NewBuiltin("issubclass", func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "issubclass expected 2 arguments, got %d", len(args))
		}
		c, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		r, err := t.isSubclass(c, args[1])
		return NewBool(r), err
	}),
	NewBuiltin("callable", func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "callable() takes exactly one argument (%d given)", len(args))
		}
		return NewBool(isCallable(args[0])), nil
	}),
	NewBuiltin("getattr", func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, Errorf(TypeErrorType, "getattr expected at least 2 arguments, got %d", len(args))
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		v, err := t.GetAttr(args[0], name)
		if err != nil && len(args) == 3 {
			if e, ok := err.(*Exception); ok && e.Matches(AttributeErrorType) {
				return args[2], nil
			}
		}
		return v, err
	}),
	NewBuiltin("setattr", func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 3 {
			return nil, Errorf(TypeErrorType, "setattr expected 3 arguments, got %d", len(args))
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		return None, t.SetAttr(args[0], name, args[2])
	}),
	NewBuiltin("delattr", func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "delattr expected 2 arguments, got %d", len(args))
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		return None, t.DelAttr(args[0], name)
	}),
	NewBuiltin("hasattr", func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "hasattr expected 2 arguments, got %d", len(args))
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		r, err := t.HasAttr(args[0], name.S)
		return NewBool(r), err
	}),
}

func isCallable(o Object) bool {
	switch o.(type) {
	case *Function, *Builtin, *MethodDescr, *BoundMethod, *Type:
		return true
	}
	return o.Type().Lookup("__call__") != nil
}

func (t *Thread) isInstance(o Object, cls Object) (bool, error) {
	switch c := cls.(type) {
	case *Type:
		if o.Type() == c {
			return true, nil
		}
		if m := metaDunder(c, "__instancecheck__"); m != nil {
			r, err := t.callDescr(m, c, []Object{o})
			if err != nil {
				return false, err
			}
			return t.Truth(r)
		}
		if o.Type().IsSubtype(c) {
			return true, nil
		}
		if c == IntType {
			_, ok := o.(Bool)
			return ok, nil
		}
		if m := c.Type().Lookup("__instancecheck__"); m != nil && c.Type() != TypeType {
			r, err := t.callDescr(m, c, []Object{o})
			if err != nil {
				return false, err
			}
			return t.Truth(r)
		}
		return false, nil
	case *Tuple:
		for _, x := range c.V {
			if ok, err := t.isInstance(o, x); err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *UnionType:
		return t.isInstance(o, NewTuple(c.Args))
	case *GenericAlias:
		return false, Errorf(TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic")
	}
	return false, Errorf(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func (t *Thread) isSubclass(c *Type, cls Object) (bool, error) {
	switch x := cls.(type) {
	case *Type:
		if m := metaDunder(x, "__subclasscheck__"); m != nil {
			r, err := t.callDescr(m, x, []Object{c})
			if err != nil {
				return false, err
			}
			return t.Truth(r)
		}
		return c.IsSubtype(x), nil
	case *Tuple:
		for _, y := range x.V {
			if ok, err := t.isSubclass(c, y); err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *UnionType:
		return t.isSubclass(c, NewTuple(x.Args))
	}
	return false, Errorf(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func builtinPrint(t *Thread, args []Object, kw []string) (Object, error) {
	npos := len(args) - len(kw)
	sep, end := " ", "\n"
	var file Object
	flush := false
	for i, k := range kw {
		v := args[npos+i]
		switch k {
		case "sep", "end":
			s := ""
			if v != None {
				sv, ok := v.(*Str)
				if !ok {
					return nil, Errorf(TypeErrorType, "%s must be None or a string, not %s", k, v.Type().Name)
				}
				s = sv.S
			} else if k == "sep" {
				s = " "
			} else {
				s = "\n"
			}
			if k == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			if v != None {
				file = v
			}
		case "flush":
			flush = v != None && v != False
		default:
			return nil, Errorf(TypeErrorType, "print() got an unexpected keyword argument '%s'", k)
		}
	}
	var b strings.Builder
	for i, a := range args[:npos] {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := t.Str(a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if err := t.WriteTo(file, b.String()); err != nil {
		return nil, err
	}
	if flush && file != nil {
		if ok, _ := t.HasAttr(file, "flush"); ok {
			if _, err := t.CallMethod(file, "flush"); err != nil {
				return nil, err
			}
		}
	}
	return None, nil
}

// StreamFile is a file object writing to a Go writer (sys.stdout, sys.stderr).
type StreamFile struct {
	W    io.Writer
	Name string
}

// Type returns StreamFileType.
func (*StreamFile) Type() *Type { return StreamFileType }

// StreamFileType is the type of sys.stdout and sys.stderr.
var StreamFileType = mkType("TextIOWrapper", ObjectType)

func init() {
	StreamFileType.Module = "_io"
	RegisterMethods(StreamFileType, map[string]MethodFunc{
		"write": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "write() takes exactly one argument (%d given)", len(args))
			}
			s, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "write() argument must be str, not %s", args[0].Type().Name)
			}
			io.WriteString(self.(*StreamFile).W, s.S)
			return MakeInt(int64(s.Len())), nil
		},
		"flush": func(t *Thread, self Object, args []Object, kw []string) (Object, error) { return None, nil },
	})
}

// WriteTo writes s to a file object (nil: the Interp's stdout).
func (t *Thread) WriteTo(file Object, s string) error {
	if file == nil {
		if m, ok := t.Interp.Modules["sys"]; ok {
			if out, ok := m.Dict.GetStr("stdout"); ok {
				file = out
			}
		}
	}
	switch f := file.(type) {
	case nil:
		_, err := io.WriteString(t.Interp.Stdout, s)
		return err
	case *StreamFile:
		_, err := io.WriteString(f.W, s)
		return err
	}
	_, err := t.CallMethod(file, "write", NewStr(s))
	return err
}
