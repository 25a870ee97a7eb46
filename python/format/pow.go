package format

import (
	"fmt"
	"math"
	"math/big"
)

// ErrNegativeFractionalPower is the error PowFloat returns where CPython's result is a complex
// number (a negative base to a non-integer power); an interpreter without complex raises it.
const ErrNegativeFractionalPower = "negative number cannot be raised to a fractional power"

// PowFloat returns a ** b for floats with CPython's special cases: x**0 is 1 (nan too), 1**y is 1,
// ±inf exponents and bases, 0 to a negative power (ZeroDivisionError), a negative base to a
// fractional power (ValueError ErrNegativeFractionalPower; CPython makes a complex) and a finite
// result too large (OverflowError "(34, 'Numerical result out of range')"). Integral exponents up to
// 64 in magnitude are computed exactly and rounded once.
func PowFloat(a, b float64) (float64, error) {
	switch {
	case b == 0:
		return 1, nil
	case math.IsNaN(a):
		if a == 1 {
			return 1, nil
		}
		return a, nil
	case math.IsNaN(b):
		if a == 1 {
			return 1, nil
		}
		return b, nil
	case math.IsInf(b, 0):
		a = math.Abs(a)
		if a == 1 {
			return 1, nil
		}
		if (b > 0) == (a > 1) {
			return math.Inf(1), nil
		}
		return 0, nil
	case math.IsInf(a, 0):
		odd := isOddInteger(b)
		if b > 0 {
			if odd {
				return a, nil
			}
			return math.Abs(a), nil
		}
		if odd {
			return math.Copysign(0, a), nil
		}
		return 0, nil
	case a == 0:
		if b < 0 {
			return 0, zeroDivision("0.0 cannot be raised to a negative power")
		}
		if isOddInteger(b) {
			return a, nil
		}
		return 0, nil
	case a < 0 && b != math.Floor(b):
		return 0, valueError(ErrNegativeFractionalPower)
	case a == 1:
		return 1, nil
	}
	var r float64
	switch {
	case b == 1:
		r = a
	case b == 2:
		r = a * a
	case b == math.Trunc(b) && math.Abs(b) <= 64:
		var ok bool
		if r, ok = powDD(a, int(b)); !ok {
			r = powExact(a, int(b))
		}
	case b == 0.5:
		r = math.Sqrt(a)
	default:
		r = powFrac(a, b)
		if a < 0 && isOddInteger(b) {
			r = -r
		}
	}
	if math.IsInf(r, 0) {
		return 0, overflowError("(34, 'Numerical result out of range')")
	}
	return r, nil
}

func isOddInteger(x float64) bool {
	return math.Abs(x) < 1<<53 && x == math.Trunc(x) && math.Mod(x, 2) != 0
}

// powExact returns a**n correctly rounded, for |n| <= 64.
func powExact(a float64, n int) float64 {
	neg := n < 0
	if neg {
		n = -n
	}
	x := new(big.Float).SetPrec(uint(53*n + 64)).SetFloat64(a)
	r := new(big.Float).SetPrec(uint(53*n + 64)).SetFloat64(1)
	for i := 0; i < n; i++ {
		r.Mul(r, x)
	}
	if neg {
		q := new(big.Float).SetPrec(256).Quo(new(big.Float).SetPrec(256).SetFloat64(1), r)
		f, _ := q.Float64()
		return f
	}
	f, _ := r.Float64()
	return f
}

// PowInt returns x ** y for ints with y >= 0, refusing results of more than maxBits bits (0: no
// limit) with an OverflowError rather than running out of memory. A negative y is float
// arithmetic in Python: call PowFloat on the converted operands.
func PowInt(x, y *big.Int, maxBits int) (*big.Int, error) {
	if maxBits > 0 && x.BitLen() > 1 && y.Sign() > 0 {
		if !y.IsInt64() || float64(x.BitLen()-1)*float64(y.Int64()) > float64(maxBits) {
			return nil, overflowError(fmt.Sprintf("int too large: the result would exceed %d bits", maxBits))
		}
	}
	if x.BitLen() <= 1 && !y.IsInt64() { // 0, 1, -1 to a huge power
		switch {
		case x.Sign() == 0 || x.Cmp(big.NewInt(1)) == 0:
			return new(big.Int).Set(x), nil
		case y.Bit(0) == 1:
			return big.NewInt(-1), nil
		}
		return big.NewInt(1), nil
	}
	return new(big.Int).Exp(x, y, nil), nil
}

// PowMod returns pow(x, y, m): the result has the sign of m; a negative y takes the modular inverse
// of x first. Errors are CPython's.
func PowMod(x, y, m *big.Int) (*big.Int, error) {
	if m.Sign() == 0 {
		return nil, valueError("pow() 3rd argument cannot be 0")
	}
	am := new(big.Int).Abs(m)
	if am.Cmp(big.NewInt(1)) == 0 {
		return new(big.Int), nil
	}
	base := new(big.Int).Mod(x, am)
	e := y
	if y.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, am)
		if inv == nil || base.Sign() == 0 {
			return nil, valueError("base is not invertible for the given modulus")
		}
		base, e = inv, new(big.Int).Neg(y)
	}
	r := new(big.Int).Exp(base, e, am)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return r, nil
}
