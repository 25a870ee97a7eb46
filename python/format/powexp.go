package format

import (
	"math"
	"math/big"
)

// Go's math.Pow is off by many units in the last place for some arguments (2**7.5, (1e308)**(1/3)),
// which repr() shows. powBig computes |a|**b as exp(b·log|a|) in 160-bit arithmetic and rounds
// once, so the result is the correctly rounded power, as the platform pow CPython calls gives in
// practice.

const powPrec = 160

// ln2Text is log(2) to 110 decimal places.
const ln2Text = "0.69314718055994530941723212145817656807550013436025525412068000949339362196969471560586332699641868754200148102"

func newPowFloat() *big.Float { return new(big.Float).SetPrec(powPrec) }

func ln2() *big.Float {
	f, _, _ := big.ParseFloat(ln2Text, 10, powPrec, big.ToNearestEven)
	return f
}

// powBig returns |a|**b for finite a != 0 and finite b, correctly rounded (±inf or 0 when out of
// range).
func powBig(a, b float64) float64 {
	z := bigLog(math.Abs(a))
	z.Mul(z, newPowFloat().SetFloat64(b))
	return bigExp(z)
}

// bigLog returns log(x) for finite x > 0.
func bigLog(x float64) *big.Float {
	m, e := math.Frexp(x) // x = m·2**e, m in [0.5, 1)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// log m = 2·atanh(s), s = (m-1)/(m+1), |s| < 0.172.
	bm := newPowFloat().SetFloat64(m)
	one := newPowFloat().SetInt64(1)
	s := newPowFloat().Quo(newPowFloat().Sub(bm, one), newPowFloat().Add(bm, one))
	s2 := newPowFloat().Mul(s, s)
	sum := newPowFloat().Set(s)
	term := newPowFloat().Set(s)
	eps := newPowFloat().SetMantExp(one, -powPrec-8)
	for k := int64(3); ; k += 2 {
		term.Mul(term, s2)
		t := newPowFloat().Quo(term, newPowFloat().SetInt64(k))
		sum.Add(sum, t)
		if t.Sign() == 0 || newPowFloat().Abs(t).Cmp(eps) < 0 {
			break
		}
	}
	sum.Mul(sum, newPowFloat().SetInt64(2))
	return sum.Add(sum, newPowFloat().Mul(ln2(), newPowFloat().SetInt64(int64(e))))
}

// bigExp returns exp(z) rounded to a float64.
func bigExp(z *big.Float) float64 {
	zf, _ := z.Float64()
	switch {
	case zf > 710:
		return math.Inf(1)
	case zf < -746:
		return 0
	}
	l := ln2()
	kf, _ := newPowFloat().Quo(z, l).Float64()
	k := int64(math.Round(kf))
	r := newPowFloat().Sub(z, newPowFloat().Mul(l, newPowFloat().SetInt64(k)))
	// exp(r) = exp(r/2**12)**(2**12), Taylor series for the small argument.
	const halvings = 12
	r.SetMantExp(r, -halvings)
	one := newPowFloat().SetInt64(1)
	sum := newPowFloat().Set(one)
	term := newPowFloat().Set(one)
	eps := newPowFloat().SetMantExp(one, -powPrec-8)
	for n := int64(1); n < 60; n++ {
		term.Mul(term, r)
		term.Quo(term, newPowFloat().SetInt64(n))
		sum.Add(sum, term)
		if term.Sign() == 0 || newPowFloat().Abs(term).Cmp(eps) < 0 {
			break
		}
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	sum.SetMantExp(sum, int(k))
	f, _ := sum.Float64()
	return f
}
