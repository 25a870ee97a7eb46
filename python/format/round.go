package format

import (
	"math"
	"math/big"
	"strconv"
)

// RoundHalfEven returns round(x) for a float as an integral float: the nearest integer, halves to
// even. The caller converts it to an int (FloatToInt gives the errors for inf and nan).
func RoundHalfEven(x float64) float64 { return math.RoundToEven(x) }

// Round returns round(x, ndigits) for a float: x correctly rounded to ndigits decimal places
// (negative ndigits round to tens, hundreds, …), halves to even on the exact binary value, so
// round(2.675, 2) is 2.67 (2.675 is stored as 2.67499999…). inf, nan and zeros come back unchanged;
// a finite result too large gives CPython's OverflowError.
func Round(x float64, ndigits int) (float64, error) {
	const maxDigits, minDigits = 323, -308
	switch {
	case math.IsInf(x, 0) || math.IsNaN(x) || x == 0:
		return x, nil
	case ndigits > maxDigits:
		return x, nil
	case ndigits < minDigits:
		return 0 * x, nil
	}
	var r float64
	if ndigits >= 0 {
		var buf [64]byte
		s := strconv.AppendFloat(buf[:0], x, 'f', ndigits, 64)
		r, _ = strconv.ParseFloat(string(s), 64)
	} else {
		// Round x / 10**-ndigits to an integer (halves to even), then scale back.
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
		q := new(big.Rat).SetFloat64(x)
		q.Quo(q, new(big.Rat).SetInt(p))
		n := roundRatHalfEven(q)
		n.Mul(n, p)
		r, _ = new(big.Rat).SetInt(n).Float64()
		if r == 0 {
			r = math.Copysign(0, x)
		}
	}
	if math.IsInf(r, 0) {
		return 0, overflowError("rounded value too large to represent")
	}
	return r, nil
}

// roundRatHalfEven rounds q to the nearest integer, halves to even.
func roundRatHalfEven(q *big.Rat) *big.Int {
	num, den := q.Num(), q.Denom()
	n, rem := new(big.Int).QuoRem(num, den, new(big.Int)) // truncated
	twice := new(big.Int).Abs(rem)
	twice.Lsh(twice, 1)
	c := twice.Cmp(den)
	if c > 0 || (c == 0 && n.Bit(0) == 1) {
		if num.Sign() < 0 {
			n.Sub(n, big.NewInt(1))
		} else {
			n.Add(n, big.NewInt(1))
		}
	}
	return n
}

// RoundInt returns round(x, ndigits) for an int with ndigits < 0: x rounded to a multiple of
// 10**-ndigits, halves to even. ndigits >= 0 returns x.
func RoundInt(x *big.Int, ndigits int64) *big.Int {
	if ndigits >= 0 {
		return new(big.Int).Set(x)
	}
	if -ndigits > int64(x.BitLen())+1 { // 10**-ndigits > 2|x|
		return new(big.Int)
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-ndigits), nil)
	n := roundRatHalfEven(new(big.Rat).SetFrac(x, p))
	return n.Mul(n, p)
}
