package py

import (
	"math"
	"math/big"

	"github.com/futurescope/futurescope/python/format"
)

// Binary operator indexes (python/syntax.Operator).
const (
	opAdd = iota
	opSub
	opMul
	opMatMul
	opDiv
	opMod
	opPow
	opLShift
	opRShift
	opOr
	opXor
	opAnd
	opFloorDiv
)

var binDunder = [...]string{"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__mod__", "__pow__",
	"__lshift__", "__rshift__", "__or__", "__xor__", "__and__", "__floordiv__"}
var binRDunder = [...]string{"__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rmod__",
	"__rpow__", "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__", "__rfloordiv__"}
var binIDunder = [...]string{"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__imod__",
	"__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__", "__ifloordiv__"}
var binSymbol = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

// intFast computes int64 arithmetic that cannot overflow, as Python defines it (floor division and
// a modulo with the divisor's sign); ok is false when the slow path must (overflow, division by
// zero, another operator).
func intFast(op int, a, b int64) (r int64, ok bool) {
	switch op {
	case opAdd:
		r = a + b
		return r, (r > a) == (b > 0)
	case opSub:
		r = a - b
		return r, (r < a) == (b > 0)
	case opMul:
		if a > -(1<<31) && a < 1<<31 && b > -(1<<31) && b < 1<<31 {
			return a * b, true
		}
	case opMod:
		if b > 0 && a >= 0 {
			return a % b, true
		}
		if b == -1 {
			return 0, true
		}
		if b != 0 {
			m := a % b
			if m != 0 && ((m < 0) != (b < 0)) {
				m += b
			}
			return m, true
		}
	case opFloorDiv:
		if b > 0 && a >= 0 {
			return a / b, true
		}
		if b != 0 && !(a == math.MinInt64 && b == -1) {
			q := a / b
			if (a%b != 0) && ((a < 0) != (b < 0)) {
				q--
			}
			return q, true
		}
	case opAnd:
		return a & b, true
	case opOr:
		return a | b, true
	case opXor:
		return a ^ b, true
	}
	return 0, false
}

func intCompare(op int, a, b int64) bool {
	switch op {
	case 0:
		return a == b
	case 1:
		return a != b
	case 2:
		return a < b
	case 3:
		return a <= b
	case 4:
		return a > b
	}
	return a >= b
}

// binaryOp computes a op b (in-place if inplace) with Python's dispatch:
// __iop__, then __op__ and the reflected __rop__ (the right operand first
// when its type is a subclass overriding it).
func (t *Thread) binaryOp(op int, a, b Object, inplace bool) (Object, error) {
	if inplace {
		if hostObj(a) {
			if m := a.Type().Lookup(binIDunder[op]); m != nil && overrides(m) {
				r, err := t.callDescr(m, a, []Object{b})
				if err != nil || r != NotImplemented {
					return r, err
				}
			}
		} else if l, ok := a.(*List); ok {
			switch op {
			case opAdd:
				items, err := t.iterToSlice(b)
				if err != nil {
					if !t.isIterable(b) {
						return nil, Errorf(TypeErrorType, "'%s' object is not iterable", b.Type().Name)
					}
					return nil, err
				}
				if len(l.V)+len(items) > MaxContainerLen {
					return nil, Errorf(MemoryErrorType, "list too large")
				}
				l.V = append(l.V, items...)
				return l, nil
			case opMul:
				r, err := builtinBinary(t, op, a, b)
				if err != nil || r == NotImplemented {
					break
				}
				l.V = r.(*List).V
				return l, nil
			}
		} else if s, ok := a.(*Set); ok && !s.frozen {
			if _, ok := b.(*Set); ok && (op == opOr || op == opAnd || op == opSub || op == opXor) {
				r, err := builtinBinary(t, op, a, b)
				if err != nil {
					return nil, err
				}
				*s = *r.(*Set)
				return s, nil
			}
		} else if d, ok := a.(*Dict); ok && op == opOr {
			if err := t.dictUpdate(d, b); err != nil {
				return nil, err
			}
			return d, nil
		}
	}
	ai := hostObj(a)
	bi := hostObj(b)
	_, ae := a.(*Exception)
	_, be := b.(*Exception)
	ae = ae || subOf(a) != nil
	be = be || subOf(b) != nil
	if !ai && !bi && !ae && !be {
		r, err := builtinBinary(t, op, a, b)
		if err != nil {
			return nil, err
		}
		if r != NotImplemented {
			return r, nil
		}
		return nil, binTypeError(op, a, b, inplace)
	}
	at, bt := a.Type(), b.Type()
	var rm Object
	if at != bt {
		rm = bt.Lookup(binRDunder[op])
	}
	if rm != nil && !overrides(rm) {
		rm = nil // a built-in type's slot: builtinBinary does its work
	}
	if rm != nil && bt.IsSubtype(at) && bt != at {
		r, err := t.callDescr(rm, b, []Object{a})
		if err != nil || r != NotImplemented {
			return r, err
		}
		rm = nil
	}
	if ai || ae {
		_, inst := a.(*Instance)
		if m := at.Lookup(binDunder[op]); m != nil && (inst || overrides(m)) {
			r, err := t.callDescr(m, a, []Object{b})
			if err != nil || r != NotImplemented {
				return r, err
			}
		} else if !inst {
			r, err := builtinBinary(t, op, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	} else {
		r, err := builtinBinary(t, op, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if rm != nil {
		r, err := t.callDescr(rm, b, []Object{a})
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, binTypeError(op, a, b, inplace)
}

func binTypeError(op int, a, b Object, inplace bool) error {
	sym := binSymbol[op]
	if inplace {
		sym += "="
	}
	if op == opPow && !inplace {
		return Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", a.Type().Name, b.Type().Name)
	}
	if op == opMul {
		switch a.(type) {
		case *Str, *List, *Tuple, *Bytes:
			return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", b.Type().Name)
		}
		switch b.(type) {
		case *Str, *List, *Tuple, *Bytes:
			return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", a.Type().Name)
		}
	}
	if op == opAdd && !inplace {
		if _, ok := a.(*Str); ok {
			return Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", b.Type().Name)
		}
		if _, ok := a.(*List); ok {
			return Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", b.Type().Name)
		}
		if _, ok := a.(*Tuple); ok {
			return Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", b.Type().Name)
		}
	}
	return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, a.Type().Name, b.Type().Name)
}

func isNumber(o Object) bool {
	switch o.(type) {
	case Int, *BigInt, Bool, Float:
		return true
	}
	return false
}

func fmtErr(err error) error {
	if fe, ok := err.(*format.Error); ok {
		typ := map[string]*Type{"ValueError": ValueErrorType, "TypeError": TypeErrorType,
			"OverflowError": OverflowErrorType, "KeyError": KeyErrorType, "ZeroDivisionError": ZeroDivisionErrorType,
			"IndexError": IndexErrorType, "MemoryError": MemoryErrorType}[fe.Type]
		if typ == nil {
			typ = ValueErrorType
		}
		return Errorf(typ, "%s", fe.Msg)
	}
	return err
}

// builtinBinary implements the operators of the built-in types; it returns
// NotImplemented for operand types it does not handle.
func builtinBinary(t *Thread, op int, a, b Object) (Object, error) {
	a, b = unwrapFloat(a), unwrapFloat(b)
	if op == opMul {
		// Sequence repetition accepts any count with __index__.
		if inst, ok := b.(*Instance); ok && inst.typ.Lookup("__index__") != nil {
			switch a.(type) {
			case *Str, *List, *Tuple, *Bytes:
				n, err := t.ToInt64(b)
				if err != nil {
					return nil, err
				}
				b = MakeInt(n)
			}
		}
	}
	if op == opMul && (isSeqRepeat(a) && isHugeInt(b) || isSeqRepeat(b) && isHugeInt(a)) {
		return nil, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if isIntLike(a) && isIntLike(b) {
		r, err := intBinary(op, a, b)
		if err == nil {
			if rb, ok := r.(*BigInt); ok {
				err = t.chargeBig(op, a, b, rb)
			}
		}
		return r, err
	}
	if isNumber(a) && isNumber(b) {
		return floatBinary(op, a, b)
	}
	_, ac := a.(*Complex)
	_, bc := b.(*Complex)
	if ac || bc {
		return complexBinary(op, a, b)
	}
	switch x := a.(type) {
	case *Str:
		switch op {
		case opAdd:
			if y, ok := b.(*Str); ok {
				return t.concatStr(x, y)
			}
		case opMul:
			if n, ok := asInt64(b); ok {
				return repeatStr(t, x, n, "str")
			}
		case opMod:
			return t.percentFormat(x.S, b)
		}
	case *List:
		switch op {
		case opAdd:
			if y, ok := b.(*List); ok {
				if len(x.V)+len(y.V) > MaxContainerLen {
					return nil, Errorf(MemoryErrorType, "list too large")
				}
				v := make([]Object, 0, len(x.V)+len(y.V))
				return NewList(append(append(v, x.V...), y.V...)), nil
			}
		case opMul:
			if n, ok := asInt64(b); ok {
				v, err := repeatItems(t, x.V, n)
				return NewList(v), err
			}
		}
	case *Tuple:
		switch op {
		case opAdd:
			if y, ok := b.(*Tuple); ok {
				if len(x.V)+len(y.V) > MaxContainerLen {
					return nil, Errorf(MemoryErrorType, "tuple too large")
				}
				v := make([]Object, 0, len(x.V)+len(y.V))
				return NewTuple(append(append(v, x.V...), y.V...)), nil
			}
		case opMul:
			if n, ok := asInt64(b); ok {
				v, err := repeatItems(t, x.V, n)
				return NewTuple(v), err
			}
		}
	case *Bytes:
		switch op {
		case opAdd:
			if y, ok := bytesOf(b); ok {
				if len(x.S)+len(y) > MaxStrLen {
					return nil, Errorf(MemoryErrorType, "bytes too large")
				}
				return &Bytes{S: x.S + y}, t.chargeBytes(len(x.S) + len(y))
			}
		case opMul:
			if n, ok := asInt64(b); ok {
				s, err := repeatStr(t, NewStr(x.S), n, "bytes")
				if err != nil {
					return nil, err
				}
				return &Bytes{S: s.(*Str).S}, nil
			}
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			return t.setBinary(op, x, y)
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && op == opOr {
			d := x.Copy()
			if err := t.dictUpdate(d, y); err != nil {
				return nil, err
			}
			return d, nil
		}
	case *Type, *UnionType, *GenericAlias, NoneType:
		if op == opOr {
			if u := typeUnion(a, b); u != nil {
				return u, nil
			}
		}
	case *DictView:
		if x.Kind != 'v' {
			if _, ok := b.(*Set); ok {
				return t.viewSetOp(op, a, b)
			}
			if _, ok := b.(*DictView); ok {
				return t.viewSetOp(op, a, b)
			}
		}
	}
	if op == opMul {
		if n, ok := asInt64(a); ok {
			switch y := b.(type) {
			case *Str, *List, *Tuple, *Bytes:
				return builtinBinary(t, op, y, MakeInt(n))
			}
		}
	}
	return NotImplemented, nil
}

// repeatStr is s * n, for str, bytes and bytearray (kind); it counts its work and refuses results over MaxStrLen.
func repeatStr(t *Thread, s *Str, n int64, kind string) (Object, error) {
	if n <= 0 || s.S == "" {
		return emptyStr, nil
	}
	if n > math.MaxInt64/int64(len(s.S)) {
		switch kind {
		case "bytes":
			return nil, Errorf(OverflowErrorType, "repeated bytes are too long")
		case "bytearray":
			return nil, NewException(MemoryErrorType)
		}
		return nil, Errorf(OverflowErrorType, "repeated string is too long")
	}
	if int64(len(s.S))*n > MaxStrLen {
		return nil, sizeError(float64(len(s.S))*float64(n), kind+" too large")
	}
	if err := t.chargeBytes(len(s.S) * int(n)); err != nil {
		return nil, err
	}
	b := make([]byte, 0, len(s.S)*int(n))
	for i := int64(0); i < n; i++ {
		b = append(b, s.S...)
	}
	return NewStr(string(b)), nil
}

// repeatItems is a list or tuple's items repeated n times; it counts its work and refuses results
// over MaxContainerLen.
func repeatItems(t *Thread, v []Object, n int64) ([]Object, error) {
	if n <= 0 || len(v) == 0 {
		return nil, nil
	}
	if n > MaxContainerLen/int64(len(v)) {
		return nil, sizeError(float64(len(v))*float64(n)*8, "sequence too large")
	}
	if err := t.chargeItems(len(v) * int(n)); err != nil {
		return nil, err
	}
	out := make([]Object, 0, len(v)*int(n))
	for i := int64(0); i < n; i++ {
		out = append(out, v...)
	}
	return out, nil
}

func intBinary(op int, a, b Object) (Object, error) {
	if ba, ok := a.(Bool); ok {
		if bb, ok := b.(Bool); ok {
			switch op {
			case opAnd:
				return NewBool(bool(ba && bb)), nil
			case opOr:
				return NewBool(bool(ba || bb)), nil
			case opXor:
				return NewBool(ba != bb), nil
			}
		}
	}
	x, xok := asInt64(a)
	y, yok := asInt64(b)
	if xok && yok {
		switch op {
		case opAdd:
			return intAdd(x, y), nil
		case opSub:
			return intSub(x, y), nil
		case opMul:
			return intMul(x, y), nil
		case opMod, opFloorDiv:
			if y == 0 {
				if op == opMod {
					return nil, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
				}
				return nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			if op == opMod {
				return intMod(x, y), nil
			}
			return intFloorDiv(x, y), nil
		case opAnd:
			return MakeInt(x & y), nil
		case opOr:
			return MakeInt(x | y), nil
		case opXor:
			return MakeInt(x ^ y), nil
		case opLShift:
			if y < 0 {
				return nil, Errorf(ValueErrorType, "negative shift count")
			}
			if y < 62 && x > -(1<<(62-y)) && x < 1<<(62-y) {
				return MakeInt(x << y), nil
			}
		case opRShift:
			if y < 0 {
				return nil, Errorf(ValueErrorType, "negative shift count")
			}
			if y > 63 {
				y = 63
			}
			return MakeInt(x >> y), nil
		}
	}
	bx, by := toBig(a), toBig(b)
	switch op {
	case opAdd:
		return checkBig(new(big.Int).Add(bx, by))
	case opSub:
		return checkBig(new(big.Int).Sub(bx, by))
	case opMul:
		if bx.BitLen()+by.BitLen() > MaxIntBits {
			return nil, Errorf(MemoryErrorType, "integer too large: more than %d bits", MaxIntBits)
		}
		return checkBig(new(big.Int).Mul(bx, by))
	case opMod, opFloorDiv:
		if by.Sign() == 0 {
			if op == opMod {
				return nil, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if op == opMod {
			return NewBigInt(bigMod(bx, by)), nil
		}
		return NewBigInt(bigFloorDiv(bx, by)), nil
	case opDiv:
		if by.Sign() == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "division by zero")
		}
		if xok && yok && x < 1<<53 && x > -(1<<53) && y < 1<<53 && y > -(1<<53) {
			return Float(float64(x) / float64(y)), nil
		}
		f, err := format.TrueDivBig(bx, by)
		if err != nil {
			return nil, fmtErr(err)
		}
		return Float(f), nil
	case opPow:
		if by.Sign() < 0 {
			fx, err := intToFloat(a)
			if err != nil {
				return nil, err
			}
			fy, _ := intToFloat(b)
			if fx == 0 {
				return nil, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
			}
			return Float(math.Pow(fx, fy)), nil
		}
		return intPow(bx, by)
	case opAnd:
		return NewBigInt(new(big.Int).And(bx, by)), nil
	case opOr:
		return NewBigInt(new(big.Int).Or(bx, by)), nil
	case opXor:
		return NewBigInt(new(big.Int).Xor(bx, by)), nil
	case opLShift:
		if by.Sign() < 0 {
			return nil, Errorf(ValueErrorType, "negative shift count")
		}
		if !by.IsInt64() || int64(bx.BitLen())+by.Int64() > MaxIntBits {
			if bx.Sign() == 0 {
				return MakeInt(0), nil
			}
			return nil, Errorf(MemoryErrorType, "integer too large: more than %d bits", MaxIntBits)
		}
		return checkBig(new(big.Int).Lsh(bx, uint(by.Int64())))
	case opRShift:
		if by.Sign() < 0 {
			return nil, Errorf(ValueErrorType, "negative shift count")
		}
		if !by.IsInt64() || by.Int64() > int64(bx.BitLen()) {
			if bx.Sign() < 0 {
				return MakeInt(-1), nil
			}
			return MakeInt(0), nil
		}
		return NewBigInt(new(big.Int).Rsh(bx, uint(by.Int64()))), nil
	}
	return NotImplemented, nil
}

func floatBinary(op int, a, b Object) (Object, error) {
	x, err := toFloat(a)
	if err != nil {
		return nil, err
	}
	y, err := toFloat(b)
	if err != nil {
		return nil, err
	}
	switch op {
	case opAdd:
		return Float(x + y), nil
	case opSub:
		return Float(x - y), nil
	case opMul:
		return Float(x * y), nil
	case opDiv:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), nil
	case opFloorDiv:
		r, err := format.FloorDivFloat(x, y)
		if err != nil {
			return nil, fmtErr(err)
		}
		return Float(r), nil
	case opMod:
		r, err := format.ModFloat(x, y)
		if err != nil {
			return nil, fmtErr(err)
		}
		return Float(r), nil
	case opPow:
		if x < 0 && y != math.Floor(y) && !math.IsInf(y, 0) && !math.IsNaN(y) {
			return complexBinary(opPow, &Complex{V: complex(x, 0)}, &Complex{V: complex(y, 0)})
		}
		r, err := format.PowFloat(x, y)
		if err != nil {
			return nil, fmtErr(err)
		}
		return Float(r), nil
	}
	return NotImplemented, nil
}

func toFloat(o Object) (float64, error) {
	if f, ok := o.(Float); ok {
		return float64(f), nil
	}
	if f, ok := o.(*FloatSub); ok {
		return float64(f.V), nil
	}
	return intToFloat(o)
}
