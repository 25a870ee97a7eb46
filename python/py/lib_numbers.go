package py

import (
	"math"
	"math/big"

	"github.com/futurescope/futurescope/python/format"
)

// The methods and attributes of int, bool, float and complex that the core leaves to the library.
func init() {
	registerLib(IntType, map[string]MethodFunc{
		"bit_length":       intMethod("bit_length", func(x *big.Int) Object { return MakeInt(int64(new(big.Int).Abs(x).BitLen())) }),
		"bit_count":        intMethod("bit_count", bitCount),
		"conjugate":        intMethod("conjugate", func(x *big.Int) Object { return NewBigInt(x) }),
		"as_integer_ratio": intMethod("as_integer_ratio", func(x *big.Int) Object { return NewTuple([]Object{NewBigInt(x), MakeInt(1)}) }),
		"is_integer":       intMethod("is_integer", func(*big.Int) Object { return True }),
		"to_bytes":         intToBytes,
	})
	setProperties(IntType, map[string]func(Object) Object{
		"real":        func(o Object) Object { return NewBigInt(toBig(o)) },
		"numerator":   func(o Object) Object { return NewBigInt(toBig(o)) },
		"imag":        func(Object) Object { return MakeInt(0) },
		"denominator": func(Object) Object { return MakeInt(1) },
	})
	IntType.SetAttr("from_bytes", &ClassMethod{Fn: NewBuiltin("from_bytes", intFromBytes)})
	registerLib(FloatType, map[string]MethodFunc{
		"is_integer":       floatMethod("is_integer", func(x float64) (Object, error) { return NewBool(x == math.Trunc(x) && !math.IsInf(x, 0)), nil }),
		"as_integer_ratio": floatMethod("as_integer_ratio", floatRatio),
		"hex":              floatMethod("hex", func(x float64) (Object, error) { return NewStr(format.FloatHex(x)), nil }),
		"conjugate":        floatMethod("conjugate", func(x float64) (Object, error) { return Float(x), nil }),
	})
	setProperties(FloatType, map[string]func(Object) Object{
		"real": func(o Object) Object { return o },
		"imag": func(Object) Object { return Float(0) },
	})
	FloatType.SetAttr("fromhex", &ClassMethod{Fn: NewBuiltin("fromhex", floatFromHex)})
	registerLib(ComplexType, map[string]MethodFunc{
		"conjugate": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			c, ok := self.(*Complex)
			if !ok {
				return nil, descrError("conjugate", "complex", self)
			}
			return &Complex{V: complex(real(c.V), -imag(c.V))}, nil
		},
	})
	setProperties(ComplexType, map[string]func(Object) Object{
		"real": func(o Object) Object { return Float(real(o.(*Complex).V)) },
		"imag": func(o Object) Object { return Float(imag(o.(*Complex).V)) },
	})
}

// setProperties adds read-only attributes computed from the receiver to a built-in type.
func setProperties(typ *Type, props map[string]func(Object) Object) {
	for _, name := range sortedKeys(props) {
		get := props[name]
		fn := NewBuiltin(name, func(t *Thread, args []Object, kw []string) (Object, error) {
			if len(args) != 1 || !args[0].Type().IsSubtype(typ) {
				return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply", name, typ.Name)
			}
			return get(args[0]), nil
		})
		typ.SetAttr(name, &Property{Get: fn, Set: None, Del: None, Doc: None})
	}
}

// sortedKeys returns a map's keys in order, so that registration never depends on map order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

// intMethod makes an int method of no arguments from a function of the value.
func intMethod(name string, fn func(*big.Int) Object) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		if len(args) > 0 || len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "int.%s() takes no arguments (%d given)", name, len(args))
		}
		if !isIntLike(self) {
			return nil, descrError(name, "int", self)
		}
		return fn(toBig(self)), nil
	}
}

func bitCount(x *big.Int) Object {
	n := 0
	for _, w := range new(big.Int).Abs(x).Bits() {
		for ; w != 0; w &= w - 1 {
			n++
		}
	}
	return MakeInt(int64(n))
}

// byteOrderArgs parses the (length or bytes, byteorder, *, signed) arguments of to_bytes and from_bytes.
func (t *Thread) byteOrderArgs(method string, args []Object, kwnames []string, first string) (Object, bool, bool, error) {
	a, err := clinicArgs(method, args, kwnames, []string{first, "byteorder", "signed"}, 0)
	if err != nil {
		return nil, false, false, err
	}
	little := false
	if a[1] != nil {
		s, ok := a[1].(*Str)
		if !ok {
			return nil, false, false, Errorf(TypeErrorType, "%s() argument 'byteorder' must be str, not %s", method, a[1].Type().Name)
		}
		switch s.S {
		case "little":
			little = true
		case "big":
		default:
			return nil, false, false, Errorf(ValueErrorType, "byteorder must be either 'little' or 'big'")
		}
	}
	signed := false
	if a[2] != nil {
		if signed, err = t.Truth(a[2]); err != nil {
			return nil, false, false, err
		}
	}
	return a[0], little, signed, nil
}

func intToBytes(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	if !isIntLike(self) {
		return nil, descrError("to_bytes", "int", self)
	}
	lenObj, little, signed, err := t.byteOrderArgs("to_bytes", args, kwnames, "length")
	if err != nil {
		return nil, err
	}
	n := int64(1)
	if lenObj != nil {
		if n, err = t.ToInt64(lenObj); err != nil {
			return nil, err
		}
	}
	if n < 0 {
		return nil, Errorf(ValueErrorType, "length argument must be non-negative")
	}
	if n > MaxStrLen {
		return nil, Errorf(MemoryErrorType, "bytes too large")
	}
	x := toBig(self)
	if x.Sign() < 0 && !signed {
		return nil, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
	}
	bits := 8 * n
	if signed {
		bits--
	}
	mag := x
	if x.Sign() < 0 {
		mag = new(big.Int).Not(x) // -x-1
	}
	if int64(mag.BitLen()) > bits {
		return nil, Errorf(OverflowErrorType, "int too big to convert")
	}
	v := new(big.Int).Set(x)
	if x.Sign() < 0 {
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
	}
	b := v.FillBytes(make([]byte, n))
	if little {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	return &Bytes{S: string(b)}, nil
}

// intFromBytes is int.from_bytes(bytes, byteorder='big', *, signed=False), called with the class first.
func intFromBytes(t *Thread, args []Object, kwnames []string) (Object, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, "from_bytes() missing required argument 'bytes' (pos 1)")
	}
	src, little, signed, err := t.byteOrderArgs("from_bytes", args[1:], kwnames, "bytes")
	if err != nil {
		return nil, err
	}
	if src == nil {
		return nil, Errorf(TypeErrorType, "from_bytes() missing required argument 'bytes' (pos 1)")
	}
	var b []byte
	if bs, ok := src.(*Bytes); ok {
		b = []byte(bs.S)
	} else {
		items, err := t.iterToSlice(src)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			v, ok := asInt64(it)
			if !ok || v < 0 || v > 255 {
				return nil, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
			}
			b = append(b, byte(v))
		}
	}
	if little {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	v := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	return NewBigInt(v), nil
}

// floatMethod makes a float method of no arguments from a function of the value.
func floatMethod(name string, fn func(float64) (Object, error)) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		if len(args) > 0 || len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "float.%s() takes no arguments (%d given)", name, len(args))
		}
		f, ok := self.(Float)
		if !ok {
			return nil, descrError(name, "float", self)
		}
		return fn(float64(f))
	}
}

// floatRatio is float.as_integer_ratio: the exact fraction in lowest terms.
func floatRatio(x float64) (Object, error) {
	switch {
	case math.IsInf(x, 0):
		return nil, Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
	case math.IsNaN(x):
		return nil, Errorf(ValueErrorType, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(x)
	return NewTuple([]Object{NewBigInt(r.Num()), NewBigInt(r.Denom())}), nil
}

// floatFromHex is float.fromhex(string), called with the class first.
func floatFromHex(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := NoKwargs("fromhex", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, Errorf(TypeErrorType, "float.fromhex() takes exactly one argument (%d given)", max(len(args)-1, 0))
	}
	s, ok := args[1].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "must be str, not %s", args[1].Type().Name)
	}
	f, err := format.FloatFromHex(s.S)
	if err != nil {
		return nil, fmtErr(err)
	}
	return Float(f), nil
}
