package format

import (
	"math"
	"math/big"
)

// Python's integer division rounds toward negative infinity and its modulo takes the divisor's
// sign; Go's / and % truncate toward zero. These helpers give Python's results. The int64 forms
// neither allocate nor fail: ok is false when b is 0 (the caller raises ZeroDivisionError with
// ErrIntDivZero or ErrIntModZero) or the result overflows int64 (MinInt64 // -1: use the big forms).

// Messages of the ZeroDivisionError each operation raises, as CPython 3.13 words them.
const (
	ErrIntDivZero   = "integer division or modulo by zero" // a // 0, divmod(a, 0)
	ErrIntModZero   = "integer modulo by zero"             // a % 0
	ErrTrueDivZero  = "division by zero"                   // int / 0
	ErrFloatDivZero = "float division by zero"             // float / 0
)

// FloorDivInt returns a // b.
func FloorDivInt(a, b int64) (q int64, ok bool) {
	if b == 0 || (b == -1 && a == math.MinInt64) {
		return 0, false
	}
	q = a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q, true
}

// ModInt returns a % b, with the sign of b.
func ModInt(a, b int64) (r int64, ok bool) {
	if b == 0 {
		return 0, false
	}
	if b == -1 {
		return 0, true
	}
	r = a % b
	if r != 0 && ((r < 0) != (b < 0)) {
		r += b
	}
	return r, true
}

// DivModBig returns divmod(a, b) for big ints, ZeroDivisionError when b is 0.
func DivModBig(a, b *big.Int) (q, r *big.Int, err error) {
	if b.Sign() == 0 {
		return nil, nil, zeroDivision(ErrIntDivZero)
	}
	q, r = new(big.Int), new(big.Int)
	q.QuoRem(a, b, r) // truncated
	if r.Sign() != 0 && (r.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, b)
	}
	return q, r, nil
}

// FloorDivFloat returns a // b for floats.
func FloorDivFloat(a, b float64) (float64, error) {
	if b == 0 {
		return 0, zeroDivision("float floor division by zero")
	}
	q, _ := divModFloat(a, b)
	return q, nil
}

// ModFloat returns a % b for floats: the sign of b, -0.0 and 0.0 kept as CPython keeps them.
func ModFloat(a, b float64) (float64, error) {
	if b == 0 {
		return 0, zeroDivision("float modulo by zero")
	}
	m := math.Mod(a, b)
	if m != 0 {
		if (b < 0) != (m < 0) {
			m += b
		}
	} else {
		m = math.Copysign(0, b)
	}
	return m, nil
}

// DivModFloat returns divmod(a, b) for floats.
func DivModFloat(a, b float64) (q, r float64, err error) {
	if b == 0 {
		return 0, 0, zeroDivision("float divmod()")
	}
	q, r = divModFloat(a, b)
	return q, r, nil
}

func divModFloat(a, b float64) (q, r float64) {
	r = math.Mod(a, b)
	div := (a - r) / b
	if r != 0 {
		if (b < 0) != (r < 0) {
			r += b
			div -= 1
		}
	} else {
		r = math.Copysign(0, b)
	}
	if div != 0 {
		q = math.Floor(div)
		if div-q > 0.5 {
			q++
		}
	} else {
		q = math.Copysign(0, a/b)
	}
	return q, r
}

// TrueDivInt returns a / b for ints as a correctly rounded float.
func TrueDivInt(a, b int64) (float64, error) {
	if b == 0 {
		return 0, zeroDivision(ErrTrueDivZero)
	}
	const exact = 1 << 53
	if a > -exact && a < exact && b > -exact && b < exact {
		return float64(a) / float64(b), nil
	}
	return TrueDivBig(big.NewInt(a), big.NewInt(b))
}

// TrueDivBig returns a / b for big ints, correctly rounded (10**400 / 10**399 is 10.0), with
// CPython's OverflowError when the quotient is beyond a float.
func TrueDivBig(a, b *big.Int) (float64, error) {
	if b.Sign() == 0 {
		return 0, zeroDivision(ErrTrueDivZero)
	}
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowError("integer division result too large for a float")
	}
	if f == 0 && (a.Sign() < 0) != (b.Sign() < 0) {
		f = math.Copysign(0, -1)
	}
	return f, nil
}
