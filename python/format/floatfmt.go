package format

import (
	"math"
	"strconv"
)

// FormatFloat formats x per spec, as float.__format__ does for a value of type typeName.
func FormatFloat(x float64, spec, typeName string) (string, error) {
	if spec == "" {
		return FloatRepr(x), nil
	}
	s, err := ParseSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	switch s.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownType(rune(s.Type), typeName)
	}
	var buf [48]byte
	b, err := appendFloatSpec(buf[:0], x, &s)
	return string(b), err
}

// appendFloatSpec is format_float_internal: s.Type is one a float accepts.
func appendFloatSpec(b []byte, x float64, s *Spec) ([]byte, error) {
	typ, prec := s.Type, s.Precision
	addDot0 := false
	switch typ {
	case 0:
		addDot0 = true
		if prec < 0 {
			typ = 'r'
		} else {
			typ = 'g'
		}
	case 'n':
		typ = 'g'
	}
	pct := false
	if typ == '%' {
		typ, x, pct = 'f', x*100, true
	}
	if prec < 0 {
		prec = 6
	}
	var buf [64]byte
	neg, body := appendDouble(buf[:0], x, typ, prec, s.Alt, addDot0, s.NoNegZero)
	if pct {
		body = append(body, '%')
	}
	n := number{neg: neg, sep: s.Grouping, groupLen: 3}
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	n.digits, n.rest = string(body[:i]), string(body[i:])
	return appendNumber(b, s, &n), nil
}

// appendDouble appends |x| formatted as CPython's PyOS_double_to_string(x, typ, prec, flags) and
// reports whether a minus sign belongs in front. typ is 'e', 'E', 'f', 'F', 'g', 'G' or 'r' (repr;
// prec ignored). Digits are correctly rounded, ties to even on the exact binary value.
func appendDouble(b []byte, x float64, typ byte, prec int, alt, addDot0, noNegZero bool) (neg bool, out []byte) {
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	if upper {
		typ += 'a' - 'A'
	}
	neg = math.Signbit(x)
	switch {
	case math.IsNaN(x):
		if upper {
			return false, append(b, "NAN"...)
		}
		return false, append(b, "nan"...)
	case math.IsInf(x, 0):
		if upper {
			return neg, append(b, "INF"...)
		}
		return neg, append(b, "inf"...)
	}
	a := math.Abs(x)
	start := len(b)
	switch typ {
	case 'f':
		b = strconv.AppendFloat(b, a, 'f', prec, 64)
		if alt && prec == 0 {
			b = append(b, '.')
		}
	case 'e':
		b = strconv.AppendFloat(b, a, 'e', prec, 64)
		if alt && prec == 0 {
			b = append(b[:start+1], append([]byte{'.'}, b[start+1:]...)...)
		}
	case 'g':
		if prec == 0 {
			prec = 1
		}
		var dbuf [32]byte
		e := strconv.AppendFloat(dbuf[:0], a, 'e', prec-1, 64)
		b = layoutShortest(b, e, 'g', prec, alt, addDot0)
	default: // 'r'
		var dbuf [32]byte
		e := strconv.AppendFloat(dbuf[:0], a, 'e', -1, 64)
		b = layoutShortest(b, e, 'r', 0, alt, addDot0)
	}
	if upper {
		upperASCII(b[start:])
	}
	if neg && noNegZero && isZeroMantissa(b[start:]) {
		neg = false
	}
	return neg, b
}

// layoutShortest lays out the digits of e ("d.ddde±XX", as strconv's 'e' format writes them) the way
// CPython's format_float_short does for 'g' (prec significant digits) and 'r' (repr, prec 0).
func layoutShortest(b, e []byte, typ byte, prec int, alt, addDot0 bool) []byte {
	var dbuf [40]byte
	digits := dbuf[:0]
	i := 0
	for ; i < len(e) && e[i] != 'e'; i++ {
		if e[i] != '.' {
			digits = append(digits, e[i])
		}
	}
	nd := len(digits)
	exp := 0
	for _, c := range e[i+2:] {
		exp = exp*10 + int(c-'0')
	}
	if e[i+1] == '-' {
		exp = -exp
	}
	for nd > 1 && digits[nd-1] == '0' {
		nd--
	}
	d := digits[:nd]
	decpt := exp + 1
	end := len(d)
	useExp := false
	if typ == 'g' {
		limit := prec
		if addDot0 {
			limit--
		}
		useExp = decpt <= -4 || decpt > limit
		if alt {
			end = prec
		}
	} else {
		useExp = decpt <= -4 || decpt > 16
	}
	if useExp {
		exp, decpt = decpt-1, 1
	}
	if !useExp && addDot0 {
		end = max(end, decpt+1)
	} else {
		end = max(end, decpt)
	}
	if decpt <= 0 {
		b = append(b, '0', '.')
		b = appendFill(b, '0', -decpt)
	}
	if decpt > 0 && decpt <= len(d) {
		b = append(b, d[:decpt]...)
		b = append(b, '.')
		b = append(b, d[decpt:]...)
	} else {
		b = append(b, d...)
	}
	if len(d) < decpt {
		b = appendFill(b, '0', decpt-len(d))
		b = append(b, '.')
		b = appendFill(b, '0', end-decpt)
	} else {
		b = appendFill(b, '0', end-len(d))
	}
	if b[len(b)-1] == '.' && !alt {
		b = b[:len(b)-1]
	}
	if useExp {
		b = append(b, 'e')
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	return b
}

// isZeroMantissa reports whether a formatted magnitude has no non-zero digit before any exponent.
func isZeroMantissa(b []byte) bool {
	for _, c := range b {
		switch {
		case c == 'e' || c == 'E':
			return true
		case c >= '1' && c <= '9':
			return false
		}
	}
	return true
}
