package py

import (
	"math/big"
	"strings"

	"github.com/futurescope/futurescope/python/format"
	"github.com/futurescope/futurescope/python/pystr"
)

// Repr returns repr(o).
func (t *Thread) Repr(o Object) (string, error) {
	if m := subDunder(o, "__repr__"); m != nil {
		r, err := t.callDescr(m, o, nil)
		if err != nil {
			return "", err
		}
		s, ok := r.(*Str)
		if !ok {
			return "", Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", r.Type().Name)
		}
		return s.S, nil
	}
	switch x := o.(type) {
	case *Str:
		return quoteStr(x.S), nil
	case Int, *BigInt:
		return intRepr(o), nil
	case *IntSub:
		return intRepr(x.V), nil
	case *FloatSub:
		return floatRepr(float64(x.V)), nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case NoneType:
		return "None", nil
	case Float:
		return floatRepr(float64(x)), nil
	case *List:
		return t.reprSeq(o, "[", "]", x.V, false)
	case *Tuple:
		return t.reprSeq(o, "(", ")", x.V, len(x.V) == 1)
	case *Dict:
		return t.reprDict(x)
	case *Set:
		if x.used == 0 {
			if x.frozen {
				return "frozenset()", nil
			}
			return "set()", nil
		}
		if x.frozen {
			s, err := t.reprSeq(o, "{", "}", x.Items(), false)
			return "frozenset(" + s + ")", err
		}
		return t.reprSeq(o, "{", "}", x.Items(), false)
	case *Type:
		if m := x.Type().Lookup("__repr__"); m != nil && x.Type() != TypeType {
			if overrides(m) {
				break
			}
		}
		return "<class '" + x.QualName() + "'>", nil
	case *FrameObject:
		return t.frameRepr(x), nil
	case *StreamFile:
		return streamRepr(x), nil
	case *Function:
		return "<function " + x.QualName + " at " + t.addr(o) + ">", nil
	case *Builtin:
		if x.Self != nil {
			return "<built-in method " + x.Name + " of " + x.Self.Type().Name + " object at " + t.addr(x.Self) + ">", nil
		}
		return "<built-in function " + x.Name + ">", nil
	case *MethodDescr:
		if len(x.Name) > 4 && x.Name[:2] == "__" && x.Name[len(x.Name)-2:] == "__" {
			return "<slot wrapper '" + x.Name + "' of '" + x.Owner.Name + "' objects>", nil
		}
		return "<method '" + x.Name + "' of '" + x.Owner.Name + "' objects>", nil
	case *BoundMethod:
		fn := x.Fn
		name := "?"
		if f, ok := fn.(*Function); ok {
			name = f.QualName
		}
		self, err := t.Repr(x.Self)
		if err != nil {
			return "", err
		}
		return "<bound method " + name + " of " + self + ">", nil
	case *Module:
		return "<module '" + x.Name + "'>", nil
	case *Exception:
		if userMethod(x.typ, "__repr__") != nil {
			break
		}
		args, err := t.Repr(x.Args)
		if err != nil {
			return "", err
		}
		if len(x.Args.V) == 1 {
			args = args[:len(args)-2] + ")"
		}
		return x.typ.Name + args, nil
	case *bigRange:
		return t.bigRangeRepr(x), nil
	case *Range:
		if x.Step == 1 {
			return "range(" + intRepr(Int(x.Start)) + ", " + intRepr(Int(x.Stop)) + ")", nil
		}
		return "range(" + intRepr(Int(x.Start)) + ", " + intRepr(Int(x.Stop)) + ", " + intRepr(Int(x.Step)) + ")", nil
	case *Slice:
		s, err := t.reprSeq(o, "(", ")", []Object{x.Start, x.Stop, x.Step}, false)
		return "slice" + s, err
	case *Bytes:
		return pystr.BytesRepr(x.S), nil
	case EllipsisType:
		return "Ellipsis", nil
	case NotImplementedType:
		return "NotImplemented", nil
	case *DictView:
		name := map[byte]string{'k': "dict_keys", 'v': "dict_values", 'i': "dict_items"}[x.Kind]
		var items []Object
		for _, kv := range x.D.Items() {
			switch x.Kind {
			case 'k':
				items = append(items, kv[0])
			case 'v':
				items = append(items, kv[1])
			default:
				items = append(items, NewTuple([]Object{kv[0], kv[1]}))
			}
		}
		s, err := t.reprSeq(o, "([", "])", items, false)
		return name + s, err
	case *Generator:
		return "<generator object " + x.fn.QualName + " at " + t.addr(o) + ">", nil
	case *Cell:
		return "<cell at " + t.addr(o) + ">", nil
	case *Property:
		return "<property object at " + t.addr(o) + ">", nil
	case *MappingProxy:
		s, err := t.reprDict(x.D)
		return "mappingproxy(" + s + ")", err
	case *Complex:
		return complexRepr(x.V), nil
	case *UnionType:
		return t.unionRepr(x)
	case *GenericAlias:
		return t.aliasRepr(x)
	case *Super:
		return "<super: <class '" + x.Start.Name + "'>, <" + x.ObjT.Name + " object>>", nil
	}
	typ := o.Type()
	if m := typ.Lookup("__repr__"); m != nil {
		if overrides(m) {
			if err := t.enter(); err != nil {
				return "", err
			}
			r, err := t.callDescr(m, o, nil)
			t.depth--
			if err != nil {
				return "", err
			}
			s, ok := r.(*Str)
			if !ok {
				return "", Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", r.Type().Name)
			}
			return s.S, nil
		}
	}
	return "<" + typ.QualName() + " object at " + t.addr(o) + ">", nil
}

// CRecursionLimit bounds the nesting of operations CPython 3.13 runs in C
// (reprs and comparisons of nested containers), as Py_C_RECURSION_LIMIT does.
const CRecursionLimit = 10000

// enterRepr counts a nested repr against the C recursion limit.
func (t *Thread) enterRepr() error {
	if t.cdepth >= CRecursionLimit {
		return Errorf(RecursionErrorType, "maximum recursion depth exceeded while getting the repr of an object")
	}
	t.cdepth++
	return nil
}

func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	ims := floatRepr(im)
	if strings.HasSuffix(ims, ".0") {
		ims = ims[:len(ims)-2]
	}
	if re == 0 && !(1/re < 0) {
		return ims + "j"
	}
	res := floatRepr(re)
	if strings.HasSuffix(res, ".0") {
		res = res[:len(res)-2]
	}
	sign := "+"
	if im < 0 || (im == 0 && 1/im < 0) {
		sign = ""
	}
	return "(" + res + sign + ims + "j)"
}

func (t *Thread) addr(o Object) string {
	return "0x" + strings.TrimLeft(hexN(int(t.Interp.ID(o)), 12), "0")
}

func (t *Thread) reprSeq(self Object, open, close string, items []Object, trailingComma bool) (string, error) {
	if t.repring[self] {
		return open[:1] + "..." + close[len(close)-1:], nil
	}
	if err := t.enterRepr(); err != nil {
		return "", err
	}
	defer func() { t.cdepth-- }()
	if t.repring == nil {
		t.repring = map[Object]bool{}
	}
	t.repring[self] = true
	defer delete(t.repring, self)
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		if err := t.tick(); err != nil {
			return "", err
		}
		s, err := t.Repr(it)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
		if b.Len() > MaxStrLen {
			return "", Errorf(MemoryErrorType, "repr too large")
		}
	}
	if trailingComma {
		b.WriteString(",")
	}
	b.WriteString(close)
	return b.String(), nil
}

func (t *Thread) reprDict(d *Dict) (string, error) {
	if t.repring[d] {
		return "{...}", nil
	}
	if err := t.enterRepr(); err != nil {
		return "", err
	}
	defer func() { t.cdepth-- }()
	if t.repring == nil {
		t.repring = map[Object]bool{}
	}
	t.repring[d] = true
	defer delete(t.repring, d)
	var b strings.Builder
	b.WriteString("{")
	for i, kv := range d.Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		k, err := t.Repr(kv[0])
		if err != nil {
			return "", err
		}
		v, err := t.Repr(kv[1])
		if err != nil {
			return "", err
		}
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(v)
	}
	b.WriteString("}")
	return b.String(), nil
}

// Str returns str(o).
func (t *Thread) Str(o Object) (string, error) {
	if s := subOf(o); s != nil {
		if m := subDunder(o, "__str__"); m != nil {
			r, err := t.callDescr(m, o, nil)
			if err != nil {
				return "", err
			}
			if rs, ok := r.(*Str); ok {
				return rs.S, nil
			}
			return "", Errorf(TypeErrorType, "__str__ returned non-string (type %s)", r.Type().Name)
		}
		if _, isStr := o.(*Str); !isStr && subDunder(o, "__repr__") != nil {
			return t.Repr(o)
		}
		if is, ok := o.(*IntSub); ok {
			return t.Str(is.V)
		}
		if fs, ok := o.(*FloatSub); ok {
			return t.Str(fs.V)
		}
	}
	switch x := o.(type) {
	case *Str:
		return x.S, nil
	case *MappingProxy:
		return t.Str(x.D)
	case Int, *BigInt:
		if b, ok := o.(*BigInt); ok {
			s, err := format.IntToString(b.V, MaxStrDigits)
			return s, fmtErr(err)
		}
		return intRepr(o), nil
	case Float:
		return floatRepr(float64(x)), nil
	case *Exception:
		if userMethod(x.typ, "__str__") != nil {
			break
		}
		if se := x.syntax; se != nil {
			return se.Msg + " (" + se.Filename + ", line " + intRepr(MakeInt(int64(se.Line))) + ")", nil
		}
		if x.typ.IsSubtype(OSErrorType) && len(x.Args.V) >= 2 && len(x.Args.V) <= 5 {
			if _, ok := asInt64(x.Args.V[0]); ok {
				errno, _ := t.Str(x.Args.V[0])
				msg, _ := t.Str(x.Args.V[1])
				s := "[Errno " + errno + "] " + msg
				if len(x.Args.V) >= 3 {
					fn, _ := t.Repr(x.Args.V[2])
					s += ": " + fn
				}
				return s, nil
			}
		}
		switch len(x.Args.V) {
		case 0:
			return "", nil
		case 1:
			if x.typ.IsSubtype(KeyErrorType) {
				return t.Repr(x.Args.V[0])
			}
			return t.Str(x.Args.V[0])
		}
		return t.Repr(x.Args)
	}
	if _, ok := o.(*Exception); !ok && !hostObj(o) {
		return t.Repr(o)
	}
	if m := o.Type().Lookup("__str__"); m != nil {
		if overrides(m) {
			r, err := t.callDescr(m, o, nil)
			if err != nil {
				return "", err
			}
			s, ok := r.(*Str)
			if !ok {
				return "", Errorf(TypeErrorType, "__str__ returned non-string (type %s)", r.Type().Name)
			}
			return s.S, nil
		}
	}
	return t.Repr(o)
}

// StrObj returns str(o) as an object.
func (t *Thread) StrObj(o Object) (Object, error) {
	if s, ok := o.(*Str); ok {
		return s, nil
	}
	s, err := t.Str(o)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

// ASCII returns ascii(o).
func (t *Thread) ASCII(o Object) (string, error) {
	if s, ok := o.(*Str); ok {
		return pystr.ASCII(s.S), nil
	}
	r, err := t.Repr(o)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, c := range r {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c <= 0xff:
			b.WriteString(`\x` + hex2(int(c)))
		case c <= 0xffff:
			b.WriteString(`\u` + hexN(int(c), 4))
		default:
			b.WriteString(`\U` + hexN(int(c), 8))
		}
	}
	return b.String(), nil
}

// Format returns format(v, spec).
func (t *Thread) Format(v Object, spec string) (string, error) {
	if m := subDunder(v, "__format__"); m != nil {
		r, err := t.callDescr(m, v, []Object{NewStr(spec)})
		if err != nil {
			return "", err
		}
		s, ok := r.(*Str)
		if !ok {
			return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", r.Type().Name)
		}
		return s.S, nil
	}
	if is, ok := v.(*IntSub); ok {
		if spec == "" {
			return t.Str(v)
		}
		return t.Format(is.V, spec)
	}
	if fs, ok := v.(*FloatSub); ok {
		if spec == "" {
			return t.Str(v)
		}
		return t.Format(fs.V, spec)
	}
	switch x := v.(type) {
	case *Str:
		s, err := format.FormatString(x.S, spec, "str")
		return s, fmtErr(err)
	case Int:
		s, err := format.FormatInt(int64(x), nil, spec, "int", MaxStrDigits)
		if spec == "" {
			return intRepr(x), nil
		}
		return s, fmtErr(err)
	case *BigInt:
		if spec == "" {
			return t.Str(x)
		}
		s, err := format.FormatInt(0, x.V, spec, "int", MaxStrDigits)
		return s, fmtErr(err)
	case Bool:
		s, err := format.Format(bool(x), spec, MaxStrDigits)
		return s, fmtErr(err)
	case Float:
		s, err := format.FormatFloat(float64(x), spec, "float")
		return s, fmtErr(err)
	}
	if m := v.Type().Lookup("__format__"); m != nil {
		if overrides(m) {
			r, err := t.callDescr(m, v, []Object{NewStr(spec)})
			if err != nil {
				return "", err
			}
			s, ok := r.(*Str)
			if !ok {
				return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", r.Type().Name)
			}
			return s.S, nil
		}
	}
	if spec != "" {
		return "", Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", v.Type().Name)
	}
	return t.Str(v)
}

// converter answers python/format's questions about objects.
type converter struct{ t *Thread }

func (c converter) TypeName(v any) string       { return v.(Object).Type().Name }
func (c converter) Str(v any) (string, error)   { return c.t.Str(v.(Object)) }
func (c converter) Repr(v any) (string, error)  { return c.t.Repr(v.(Object)) }
func (c converter) ASCII(v any) (string, error) { return c.t.ASCII(v.(Object)) }
func (c converter) Tuple(v any) ([]any, bool) {
	tup, ok := v.(*Tuple)
	if !ok {
		return nil, false
	}
	out := make([]any, len(tup.V))
	for i, x := range tup.V {
		out[i] = x
	}
	return out, true
}
func (c converter) IsMapping(v any) bool {
	switch v.(type) {
	case *Tuple, *Str:
		return false
	case *Dict, *List:
		return true
	}
	return v.(Object).Type().Lookup("__getitem__") != nil
}
func (c converter) GetItem(v any, key string) (any, error) {
	return c.t.GetItem(v.(Object), NewStr(key))
}
func (c converter) String(v any) (string, bool) {
	if s, ok := v.(*Str); ok {
		return s.S, true
	}
	return "", false
}
func (c converter) Int(v any, index bool) (int64, *big.Int, bool, error) {
	switch x := v.(type) {
	case Int:
		return int64(x), nil, true, nil
	case Bool:
		if x {
			return 1, nil, true, nil
		}
		return 0, nil, true, nil
	case *BigInt:
		return 0, x.V, true, nil
	case *IntSub:
		return c.Int(x.V, index)
	case Float:
		if index {
			return 0, nil, false, nil
		}
		i, b, err := format.FloatToInt(float64(x))
		return i, b, true, fmtErr(err)
	}
	o := v.(Object)
	name := "__int__"
	if index {
		name = "__index__"
	}
	if m := o.Type().Lookup(name); m != nil {
		r, err := c.t.callDescr(m, o, nil)
		if err != nil {
			return 0, nil, true, err
		}
		return c.Int(r, true)
	}
	return 0, nil, false, nil
}
func (c converter) Float(v any) (float64, bool, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), true, nil
	case Int, Bool, *BigInt:
		f, err := intToFloat(x.(Object))
		return f, true, err
	case *IntSub:
		return c.Float(x.V)
	}
	o := v.(Object)
	if m := o.Type().Lookup("__float__"); m != nil {
		r, err := c.t.callDescr(m, o, nil)
		if err != nil {
			return 0, true, err
		}
		return c.Float(r)
	}
	return 0, false, nil
}

func (t *Thread) percentFormat(f string, right Object) (Object, error) {
	s, err := format.Percent(f, right, converter{t}, MaxStrDigits)
	if err != nil {
		return nil, fmtErr(err)
	}
	return NewStr(s), nil
}

const hexDigits = "0123456789abcdef"

func hex2(v int) string { return string([]byte{hexDigits[(v>>4)&15], hexDigits[v&15]}) }

func hexN(v, n int) string {
	b := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		b[i] = hexDigits[v&15]
		v >>= 4
	}
	return string(b)
}

// userMethod returns a dunder a script defined along typ's MRO (nil when
// only a built-in implementation exists).
func userMethod(typ *Type, name string) Object {
	m := typ.Lookup(name)
	if !overrides(m) {
		return nil
	}
	return m
}
