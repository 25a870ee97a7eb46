package py

import (
	"math"

	"github.com/futurescope/futurescope/python/format"
)

// Float is a Python float.
type Float float64

// Type returns FloatType.
func (Float) Type() *Type { return FloatType }

// floatRepr formats f as CPython's repr does.
func floatRepr(f float64) string { return format.FloatRepr(f) }

// hashFloat is CPython's hash of a float (equal to the int's for integral values).
func hashFloat(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	if f == math.Trunc(f) && math.Abs(f) < 1<<63 {
		return hashInt(Int(int64(f)))
	}
	const bitsN = 61
	const modulus = (1 << bitsN) - 1
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & modulus) | x>>(bitsN-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= modulus {
			x -= modulus
		}
	}
	if e >= 0 {
		e = e % bitsN
	} else {
		e = bitsN - 1 - ((-1 - e) % bitsN)
	}
	x = ((x << uint(e)) & modulus) | x>>(bitsN-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// floatFloorDiv and floatMod follow Python's float semantics.
func floatMod(a, b float64) float64 {
	m := math.Mod(a, b)
	if m != 0 {
		if (b < 0) != (m < 0) {
			m += b
		}
	} else {
		m = math.Copysign(0, b)
	}
	return m
}

func floatFloorDiv(a, b float64) float64 {
	m := math.Mod(a, b)
	div := (a - m) / b
	if m != 0 && (b < 0) != (m < 0) {
		div -= 1
	}
	if div == 0 {
		return math.Copysign(0, a/b)
	}
	fl := math.Floor(div)
	if div-fl > 0.5 {
		fl += 1
	}
	return fl
}

// freshNaN returns a NaN distinct from every NaN made before it: floats are Go values, and a NaN's
// payload stands for the identity CPython's float objects have, so that float("nan") twice gives two
// dict keys while one NaN object finds itself (keys compare by identity first).
func (in *Interp) freshNaN() Float {
	in.nans++
	return Float(math.Float64frombits(0x7ff8_0000_0000_0000 | in.nans&0x0007_ffff_ffff_ffff))
}
