package py

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// Int is a Python int that fits in 64 bits; larger values are *BigInt.
// Every arithmetic result is normalized: a value that fits is always an Int.
type Int int64

// BigInt is a Python int outside the int64 range.
type BigInt struct{ V *big.Int }

// Type returns IntType.
func (Int) Type() *Type { return IntType }

// Type returns IntType.
func (*BigInt) Type() *Type { return IntType }

const smallIntMin, smallIntMax = -5, 1 << 14

// smallInts holds boxed small ints so making one does not allocate. The
// range was chosen with BenchmarkCPULoop: up to 2**14 it saves allocations
// in loops over counters and remainders (6% faster than -5..1024); a 2**16
// table is slower again (cache misses).
var smallInts = func() (t [smallIntMax - smallIntMin + 1]Object) {
	for i := range t {
		t[i] = Int(i + smallIntMin)
	}
	return
}()

// MakeInt returns an int object for v, allocation-free for small values.
func MakeInt(v int64) Object {
	if v >= smallIntMin && v <= smallIntMax {
		return smallInts[v-smallIntMin]
	}
	return Int(v)
}

// MaxIntBits bounds the size of an int a script can build; beyond it
// arithmetic raises MemoryError instead of exhausting the host's memory.
const MaxIntBits = 1 << 24

// NewBigInt returns v as an int object, normalized to Int when it fits.
func NewBigInt(v *big.Int) Object {
	if v.IsInt64() {
		return MakeInt(v.Int64())
	}
	return &BigInt{V: v}
}

func checkBig(v *big.Int) (Object, error) {
	if v.BitLen() > MaxIntBits {
		return nil, Errorf(MemoryErrorType, "integer too large: more than %d bits", MaxIntBits)
	}
	return NewBigInt(v), nil
}

// IntSub is an instance of a class a script derived from int: the value
// (Int or *BigInt) and the class.
type IntSub struct {
	V   Object
	sub subclass
}

// Type returns the subclass.
func (i *IntSub) Type() *Type { return i.sub.cls }

// toBig returns an int object (Int, *BigInt or Bool) as a *big.Int.
func toBig(o Object) *big.Int {
	switch v := o.(type) {
	case *IntSub:
		return toBig(v.V)
	case Int:
		return big.NewInt(int64(v))
	case *BigInt:
		return v.V
	case Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	}
	return nil
}

// asInt64 returns an int-like object's value if it fits in int64.
func asInt64(o Object) (int64, bool) {
	switch v := o.(type) {
	case *IntSub:
		return asInt64(v.V)
	case Int:
		return int64(v), true
	case Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// isIntLike reports int, bool or big int.
func isIntLike(o Object) bool {
	switch o.(type) {
	case Int, *BigInt, Bool, *IntSub:
		return true
	}
	return false
}

func intAdd(a, b int64) Object {
	s, c := bits.Add64(uint64(a), uint64(b), 0)
	_ = c
	r := int64(s)
	if (a >= 0) == (b >= 0) && (r >= 0) != (a >= 0) {
		return NewBigInt(new(big.Int).Add(big.NewInt(a), big.NewInt(b)))
	}
	return MakeInt(r)
}

func intSub(a, b int64) Object {
	r := a - b
	if (a >= 0) != (b >= 0) && (r >= 0) != (a >= 0) {
		return NewBigInt(new(big.Int).Sub(big.NewInt(a), big.NewInt(b)))
	}
	return MakeInt(r)
}

func intMul(a, b int64) Object {
	if a > -(1<<31) && a < 1<<31 && b > -(1<<31) && b < 1<<31 {
		return MakeInt(a * b)
	}
	hi, lo := bits.Mul64(uint64(absU(a)), uint64(absU(b)))
	neg := (a < 0) != (b < 0)
	if hi == 0 && (lo < 1<<63 || (neg && lo == 1<<63)) {
		if neg {
			return MakeInt(-int64(lo))
		}
		return MakeInt(int64(lo))
	}
	return NewBigInt(new(big.Int).Mul(big.NewInt(a), big.NewInt(b)))
}

func absU(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

// intFloorDiv and intMod follow Python's rounding toward negative infinity.
func intFloorDiv(a, b int64) Object {
	if a == math.MinInt64 && b == -1 {
		return NewBigInt(new(big.Int).Neg(big.NewInt(a)))
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return MakeInt(q)
}

func intMod(a, b int64) Object {
	if b == -1 {
		return MakeInt(0)
	}
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return MakeInt(m)
}

func bigFloorDiv(a, b *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

func bigMod(a, b *big.Int) *big.Int {
	_, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		m.Add(m, b)
	}
	return m
}

// intPow computes a**b for b >= 0.
func intPow(a, b *big.Int) (Object, error) {
	if a.BitLen() > 1 && b.IsInt64() && float64(a.BitLen()-1)*float64(b.Int64()) > MaxIntBits {
		return nil, Errorf(MemoryErrorType, "integer too large: more than %d bits", MaxIntBits)
	}
	if !b.IsInt64() && a.BitLen() > 1 {
		return nil, Errorf(MemoryErrorType, "integer too large: more than %d bits", MaxIntBits)
	}
	return checkBig(new(big.Int).Exp(a, b, nil))
}

// intToFloat converts an int object to float64, raising OverflowError when too big.
func intToFloat(o Object) (float64, error) {
	switch v := o.(type) {
	case Int:
		return float64(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		f, _ := new(big.Float).SetInt(v.V).Float64()
		if math.IsInf(f, 0) {
			return 0, Errorf(OverflowErrorType, "int too large to convert to float")
		}
		return f, nil
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", o.Type().Name)
}

// intRepr formats an int object in decimal.
func intRepr(o Object) string {
	switch v := o.(type) {
	case Int:
		return strconv.FormatInt(int64(v), 10)
	case *BigInt:
		return v.V.String()
	}
	return ""
}

// MaxStrDigits is CPython's default limit on int<->str conversion digits.
const MaxStrDigits = 4300

// hashInt is CPython's hash of an int: the value modulo 2**61-1 keeping sign.
func hashInt(o Object) int64 {
	const p = (1 << 61) - 1
	switch v := o.(type) {
	case *IntSub:
		return hashInt(v.V)
	case Int:
		x := int64(v)
		var h int64
		if x >= 0 {
			h = int64(uint64(x) % p)
		} else {
			h = -int64(uint64(-x) % p)
		}
		if h == -1 {
			h = -2
		}
		return h
	case Bool:
		if v {
			return 1
		}
		return 0
	case *BigInt:
		m := new(big.Int).Mod(new(big.Int).Abs(v.V), big.NewInt(p)).Int64()
		if v.V.Sign() < 0 {
			m = -m
		}
		if m == -1 {
			m = -2
		}
		return m
	}
	return 0
}
