package py

import (
	"strings"

	"github.com/futurescope/futurescope/python/pystr"
)

// ByteArray is a Python bytearray: mutable bytes. Its class is written as a host's would be (its
// special methods are Go methods in its dict, which the interpreter honours as a NewType class's),
// and bytes' search, split, strip and case methods serve it too, returning bytearrays.
type ByteArray struct {
	B []byte
	// cls is a script's subclass of bytearray this value is an instance of (nil: bytearray).
	cls *Type
}

// Type returns ByteArrayType, or the subclass.
func (b *ByteArray) Type() *Type {
	if b.cls != nil {
		return b.cls
	}
	return ByteArrayType
}

// byteValue checks a value stored in a bytearray.
func (t *Thread) byteValue(o Object) (byte, error) {
	v, err := t.index(o)
	if err != nil {
		return 0, err
	}
	n, ok := asInt64(v)
	if !ok || n < 0 || n > 255 {
		return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// bytesOf returns the bytes of a bytes or bytearray value.
func bytesOf(o Object) (string, bool) {
	switch x := o.(type) {
	case *Bytes:
		return x.S, true
	case *ByteArray:
		return string(x.B), true
	}
	return "", false
}

// byteArrayFrom builds a bytearray's contents as bytes(...) would.
func (t *Thread) byteArrayFrom(args []Object, kw []string) ([]byte, error) {
	if len(args) == 0 {
		return nil, nil
	}
	if ba, ok := args[0].(*ByteArray); ok && len(args) == 1 {
		return append([]byte(nil), ba.B...), nil
	}
	b, err := bytesNew(t, BytesType, args, kw)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(ValueErrorType) && strings.HasPrefix(e.Error(), "ValueError: bytes must be in range") {
			return nil, Errorf(ValueErrorType, "byte must be in range(0, 256)")
		}
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) && strings.Contains(e.Error(), "object to bytes") {
			return nil, Errorf(TypeErrorType, "cannot convert '%s' object to bytearray", args[0].Type().Name)
		}
		return nil, err
	}
	return []byte(b.(*Bytes).S), nil
}

// byteArrayIterType is iter(bytearray)'s class.
var byteArrayIterType = mkType("bytearray_iterator", ObjectType)

// byteArrayBytesMethods are the methods bytes lends bytearray.
var byteArrayBytesMethods = []string{"upper", "lower", "swapcase", "strip", "lstrip", "rstrip", "split", "rsplit",
	"join", "replace", "find", "rfind", "index", "rindex", "count", "startswith", "endswith", "partition",
	"rpartition", "isalpha", "isdigit", "isspace", "isalnum", "isupper", "islower", "decode", "hex",
	"capitalize", "title", "center", "ljust", "rjust", "zfill", "removeprefix", "removesuffix", "splitlines",
	"expandtabs", "istitle", "isascii"}

func init() {
	ByteArrayType.builtin = false // its dunders below are honoured, like a host class's
	ByteArrayType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		b, err := t.byteArrayFrom(args, kw)
		if err != nil {
			return nil, err
		}
		if cls != ByteArrayType {
			return &ByteArray{B: b, cls: cls}, nil
		}
		return &ByteArray{B: b}, nil
	}
	RegisterBuiltinValue("bytearray", ByteArrayType)
	ByteArrayType.SetAttr("fromhex", &ClassMethod{Fn: NewBuiltin("fromhex", func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "fromhex() missing the class")
		}
		r, err := bytesFromHex(t, args, kw)
		if err != nil {
			return nil, err
		}
		cls, _ := args[0].(*Type)
		if cls == nil || cls == ByteArrayType {
			cls = nil
		}
		return &ByteArray{B: []byte(r.(*Bytes).S), cls: cls}, nil
	})})
	ByteArrayType.SetAttr("__hash__", None)
	self := func(o Object) *ByteArray { return o.(*ByteArray) }
	m := map[string]MethodFunc{
		"__repr__": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			return NewStr(o.Type().Name + "(" + pystr.BytesRepr(string(self(o).B)) + ")"), nil
		},
		"__len__": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			return MakeInt(int64(len(self(o).B))), nil
		},
		"__iter__": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			ba, i := self(o), 0
			return &GoIter{T: byteArrayIterType, NextT: func(t *Thread) (Object, error) {
				if i >= len(ba.B) {
					return nil, nil
				}
				i++
				return MakeInt(int64(ba.B[i-1])), nil
			}}, nil
		},
		"__contains__": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			if s, ok := bytesOf(args[0]); ok {
				return NewBool(strings.Contains(string(self(o).B), s)), nil
			}
			c, err := t.byteValue(args[0])
			if err != nil {
				return nil, err
			}
			return NewBool(strings.IndexByte(string(self(o).B), c) >= 0), nil
		},
		"__getitem__": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			ba := self(o)
			if isIndex(args[0]) {
				i, err := seqIndex(args[0], len(ba.B), "bytearray")
				if err != nil {
					return nil, err
				}
				return MakeInt(int64(ba.B[i])), nil
			}
			r, err := t.GetItem(&Bytes{S: string(ba.B)}, args[0])
			if err != nil {
				return nil, err
			}
			return &ByteArray{B: []byte(r.(*Bytes).S)}, nil
		},
		"__setitem__": byteArraySetItem,
		"__delitem__": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			ba := self(o)
			items := make([]Object, len(ba.B))
			for i, c := range ba.B {
				items[i] = MakeInt(int64(c))
			}
			l := NewList(items)
			if err := t.DelItem(l, args[0]); err != nil {
				if e, ok := err.(*Exception); ok && e.Matches(IndexErrorType) {
					return nil, Errorf(IndexErrorType, "bytearray index out of range")
				}
				return nil, err
			}
			ba.B = ba.B[:0]
			for _, v := range l.V {
				ba.B = append(ba.B, byte(v.(Int)))
			}
			return None, nil
		},
		"__add__": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			s, ok := bytesOf(args[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "can't concat %s to bytearray", args[0].Type().Name)
			}
			b := self(o).B
			if len(b)+len(s) > MaxStrLen {
				return nil, Errorf(MemoryErrorType, "bytearray too large")
			}
			return &ByteArray{B: append(append(make([]byte, 0, len(b)+len(s)), b...), s...)}, t.chargeBytes(len(b) + len(s))
		},
		"__iadd__": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			s, ok := bytesOf(args[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "can't concat %s to bytearray", args[0].Type().Name)
			}
			ba := self(o)
			if len(ba.B)+len(s) > MaxStrLen {
				return nil, Errorf(MemoryErrorType, "bytearray too large")
			}
			ba.B = append(ba.B, s...)
			return ba, t.chargeBytes(len(s))
		},
		"__mul__":  byteArrayMul,
		"__rmul__": byteArrayMul,
		"__imul__": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			r, err := byteArrayMul(t, o, args, kw)
			if err != nil || r == NotImplemented {
				return r, err
			}
			self(o).B = r.(*ByteArray).B
			return o, nil
		},
		"append": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			if err := argCount("bytearray", "append", len(args), 1, 1); err != nil {
				return nil, err
			}
			c, err := t.byteValue(args[0])
			if err != nil {
				return nil, err
			}
			self(o).B = append(self(o).B, c)
			return None, nil
		},
		"extend": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			if err := argCount("bytearray", "extend", len(args), 1, 1); err != nil {
				return nil, err
			}
			b, err := t.byteArrayFrom(args[:1], nil)
			if err != nil {
				return nil, err
			}
			self(o).B = append(self(o).B, b...)
			return None, nil
		},
		"pop": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			ba := self(o)
			if len(ba.B) == 0 {
				return nil, Errorf(IndexErrorType, "pop from empty bytearray")
			}
			i := len(ba.B) - 1
			if len(args) > 0 {
				var err error
				if i, err = seqIndex(args[0], len(ba.B), "pop"); err != nil {
					return nil, err
				}
			}
			c := ba.B[i]
			ba.B = append(ba.B[:i], ba.B[i+1:]...)
			return MakeInt(int64(c)), nil
		},
		"insert": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			if err := argCount("bytearray", "insert", len(args), 2, 2); err != nil {
				return nil, err
			}
			n, err := t.ToInt64(args[0])
			if err != nil {
				return nil, err
			}
			c, err := t.byteValue(args[1])
			if err != nil {
				return nil, err
			}
			ba := self(o)
			i := int(max(0, min(n, int64(len(ba.B)))))
			if n < 0 {
				i = int(max(0, int64(len(ba.B))+n))
			}
			ba.B = append(ba.B[:i], append([]byte{c}, ba.B[i:]...)...)
			return None, nil
		},
		"remove": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			if err := argCount("bytearray", "remove", len(args), 1, 1); err != nil {
				return nil, err
			}
			c, err := t.byteValue(args[0])
			if err != nil {
				return nil, err
			}
			ba := self(o)
			i := strings.IndexByte(string(ba.B), c)
			if i < 0 {
				return nil, Errorf(ValueErrorType, "value not found in bytearray")
			}
			ba.B = append(ba.B[:i], ba.B[i+1:]...)
			return None, nil
		},
		"clear": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			self(o).B = nil
			return None, nil
		},
		"copy": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			return &ByteArray{B: append([]byte(nil), self(o).B...)}, nil
		},
		"reverse": func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			b := self(o).B
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
			return None, nil
		},
	}
	for _, op := range []struct {
		name string
		cmp  func(c int) bool
	}{{"__eq__", func(c int) bool { return c == 0 }}, {"__ne__", func(c int) bool { return c != 0 }},
		{"__lt__", func(c int) bool { return c < 0 }}, {"__le__", func(c int) bool { return c <= 0 }},
		{"__gt__", func(c int) bool { return c > 0 }}, {"__ge__", func(c int) bool { return c >= 0 }}} {
		m[op.name] = func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			s, ok := bytesOf(args[0])
			if !ok {
				return NotImplemented, nil
			}
			return NewBool(op.cmp(strings.Compare(string(self(o).B), s))), nil
		}
	}
	// bytes' own methods, run on a copy; bytes results come back as bytearrays.
	for _, name := range byteArrayBytesMethods {
		m[name] = func(t *Thread, o Object, args []Object, kw []string) (Object, error) {
			md := BytesType.Dict[name].(*MethodDescr) // looked up late: lib_bytes*.go register them
			r, err := md.Fn(t, &Bytes{S: string(self(o).B)}, args, kw)
			return toByteArrays(r), err
		}
	}
	registerLib(ByteArrayType, m)
}

// toByteArrays turns the bytes in a bytes method's result into bytearrays.
func toByteArrays(r Object) Object {
	switch x := r.(type) {
	case *Bytes:
		return &ByteArray{B: []byte(x.S)}
	case *List:
		for i, v := range x.V {
			x.V[i] = toByteArrays(v)
		}
	case *Tuple:
		items := make([]Object, len(x.V))
		for i, v := range x.V {
			items[i] = toByteArrays(v)
		}
		return NewTuple(items)
	}
	return r
}

func byteArrayMul(t *Thread, o Object, args []Object, kw []string) (Object, error) {
	n, ok := asInt64(args[0])
	if !ok {
		if !isIntLike(args[0]) {
			return NotImplemented, nil
		}
		return nil, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	r, err := repeatStr(t, NewStr(string(o.(*ByteArray).B)), n, "bytearray")
	if err != nil {
		return nil, err
	}
	return &ByteArray{B: []byte(r.(*Str).S)}, nil
}

func byteArraySetItem(t *Thread, o Object, args []Object, kw []string) (Object, error) {
	ba := o.(*ByteArray)
	if isIndex(args[0]) {
		i, err := seqIndex(args[0], len(ba.B), "bytearray")
		if err != nil {
			return nil, err
		}
		c, err := t.byteValue(args[1])
		if err != nil {
			return nil, err
		}
		ba.B[i] = c
		return None, nil
	}
	if _, ok := args[0].(*Slice); !ok {
		return nil, Errorf(TypeErrorType, "bytearray indices must be integers or slices, not %s", args[0].Type().Name)
	}
	if _, ok := args[1].(Int); ok {
		return nil, Errorf(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	vals, err := t.byteArrayFrom(args[1:2], nil)
	if err != nil {
		return nil, err
	}
	items := make([]Object, len(ba.B))
	for i, c := range ba.B {
		items[i] = MakeInt(int64(c))
	}
	l := NewList(items)
	repl := make([]Object, len(vals))
	for i, c := range vals {
		repl[i] = MakeInt(int64(c))
	}
	if err := t.SetItem(l, args[0], NewList(repl)); err != nil {
		return nil, err
	}
	ba.B = ba.B[:0]
	for _, v := range l.V {
		ba.B = append(ba.B, byte(v.(Int)))
	}
	return None, nil
}
