package format

import (
	"fmt"
	"math/big"
	"strconv"
	"unicode/utf8"

	"github.com/futurescope/futurescope/python/pystr"
)

// ParseInt is int(s, base): surrounding whitespace, a sign, digits of base 2–36 with single
// underscores between them, Unicode decimal digits, and for base 0 a 0b/0o/0x prefix (or a plain
// decimal without leading zeros). The result is an int64 when big is nil. limit is
// sys.get_int_max_str_digits() (0: none), applied to bases that are not powers of two.
func ParseInt(s string, base, limit int) (int64, *big.Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return 0, nil, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	invalid := func() error {
		// CPython's %.200R: the repr, cut after 200 code points.
		r := pystr.Repr(s)
		if utf8.RuneCountInString(r) > 200 {
			r = string([]rune(r)[:200])
		}
		return valueError(fmt.Sprintf("invalid literal for int() with base %d: %s", base, r))
	}
	a, ok := toASCIINumber(s)
	if !ok {
		return 0, nil, invalid()
	}
	i := 0
	for i < len(a) && isASCIISpace(a[i]) {
		i++
	}
	neg := false
	if i < len(a) && (a[i] == '+' || a[i] == '-') {
		neg = a[i] == '-'
		i++
	}
	b := base
	prefixed := false
	if i+1 < len(a) && a[i] == '0' {
		switch a[i+1] | 0x20 {
		case 'x':
			prefixed = b == 16 || b == 0
			if prefixed {
				b = 16
			}
		case 'o':
			prefixed = b == 8 || b == 0
			if prefixed {
				b = 8
			}
		case 'b':
			prefixed = b == 2 || b == 0
			if prefixed {
				b = 2
			}
		}
		if prefixed {
			i += 2
		}
	}
	leadingZero := false
	if b == 0 {
		b = 10
		leadingZero = i < len(a) && a[i] == '0'
	}
	digits := 0
	// prev is the last character read: 0 at the start (an underscore may follow only a prefix),
	// 'p' right after a prefix, '_', or a digit.
	prev := byte(0)
	if prefixed {
		prev = 'p'
	}
	allZero := true
	buf := make([]byte, 0, len(a)-i)
	for ; i < len(a); i++ {
		c := a[i]
		if c == '_' {
			if prev == '_' || prev == 0 {
				return 0, nil, invalid()
			}
			prev = c
			continue
		}
		if digitValue(c) >= b {
			break
		}
		if c != '0' {
			allZero = false
		}
		buf = append(buf, c)
		digits++
		prev = c
	}
	if digits == 0 || prev == '_' || (leadingZero && !allZero) {
		return 0, nil, invalid()
	}
	for i < len(a) && isASCIISpace(a[i]) {
		i++
	}
	if i != len(a) {
		return 0, nil, invalid()
	}
	if b&(b-1) != 0 && limit > 0 && digits > limit {
		return 0, nil, valueError(fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, digits))
	}
	if len(buf) <= 12 || (b <= 16 && len(buf) < 16) {
		v, err := strconv.ParseInt(string(buf), b, 64)
		if err == nil {
			if neg {
				v = -v
			}
			return v, nil, nil
		}
	}
	x, _ := new(big.Int).SetString(string(buf), b)
	if neg {
		x.Neg(x)
	}
	if x.IsInt64() {
		return x.Int64(), nil, nil
	}
	return 0, x, nil
}

func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// toASCIINumber maps Unicode decimal digits to ASCII digits and Unicode whitespace to ' ', as
// CPython does before parsing a number; any other non-ASCII character makes the string invalid.
func toASCIINumber(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case pystr.IsSpaceRune(r):
			b = append(b, ' ')
		default:
			d := pystr.DecimalValue(r)
			if d < 0 {
				return "", false
			}
			b = append(b, byte('0'+d))
		}
	}
	return string(b), true
}
