package script

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"
)

// errUnsupported reports a conversion character PercentFormat does not
// know; the caller adds its index.
var errUnsupported = errors.New("unsupported format character")

// formatOne formats v for one conversion specifier of PercentFormat.
func formatOne(s spec, v starlark.Value) (string, error) {
	switch s.conv {
	case 's', 'r', 'a':
		return s.formatText(v), nil
	case 'c':
		return s.formatChar(v)
	case 'd', 'i', 'u', 'o', 'x', 'X':
		return s.formatInt(v)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		return s.formatFloat(v)
	}
	return "", errUnsupported
}

// formatText formats %s, %r and %a: str, repr or ascii, cut to the
// precision.
func (s spec) formatText(v starlark.Value) string {
	var text string
	switch s.conv {
	case 's':
		text = Str(v)
	case 'r':
		text = Repr(v)
	default:
		text = ascii(Repr(v))
	}
	if s.prec >= 0 && utf8.RuneCountInString(text) > s.prec {
		text = string([]rune(text)[:s.prec])
	}
	return s.pad("", "", text, false)
}

// ascii escapes the non-ASCII code points of a repr, as Python's ascii().
func ascii(repr string) string {
	var b strings.Builder
	for _, r := range repr {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return b.String()
}

// formatChar formats %c: a code point given as an int or a one-character
// str.
func (s spec) formatChar(v starlark.Value) (string, error) {
	if n, ok := asInt(v); ok {
		if n < 0 || n >= 0x110000 {
			return "", pyErr(OverflowError, "%%c arg not in range(0x110000)")
		}
		return s.pad("", "", string(rune(n)), false), nil
	}
	if str, ok := v.(starlark.String); ok && utf8.RuneCountInString(string(str)) == 1 {
		return s.pad("", "", string(str), false), nil
	}
	return "", typeErr("%%c requires int or char")
}

// formatInt formats %d %i %u %o %x %X.
func (s spec) formatInt(v starlark.Value) (string, error) {
	var n *big.Int
	switch v := v.(type) {
	case starlark.Int:
		n = v.BigInt()
	case starlark.Bool:
		n = big.NewInt(0)
		if v {
			n.SetInt64(1)
		}
	case starlark.Float:
		if s.conv != 'd' && s.conv != 'i' && s.conv != 'u' {
			return "", typeErr("%%%c format: an integer is required, not float", s.conv)
		}
		f := float64(v)
		if err := checkFinite(f); err != nil {
			return "", err
		}
		n, _ = big.NewFloat(math.Trunc(f)).Int(nil)
	default:
		what := "a real number"
		if s.conv == 'o' || s.conv == 'x' || s.conv == 'X' {
			what = "an integer"
		}
		return "", typeErr("%%%c format: %s is required, not %s", s.conv, what, pyTypeName(v))
	}
	base, prefix := 10, ""
	switch s.conv {
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	digits := new(big.Int).Abs(n).Text(base)
	if s.conv == 'X' {
		digits, prefix = strings.ToUpper(digits), "0X"
	}
	if !s.alt {
		prefix = ""
	}
	if len(digits) < s.prec {
		digits = strings.Repeat("0", s.prec-len(digits)) + digits
	}
	return s.pad(s.signOf(n.Sign() < 0), prefix, digits, true), nil
}

// checkFinite returns Python's error for converting inf or nan to an int.
func checkFinite(f float64) error {
	switch {
	case math.IsInf(f, 0):
		return pyErr(OverflowError, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return valueErr("cannot convert float NaN to integer")
	}
	return nil
}

// formatFloat formats %e %E %f %F %g %G.
func (s spec) formatFloat(v starlark.Value) (string, error) {
	f, err := toFloat(v)
	if err != nil {
		return "", err
	}
	lower := s.conv | 0x20
	var body string
	switch {
	case math.IsInf(f, 0):
		body = "inf"
	case math.IsNaN(f):
		body = "nan"
	default:
		body = s.floatBody(math.Abs(f), lower)
	}
	if s.conv != lower {
		body = strings.ToUpper(body)
	}
	return s.pad(s.signOf(math.Signbit(f) && !math.IsNaN(f)), "", body, true), nil
}

// toFloat converts an int, bool or float to a float64 as Python's float()
// does for %f and friends.
func toFloat(v starlark.Value) (float64, error) {
	switch v := v.(type) {
	case starlark.Float:
		return float64(v), nil
	case starlark.Int:
		f := float64(v.Float())
		if math.IsInf(f, 0) {
			return 0, pyErr(OverflowError, "int too large to convert to float")
		}
		return f, nil
	case starlark.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	return 0, typeErr("must be real number, not %s", pyTypeName(v))
}

// pad applies width and the - and 0 flags to sign+prefix+body; only numbers
// (numeric) are padded with zeros, which go after the sign and prefix.
func (s spec) pad(sign, prefix, body string, numeric bool) string {
	text := sign + prefix + body
	fill := s.width - utf8.RuneCountInString(text)
	switch {
	case fill <= 0:
		return text
	case s.ljust:
		return text + strings.Repeat(" ", fill)
	case s.zero && numeric:
		return sign + prefix + strings.Repeat("0", fill) + body
	}
	return strings.Repeat(" ", fill) + text
}

// signOf returns the sign to print for a number.
func (s spec) signOf(negative bool) string {
	switch {
	case negative:
		return "-"
	case s.sign:
		return "+"
	case s.blank:
		return " "
	}
	return ""
}

// floatBody formats |f| for the conversions e, f and g (lowercase).
func (s spec) floatBody(f float64, conv byte) string {
	prec := s.prec
	if prec < 0 {
		prec = 6
	}
	switch conv {
	case 'f':
		body := strconv.FormatFloat(f, 'f', prec, 64)
		if s.alt && prec == 0 {
			body += "."
		}
		return body
	case 'e':
		return s.altDot(strconv.FormatFloat(f, 'e', prec, 64))
	}
	prec = max(prec, 1) // 'g'
	e := strconv.FormatFloat(f, 'e', prec-1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	body := e
	if exp >= -4 && exp < prec {
		body = strconv.FormatFloat(f, 'f', prec-1-exp, 64)
	}
	if s.alt {
		return s.altDot(body)
	}
	mant, exps, _ := strings.Cut(body, "e")
	if strings.Contains(mant, ".") {
		mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
	}
	if exps != "" {
		return mant + "e" + exps
	}
	return mant
}

// altDot adds the decimal point that the # flag keeps: "1e+00" → "1.e+00".
func (s spec) altDot(body string) string {
	mant, exp, hasExp := strings.Cut(body, "e")
	if !s.alt || strings.Contains(mant, ".") {
		return body
	}
	if hasExp {
		return mant + ".e" + exp
	}
	return mant + "."
}
