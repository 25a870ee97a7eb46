package stdlib

import (
	"math"
	"math/big"
)

// The C library CPython uses (glibc) rounds exp, log and the trigonometric functions
// correctly in nearly all cases, and Go's math package does not (math.Log10(3)
// is one unit in the last place off). These versions compute in 192-bit
// big.Float arithmetic and round once, so they give the correctly rounded
// result that glibc gives.

const bigPrec = 192

func newBig() *big.Float { return new(big.Float).SetPrec(bigPrec) }

// Constants computed once at start-up and never changed.
var (
	bigLn2 = lnMant(newBig().SetInt64(2))
	bigPi  = piBig()
	// bigHalfPi is π/2 with piPrec bits, halfPiNarrow with bigPrec+64.
	bigHalfPi    = new(big.Float).SetPrec(piPrec).Quo(bigPi, big.NewFloat(2))
	halfPiNarrow = new(big.Float).SetPrec(bigPrec + 64).Set(bigHalfPi)
)

// lnMant is ln(m) by the series 2·atanh((m-1)/(m+1)), for m near [1, 2].
func lnMant(m *big.Float) *big.Float {
	one := newBig().SetInt64(1)
	z := newBig().Quo(newBig().Sub(m, one), newBig().Add(m, one))
	z2 := newBig().Mul(z, z)
	sum, term := newBig().Set(z), newBig().Set(z)
	for k := int64(3); k < 400; k += 2 {
		term.Mul(term, z2)
		d := newBig().Quo(term, newBig().SetInt64(k))
		if d.Sign() == 0 || d.MantExp(nil)-sum.MantExp(nil) < -bigPrec {
			break
		}
		sum.Add(sum, d)
	}
	return sum.Mul(sum, newBig().SetInt64(2))
}

// bigLn returns ln(x) for a finite x > 0.
func bigLn(x float64) *big.Float {
	m, e := math.Frexp(x)
	r := lnMant(newBig().SetFloat64(m * 2))
	return r.Add(r, newBig().Mul(bigLn2, newBig().SetInt64(int64(e-1))))
}

func crLog(x float64) float64 {
	if x <= 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return math.Log(x)
	}
	f, _ := bigLn(x).Float64()
	return f
}

func crLogDiv(x float64, base *big.Float, goFn func(float64) float64) float64 {
	if x <= 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return goFn(x)
	}
	f, _ := newBig().Quo(bigLn(x), base).Float64()
	return f
}

func crLog2(x float64) float64 { return crLogDiv(x, bigLn2, math.Log2) }

// glibcLog10 is log10 as glibc computes it (the fdlibm formula, not
// correctly rounded): k·log10(2) + log(m)/ln(10) for x = m·2**k, in double
// arithmetic over a correctly rounded log.
func glibcLog10(x float64) float64 {
	if x <= 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return math.Log10(x)
	}
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	k := int32(0)
	if x < 0x1p-1022 {
		k -= 54
		x *= 0x1p54
	}
	b := math.Float64bits(x)
	hx := int32(b >> 32)
	k += hx>>20 - 1023
	i := int32(uint32(k) >> 31)
	hx = hx&0x000fffff | (0x3ff-i)<<20
	y := float64(k + i)
	x = math.Float64frombits(uint64(uint32(hx))<<32 | b&0xffffffff)
	z := float64(y*log10_2lo) + float64(ivln10*crLog(x))
	return z + float64(y*log10_2hi)
}

// crExp is exp(x) = 2**k · exp(r) with r = x - k·ln2 small.
func crExp(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x > 710 || x < -746 {
		return math.Exp(x)
	}
	k := math.Round(x / math.Ln2)
	r := newBig().Sub(newBig().SetFloat64(x), newBig().Mul(bigLn2, newBig().SetFloat64(k)))
	sum := series(r, 0, 1)
	f, _ := sum.SetMantExp(sum, int(k)).Float64()
	return f
}

// series sums Taylor terms: exp's r**n/n! (step 1, start 0), sin's and
// cos's alternating r**n/n! over odd (start 1) or even (start 0) n (step 2).
// Each term is the previous times r**step / (n·…·(n+step-1)): one
// multiplication and one division a term.
func series(r *big.Float, start, step int64) *big.Float {
	x := r
	if step == 2 {
		x = newBig().Mul(r, r)
	}
	term := newBig().SetInt64(1)
	if start == 1 {
		term.Set(r)
	}
	sum := newBig().Set(term)
	div := newBig()
	for n := start + 1; n < 1000; n += step {
		d := n
		if step == 2 {
			d = n * (n + 1)
		}
		term.Mul(term, x)
		term.Quo(term, div.SetInt64(d))
		if step == 2 {
			term.Neg(term)
		}
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -bigPrec {
			break
		}
		sum.Add(sum, term)
	}
	return sum
}

// piBig is π by Machin's formula, 16·atan(1/5) - 4·atan(1/239).
// It has piPrec bits: enough to reduce any finite float argument exactly
// enough (the largest is about 2**1024).
func piBig() *big.Float {
	wide := func() *big.Float { return new(big.Float).SetPrec(piPrec) }
	atanInv := func(n int64) *big.Float {
		x := wide().Quo(wide().SetInt64(1), wide().SetInt64(n))
		x2 := wide().Mul(x, x)
		sum, pow := wide().Set(x), wide().Set(x)
		for k := int64(3); k < 10000; k += 2 {
			pow.Mul(pow, x2).Neg(pow)
			d := wide().Quo(pow, wide().SetInt64(k))
			if d.MantExp(nil) < -piPrec-8 {
				break
			}
			sum.Add(sum, d)
		}
		return sum
	}
	a := atanInv(5)
	a.Mul(a, wide().SetInt64(16))
	b := atanInv(239)
	return a.Sub(a, b.Mul(b, wide().SetInt64(4)))
}

const piPrec = 1300

// sinCos returns sin(x) (if wantSin) and cos(x) (if wantCos) in big
// precision for a finite x: x is reduced by the nearest multiple k of π/2
// with enough bits of π.
func sinCos(x float64, wantSin, wantCos bool) (s, c *big.Float, ok bool) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil, nil, false
	}
	prec, halfPi := uint(bigPrec+64), halfPiNarrow
	if math.Abs(x) >= 1<<20 {
		prec, halfPi = piPrec, bigHalfPi
	}
	wide := func() *big.Float { return new(big.Float).SetPrec(prec) }
	q := wide().Quo(wide().SetFloat64(x), halfPi)
	q.Add(q, wide().SetFloat64(math.Copysign(0.5, x)))
	k, _ := q.Int(nil)
	r := wide().Sub(wide().SetFloat64(x), wide().Mul(halfPi, wide().SetInt(k)))
	r = newBig().Set(r)
	quadrant := new(big.Int).And(k, big.NewInt(3)).Int64()
	if quadrant&1 == 1 {
		wantSin, wantCos = wantCos, wantSin
	}
	s, c = newBig(), newBig()
	if wantSin {
		s = series(r, 1, 2)
	}
	if wantCos {
		c = series(r, 0, 2)
	}
	switch quadrant {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	return s, c, true
}

func crSin(x float64) float64 {
	if x == 0 {
		return x
	}
	s, _, ok := sinCos(x, true, false)
	if !ok {
		return math.Sin(x)
	}
	f, _ := s.Float64()
	return f
}

func crCos(x float64) float64 {
	_, c, ok := sinCos(x, false, true)
	if !ok {
		return math.Cos(x)
	}
	f, _ := c.Float64()
	return f
}

func crTan(x float64) float64 {
	if x == 0 {
		return x
	}
	s, c, ok := sinCos(x, true, true)
	if !ok {
		return math.Tan(x)
	}
	f, _ := s.Quo(s, c).Float64()
	return f
}
