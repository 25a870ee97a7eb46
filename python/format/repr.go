package format

import "strconv"

// FloatRepr returns repr(x) (and str(x)) as CPython writes it: the shortest string that reads back
// as x, in fixed notation when 1e-4 <= |x| < 1e16 (with ".0" when integral), else exponent notation
// ("1e+16", "1.5e-05"); "inf", "-inf", "nan", "-0.0".
func FloatRepr(x float64) string {
	var buf [32]byte
	return string(AppendFloatRepr(buf[:0], x))
}

// AppendFloatRepr appends FloatRepr(x) to b.
func AppendFloatRepr(b []byte, x float64) []byte {
	if x == float64(int64(x)) && x < 1e16 && x > -1e16 && x != 0 {
		// Integral and small: the common case, without the shortest-digits search.
		b = strconv.AppendInt(b, int64(x), 10)
		return append(b, '.', '0')
	}
	var buf [32]byte
	neg, body := appendDouble(buf[:0], x, 'r', 0, false, true, false)
	if neg {
		b = append(b, '-')
	}
	return append(b, body...)
}
