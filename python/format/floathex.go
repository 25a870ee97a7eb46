package format

import (
	"math"
	"math/big"
	"strconv"
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
