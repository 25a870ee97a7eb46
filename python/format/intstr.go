package format

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// DefaultIntMaxStrDigits is CPython's default sys.get_int_max_str_digits(): decimal strings of
// more digits are refused both ways. 0 means no limit.
const DefaultIntMaxStrDigits = 4300

// IntToString returns str(x) for a big int, refusing more than limit decimal digits (0: no limit)
// with CPython's ValueError.
func IntToString(x *big.Int, limit int) (string, error) {
	if x.IsInt64() {
		return strconv.FormatInt(x.Int64(), 10), nil
	}
	if err := checkStrDigits(x, limit); err != nil {
		return "", err
	}
	return x.String(), nil
}

// AppendInt appends str(x) of a small int; it never fails and never allocates beyond b's growth.
func AppendInt(b []byte, x int64) []byte { return strconv.AppendInt(b, x, 10) }

// checkStrDigits refuses a decimal conversion of x longer than limit digits, deciding from the bit
// length first so that a huge int is refused without converting it.
func checkStrDigits(x *big.Int, limit int) error {
	if limit <= 0 {
		return nil
	}
	bits := x.BitLen()
	// x has at least floor((bits-1)*log10(2))+1 digits and at most ceil(bits*log10(2)).
	lo := int(float64(bits-1)*math.Log10(2)) + 1
	hi := int(float64(bits)*math.Log10(2)) + 1
	switch {
	case hi <= limit:
		return nil
	case lo > limit+1:
		return strLimitError(limit)
	}
	n := len(new(big.Int).Abs(x).String())
	if n > limit {
		return strLimitError(limit)
	}
	return nil
}

func strLimitError(limit int) error {
	return valueError(fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit))
}

// BigToFloat converts a big int to the nearest float, ties to even, as float(x) does.
func BigToFloat(x *big.Int) (float64, error) {
	if x.IsInt64() {
		return float64(x.Int64()), nil
	}
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowError("int too large to convert to float")
	}
	return f, nil
}

// FloatToInt converts a float to an int as int(x) does (truncating toward zero): small results as
// int64 with big nil, others as big. inf and nan give CPython's errors.
func FloatToInt(x float64) (int64, *big.Int, error) {
	switch {
	case math.IsNaN(x):
		return 0, nil, valueError("cannot convert float NaN to integer")
	case math.IsInf(x, 0):
		return 0, nil, overflowError("cannot convert float infinity to integer")
	}
	t := math.Trunc(x)
	if t >= -9.223372036854775808e18 && t < 9.223372036854775808e18 {
		return int64(t), nil, nil
	}
	bi, _ := new(big.Float).SetFloat64(t).Int(nil)
	return 0, bi, nil
}

// Bin, Oct and Hex return bin(x), oct(x) and hex(x): "-0b101", "0o17", "0xff".
func Bin(x int64, bx *big.Int) string { return prefixed(x, bx, 2, "0b") }

// Oct returns oct(x); see Bin.
func Oct(x int64, bx *big.Int) string { return prefixed(x, bx, 8, "0o") }

// Hex returns hex(x); see Bin.
func Hex(x int64, bx *big.Int) string { return prefixed(x, bx, 16, "0x") }

func prefixed(x int64, bx *big.Int, base int, prefix string) string {
	var digits string
	neg := false
	if bx != nil {
		neg = bx.Sign() < 0
		digits = new(big.Int).Abs(bx).Text(base)
	} else {
		u := uint64(x)
		if x < 0 {
			neg, u = true, -u
		}
		digits = strconv.FormatUint(u, base)
	}
	var sb strings.Builder
	if neg {
		sb.WriteByte('-')
	}
	sb.WriteString(prefix)
	sb.WriteString(digits)
	return sb.String()
}
