package format

import "math"

// ComplexRepr returns repr(complex(re, im)) as CPython writes it: "1.5j" when the real part is
// +0.0, else "(1+2j)", "(-0-1j)", "(nan+infj)"; each part the shortest repr digits without ".0".
func ComplexRepr(re, im float64) string {
	var buf [64]byte
	b := buf[:0]
	if re == 0 && !math.Signbit(re) {
		neg, body := appendDouble(b, im, 'r', 0, false, false, false)
		s := string(body)
		if neg {
			s = "-" + s
		}
		return s + "j"
	}
	b = append(b, '(')
	neg, b := appendDouble(b, re, 'r', 0, false, false, false)
	if neg {
		b = append(b[:1], append([]byte{'-'}, b[1:]...)...)
	}
	mark := len(b)
	neg, b = appendDouble(b, im, 'r', 0, false, false, false)
	sign := byte('+')
	if neg {
		sign = '-'
	}
	b = append(b[:mark], append([]byte{sign}, b[mark:]...)...)
	return string(append(b, 'j', ')'))
}

// DivModInt returns divmod(a, b) for small ints: ok is false when b is 0 or the quotient
// overflows (MinInt64, -1), as FloorDivInt.
func DivModInt(a, b int64) (q, r int64, ok bool) {
	if q, ok = FloorDivInt(a, b); !ok {
		return 0, 0, false
	}
	r, _ = ModInt(a, b)
	return q, r, true
}
