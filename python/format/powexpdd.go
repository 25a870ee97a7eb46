package format

import (
	"math"
	"math/big"
)

// Non-integral powers in double-double arithmetic: |a|**b = exp(b·log|a|) with log and exp
// carried to about 100 bits, so the result rounds to the correctly rounded power in all but
// near-halfway cases, at a few hundred floating-point operations. Results near overflow or in the
// subnormal range go to powBig, which is exact but slow.

// ln2DD is log(2) as a double-double (hi + lo to about 2**-106); TestLn2DD checks it.
var ln2DD = dd{0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56}

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func (x dd) add(y dd) dd {
	s := twoSum(x.hi, y.hi)
	t := twoSum(x.lo, y.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func (x dd) mulF(f float64) dd {
	p := twoProd(x.hi, f)
	p.lo += float64(x.lo * f)
	return quickTwoSum(p.hi, p.lo)
}

// invFactDD holds 1/n! as double-doubles for n = 0..expTerms, the Taylor coefficients of exp.
// It is computed once from exact arithmetic and never changes.
var invFactDD = inverseFactorials()

const expTerms = 11

func inverseFactorials() [expTerms + 1]dd {
	var t [expTerms + 1]dd
	f := new(big.Float).SetPrec(powPrec).SetInt64(1)
	for n := 0; n <= expTerms; n++ {
		if n > 0 {
			f.Quo(f, new(big.Float).SetPrec(powPrec).SetInt64(int64(n)))
		}
		hi, _ := f.Float64()
		lo, _ := new(big.Float).SetPrec(powPrec).Sub(f, new(big.Float).SetFloat64(hi)).Float64()
		t[n] = dd{hi, lo}
	}
	return t
}

// expDD returns exp(z) for |z.hi| <= 708.
func expDD(z dd) dd {
	k := math.Round(z.hi / ln2DD.hi)
	r := z.add(ln2DD.mulF(-k))
	const halvings = 6
	r = dd{math.Ldexp(r.hi, -halvings), math.Ldexp(r.lo, -halvings)}
	// s = exp(r) - 1 = r·(1/1! + r·(1/2! + … + r/11!)); |r| < 0.0055, so the series reaches 2**-110.
	q := invFactDD[expTerms]
	for n := expTerms - 1; n >= 1; n-- {
		q = q.mul(r).add(invFactDD[n])
	}
	s := q.mul(r)
	for i := 0; i < halvings; i++ { // exp(2r) - 1 = s² + 2s
		s = s.mul(s).add(dd{2 * s.hi, 2 * s.lo})
	}
	e := dd{1, 0}.add(s)
	ki := int(k)
	return dd{math.Ldexp(e.hi, ki), math.Ldexp(e.lo, ki)}
}

// div returns x/f.
func (x dd) div(f float64) dd {
	q1 := x.hi / f
	p := twoProd(q1, f)
	q2 := (x.hi - p.hi - p.lo + x.lo) / f
	return quickTwoSum(q1, q2)
}

// logDD returns log(x) for finite x > 0.
func logDD(x float64) dd {
	m, e := math.Frexp(x)
	y0 := logApprox(m)
	// One Newton step on exp: y1 = y0 + m·exp(-y0) - 1.
	t := expDD(dd{-y0, 0}).mulF(m).add(dd{-1, 0})
	y := dd{y0, 0}.add(t)
	return y.add(ln2DD.mulF(float64(e)))
}

// logApprox returns log(m) for m in [0.5, 1) to a few units in the last place, by the series
// log m = 2·atanh(s), s = (m-1)/(m+1), in plain float64 arithmetic: the same bits on every
// platform, unlike math.Log, which is assembly on some.
func logApprox(m float64) float64 {
	s := (m - 1) / (m + 1)
	s2 := float64(s * s)
	sum, term := 0.0, s
	for k := 1.0; k < 60; k += 2 {
		t := term / k
		sum += t
		if math.Abs(t) < 0x1p-60 {
			break
		}
		term = float64(term * s2)
	}
	return 2 * sum
}

// powFrac returns |a|**b for finite a != 0, b not an integer of at most 64 in magnitude.
func powFrac(a, b float64) float64 {
	z := logDD(math.Abs(a)).mulF(b)
	if math.Abs(z.hi) > 700 || math.IsNaN(z.hi) {
		return powBig(a, b)
	}
	return expDD(z).hi
}
