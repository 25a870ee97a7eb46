package format

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// appendSigned appends x in base 8 or 16 as Python writes it: a minus sign, then the magnitude.
func appendSigned(out []byte, x int64, base int) []byte {
	u := uint64(x)
	if x < 0 {
		out = append(out, '-')
		u = -u
	}
	return strconv.AppendUint(out, u, base)
}

// intValue converts v for an integer conversion ch: int(v) for d, i, u; v.__index__() for o, x, X.
func (p *percent) intValue(v any, ch rune) (x int64, bx *big.Int, err error) {
	index := ch == 'o' || ch == 'x' || ch == 'X'
	switch v := v.(type) {
	case int:
		return int64(v), nil, nil
	case int64:
		return v, nil, nil
	case *big.Int:
		if v.IsInt64() {
			return v.Int64(), nil, nil
		}
		return 0, v, nil
	case bool:
		if v {
			return 1, nil, nil
		}
		return 0, nil, nil
	case float64:
		if index {
			return 0, nil, typeError(fmt.Sprintf("%%%c format: an integer is required, not float", ch))
		}
		return FloatToInt(v)
	}
	ok := false
	if p.c != nil && !isNative(v) {
		x, bx, ok, err = p.c.Int(v, index)
		if err != nil {
			return 0, nil, err
		}
	}
	if !ok {
		if index {
			return 0, nil, typeError(fmt.Sprintf("%%%c format: an integer is required, not %s", ch, p.typeName(v)))
		}
		return 0, nil, typeError(fmt.Sprintf("%%%c format: a real number is required, not %s", ch, p.typeName(v)))
	}
	if bx != nil && bx.IsInt64() {
		return bx.Int64(), nil, nil
	}
	return x, bx, nil
}

// integer is _PyUnicode_FormatLong: sign, 0x/0X/0o prefix when alt, digits zero-padded to prec.
func (p *percent) integer(x int64, bx *big.Int, a *conv) (string, error) {
	base := 10
	switch a.ch {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	var digits string
	neg := false
	if bx != nil {
		if base == 10 {
			if err := checkStrDigits(bx, p.limit); err != nil {
				return "", err
			}
		}
		neg = bx.Sign() < 0
		digits = new(big.Int).Abs(bx).Text(base)
	} else {
		u := uint64(x)
		if x < 0 {
			neg, u = true, -u
		}
		digits = strconv.FormatUint(u, base)
	}
	if a.ch == 'X' {
		digits = strings.ToUpper(digits)
	}
	var sb strings.Builder
	if neg {
		sb.WriteByte('-')
	}
	if a.alt && base != 10 {
		sb.WriteByte('0')
		sb.WriteByte(byte(a.ch))
	}
	for i := len(digits); i < a.prec; i++ {
		sb.WriteByte('0')
	}
	sb.WriteString(digits)
	return sb.String(), nil
}
