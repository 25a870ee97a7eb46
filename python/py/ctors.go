package py

import (
	"math"

	"github.com/futurescope/futurescope/python/format"
)

func init() {
	ObjectType.New = objectNew
	ObjectType.noDict = true
	TypeType.New = typeNew
	SuperType.New = superNew
	IntType.New = intNew
	BoolType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		if err := NoKwargs("bool", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return False, nil
		}
		if len(args) > 1 {
			return nil, Errorf(TypeErrorType, "bool expected at most 1 argument, got %d", len(args))
		}
		b, err := t.Truth(args[0])
		return NewBool(b), err
	}
	FloatType.New = floatNew
	StrType.New = strNew
	TupleType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		a, err := UnpackArgs("tuple", args, kw, []string{"iterable"}, 0)
		if err != nil {
			return nil, err
		}
		var items []Object
		if a[0] != nil {
			if tup, ok := a[0].(*Tuple); ok && cls == TupleType && tup.sub == nil {
				return tup, nil
			}
			if items, err = t.iterToSlice(a[0]); err != nil {
				return nil, err
			}
		}
		if cls != TupleType {
			return &Tuple{V: append([]Object(nil), items...), sub: &subclass{cls: cls}}, nil
		}
		return NewTuple(items), nil
	}
	ListType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		l := NewList(nil)
		if cls != ListType {
			l.sub.cls = cls
		}
		return l, nil
	}
	ListType.Init = func(t *Thread, self Object, args []Object, kw []string) error {
		a, err := UnpackArgs("list", args, kw, []string{"iterable"}, 0)
		if err != nil {
			return err
		}
		l := self.(*List)
		l.V = nil
		if a[0] != nil {
			items, err := t.iterToSlice(a[0])
			if err != nil {
				return err
			}
			if _, ok := a[0].(*Tuple); ok {
				items = append([]Object(nil), items...)
			}
			l.V = items
		}
		return nil
	}
	DictType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		d := NewDict()
		if cls != DictType {
			d.sub.cls = cls
		}
		return d, nil
	}
	DictType.Init = func(t *Thread, self Object, args []Object, kw []string) error {
		d := self.(*Dict)
		npos := len(args) - len(kw)
		if npos > 1 {
			return Errorf(TypeErrorType, "dict expected at most 1 argument, got %d", npos)
		}
		if npos == 1 {
			if err := t.dictUpdate(d, args[0]); err != nil {
				return err
			}
		}
		for i, k := range kw {
			d.SetStr(k, args[npos+i])
		}
		return nil
	}
	SetType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		s := NewSet(false)
		if cls != SetType {
			s.sub.cls = cls
		}
		return s, nil
	}
	SetType.Init = func(t *Thread, self Object, args []Object, kw []string) error {
		if err := NoKwargs("set", kw); err != nil {
			return err
		}
		if len(args) > 1 {
			return Errorf(TypeErrorType, "set expected at most 1 argument, got %d", len(args))
		}
		s := self.(*Set)
		sub := s.sub
		s.Clear()
		s.sub = sub
		if len(args) == 1 {
			return t.setUpdate(s, args[0])
		}
		return nil
	}
	FrozenSetType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		if err := NoKwargs("frozenset", kw); err != nil {
			return nil, err
		}
		s := NewSet(true)
		if len(args) == 1 {
			if fs, ok := args[0].(*Set); ok && fs.frozen {
				return fs, nil
			}
			if err := t.setUpdate(s, args[0]); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
	RangeType.New = rangeNew
	SliceType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		switch len(args) {
		case 1:
			return &Slice{None, args[0], None}, nil
		case 2:
			return &Slice{args[0], args[1], None}, nil
		case 3:
			return &Slice{args[0], args[1], args[2]}, nil
		}
		return nil, Errorf(TypeErrorType, "slice expected at least 1 argument, got %d", len(args))
	}
	PropertyType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		a, err := UnpackArgs("property", args, kw, []string{"fget", "fset", "fdel", "doc"}, 0)
		if err != nil {
			return nil, err
		}
		p := &Property{Get: a[0], Set: a[1], Del: a[2], Doc: a[3]}
		if p.Doc == nil && p.Get != nil {
			if fn, ok := p.Get.(*Function); ok {
				p.Doc = fn.Doc
			}
		}
		return p, nil
	}
	StaticMethodType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "staticmethod expected 1 argument, got %d", len(args))
		}
		return &StaticMethod{Fn: args[0]}, nil
	}
	ClassMethodType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "classmethod expected 1 argument, got %d", len(args))
		}
		return &ClassMethod{Fn: args[0]}, nil
	}
	ComplexType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		var re, im float64
		var err error
		if len(args) > 0 {
			if c, ok := args[0].(*Complex); ok {
				return c, nil
			}
			if s, ok := args[0].(*Str); ok && len(args) == 1 {
				return parseComplex(s.S)
			}
			if re, err = toFloat(args[0]); err != nil {
				return nil, err
			}
		}
		if len(args) > 1 {
			if im, err = toFloat(args[1]); err != nil {
				return nil, err
			}
		}
		return &Complex{V: complex(re, im)}, nil
	}
}

func (t *Thread) setUpdate(s *Set, src Object) error {
	if o, ok := src.(*Set); ok {
		if s.used == 0 {
			sub := s.sub
			*s = *o.Copy(s.frozen)
			s.hash = 0
			s.sub = sub
			return nil
		}
		for _, e := range o.table {
			if e.key != nil && e.key != setDummy {
				if err := s.addHashed(t, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return t.Iterate(src, func(x Object) (bool, error) { return true, s.Add(t, x) })
}

func intNew(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
	v, err := intValue(t, args, kw)
	if err != nil || cls == IntType {
		return v, err
	}
	if s, ok := v.(*IntSub); ok {
		v = s.V
	}
	return &IntSub{V: v, sub: subclass{cls: cls}}, nil
}

func intValue(t *Thread, args []Object, kw []string) (Object, error) {
	a, err := UnpackArgs("int", args, kw, []string{"x", "base"}, 0)
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		if a[1] != nil {
			return nil, Errorf(TypeErrorType, "int() missing string argument")
		}
		return MakeInt(0), nil
	}
	x := a[0]
	if a[1] != nil {
		base, err := t.ToInt64(a[1])
		if err != nil {
			return nil, err
		}
		var s string
		switch v := x.(type) {
		case *Str:
			s = v.S
		case *Bytes:
			s = v.S
		default:
			return nil, Errorf(TypeErrorType, "int() can't convert non-string with explicit base")
		}
		return parseInt(s, int(base))
	}
	switch v := x.(type) {
	case Int, *BigInt:
		return v, nil
	case *IntSub:
		return v.V, nil
	case *FloatSub:
		return intValue(t, []Object{v.V}, nil)
	case Bool:
		n, _ := asInt64(v)
		return MakeInt(n), nil
	case Float:
		f := float64(v)
		if math.IsInf(f, 0) {
			return nil, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
		}
		if math.IsNaN(f) {
			return nil, Errorf(ValueErrorType, "cannot convert float NaN to integer")
		}
		i, b, err := format.FloatToInt(f)
		if err != nil {
			return nil, fmtErr(err)
		}
		if b != nil {
			return NewBigInt(b), nil
		}
		return MakeInt(i), nil
	case *Str:
		return parseInt(v.S, 10)
	case *Bytes:
		return parseInt(v.S, 10)
	}
	for _, name := range []string{"__int__", "__index__", "__trunc__"} {
		if m := x.Type().Lookup(name); m != nil {
			r, err := t.callDescr(m, x, nil)
			if err != nil {
				return nil, err
			}
			if !isIntLike(r) {
				return nil, Errorf(TypeErrorType, "%s returned non-int (type %s)", name, r.Type().Name)
			}
			return r, nil
		}
	}
	return nil, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.Type().Name)
}

func parseInt(s string, base int) (Object, error) {
	i, b, err := format.ParseInt(s, base, MaxStrDigits)
	if err != nil {
		return nil, fmtErr(err)
	}
	if b != nil {
		return checkBig(b)
	}
	return MakeInt(i), nil
}

func floatNew(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
	if err := NoKwargs("float", kw); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	if len(args) > 1 {
		return nil, Errorf(TypeErrorType, "float expected at most 1 argument, got %d", len(args))
	}
	switch v := args[0].(type) {
	case Float:
		return v, nil
	case Int, Bool, *BigInt:
		f, err := intToFloat(v)
		return Float(f), err
	case *Str:
		f, err := format.ParseFloat(v.S)
		if err != nil {
			return nil, fmtErr(err)
		}
		if math.IsNaN(f) {
			return t.Interp.freshNaN(), nil
		}
		return Float(f), nil
	}
	x := args[0]
	for _, name := range []string{"__float__", "__index__"} {
		if m := x.Type().Lookup(name); m != nil {
			r, err := t.callDescr(m, x, nil)
			if err != nil {
				return nil, err
			}
			f, err := toFloat(r)
			return Float(f), err
		}
	}
	return nil, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", x.Type().Name)
}

func strNew(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
	a, err := UnpackArgs("str", args, kw, []string{"object", "encoding", "errors"}, 0)
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		return emptyStr, nil
	}
	var s Object
	if b, ok := a[0].(*Bytes); ok && a[1] != nil {
		s = NewStr(b.S)
	} else if s, err = t.StrObj(a[0]); err != nil {
		return nil, err
	}
	if cls != StrType {
		return &Str{S: s.(*Str).S, n: -1, sub: &subclass{cls: cls}}, nil
	}
	return s, nil
}

func rangeNew(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
	if err := NoKwargs("range", kw); err != nil {
		return nil, err
	}
	var v [3]int64
	for i, a := range args {
		if _, isBig := a.(*BigInt); isBig && len(args) <= 3 {
			for _, b := range args {
				if !isIntLike(b) {
					return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", b.Type().Name)
				}
			}
			r := newBigRange(args)
			if r.step.Sign() == 0 {
				return nil, Errorf(ValueErrorType, "range() arg 3 must not be zero")
			}
			return r, nil
		}
		if i >= 3 {
			break
		}
		n, ok := asInt64(a)
		if !ok {
			if _, isBig := a.(*BigInt); isBig {
				return nil, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
			}
			var err error
			n, err = t.ToInt64(a)
			if err != nil {
				return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", a.Type().Name)
			}
		}
		v[i] = n
	}
	switch len(args) {
	case 1:
		return &Range{0, v[0], 1}, nil
	case 2:
		return &Range{v[0], v[1], 1}, nil
	case 3:
		if v[2] == 0 {
			return nil, Errorf(ValueErrorType, "range() arg 3 must not be zero")
		}
		return &Range{v[0], v[1], v[2]}, nil
	case 0:
		return nil, Errorf(TypeErrorType, "range expected at least 1 argument, got 0")
	}
	return nil, Errorf(TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
}
