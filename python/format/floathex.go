package format

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// FloatHex returns x.hex(): "0x1.8000000000000p+1", "-0x0.0p+0", subnormals as "0x0.…p-1022",
// "inf", "-inf", "nan".
func FloatHex(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	b := make([]byte, 0, 24)
	if math.Signbit(x) {
		b = append(b, '-')
	}
	if x == 0 {
		return string(append(b, "0x0.0p+0"...))
	}
	bits := math.Float64bits(x)
	exp := int((bits >> 52) & 0x7ff)
	frac := bits & (1<<52 - 1)
	lead := byte('1')
	if exp == 0 { // subnormal
		lead, exp = '0', 1
	}
	b = append(b, '0', 'x', lead, '.')
	digits := strconv.FormatUint(frac, 16)
	b = appendFill(b, '0', 13-len(digits))
	b = append(b, digits...)
	b = append(b, 'p')
	if exp-1023 >= 0 {
		b = append(b, '+')
	}
	return string(strconv.AppendInt(b, int64(exp-1023), 10))
}

// Floor returns math.floor(x) as an int (big when it does not fit in int64), with int()'s errors
// for inf and nan.
func Floor(x float64) (int64, *big.Int, error) { return FloatToInt(math.Floor(x)) }

// Ceil returns math.ceil(x) as an int; see Floor.
func Ceil(x float64) (int64, *big.Int, error) { return FloatToInt(math.Ceil(x)) }

// FloatFromHex returns float.fromhex(s): optional whitespace and sign, an optional 0x, hex digits
// with an optional point, an optional p exponent; or inf, infinity, nan. Excess digits round to
// nearest, ties to even.
func FloatFromHex(s string) (float64, error) {
	invalid := valueError("invalid hexadecimal floating-point string")
	t := strings.Trim(s, " \t\n\v\f\r")
	body := t
	sign := ""
	if body != "" && (body[0] == '+' || body[0] == '-') {
		sign, body = body[:1], body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		return strconv.ParseFloat(sign+"inf", 64)
	case "nan":
		return math.NaN(), nil
	}
	if len(body) > 1 && body[0] == '0' && body[1]|0x20 == 'x' {
		body = body[2:]
	}
	mant, exp := body, "0"
	if i := strings.IndexAny(body, "pP"); i >= 0 {
		mant, exp = body[:i], body[i+1:]
		e := exp
		if e != "" && (e[0] == '+' || e[0] == '-') {
			e = e[1:]
		}
		if e == "" || strings.Trim(e, "0123456789") != "" {
			return 0, invalid
		}
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	if intPart+frac == "" || strings.Trim(intPart+frac, "0123456789abcdefABCDEF") != "" || strings.Count(mant, ".") > 1 {
		return 0, invalid
	}
	if intPart == "" {
		intPart = "0"
	}
	f, err := strconv.ParseFloat(sign+"0x"+intPart+"."+frac+"p"+exp, 64)
	if err != nil && math.IsInf(f, 0) {
		return 0, overflowError("hexadecimal value too large to represent as a float")
	}
	if err != nil && f != 0 {
		return 0, invalid
	}
	return f, nil
}
