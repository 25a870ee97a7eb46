package format

import "math"

// Integral powers in double-double arithmetic: a float64 pair (hi, lo) carries about 106 bits,
// so x**n for |n| <= 64 keeps well over 53 correct bits and its rounding to a float64 is the
// correctly rounded power (but within a hair of a halfway case). This is the fast path of
// PowFloat: x**2 and x**3 in a loop cost a few multiplications, not big.Float arithmetic.

type dd struct{ hi, lo float64 }

// twoProd returns a*b exactly as a double-double.
func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

// The float64 conversions around products below keep the compiler from fusing them into FMA
// instructions on some architectures, so that every platform computes the same bits.

func (x dd) mul(y dd) dd {
	p := twoProd(x.hi, y.hi)
	p.lo += float64(x.hi*y.lo) + float64(x.lo*y.hi)
	return quickTwoSum(p.hi, p.lo)
}

// recip returns 1/x.
func (x dd) recip() dd {
	q1 := 1 / x.hi
	r := math.FMA(-q1, x.hi, 1) - float64(q1*x.lo)
	q2 := r / x.hi
	return quickTwoSum(q1, q2)
}

// powDD returns a**n for 1 <= |n| <= 64 and ok false when the result is near overflow or in the
// subnormal range, where double-double loses its extra bits (the caller computes those exactly).
func powDD(a float64, n int) (float64, bool) {
	neg := n < 0
	if neg {
		n = -n
	}
	r := dd{1, 0}
	base := dd{a, 0}
	for {
		if n&1 == 1 {
			r = r.mul(base)
		}
		n >>= 1
		if n == 0 {
			break
		}
		base = base.mul(base)
		if m := math.Abs(base.hi); m > 0x1p900 || m < 0x1p-900 {
			return 0, false
		}
	}
	if neg {
		r = r.recip()
	}
	if m := math.Abs(r.hi); m > 0x1p1000 || m < 0x1p-960 || math.IsNaN(r.hi) {
		return 0, false
	}
	return r.hi + r.lo, true
}
