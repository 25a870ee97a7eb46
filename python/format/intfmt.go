package format

import (
	"math/big"
	"strconv"
	"strings"
)

// FormatInt formats the int x (an int64, or big when big is non-nil) per spec, as int.__format__
// does for a value of type typeName ("int", "bool" or a subclass's name). limit is
// sys.get_int_max_str_digits() (0: no limit) for decimal output.
func FormatInt(x int64, big *big.Int, spec, typeName string, limit int) (string, error) {
	s, err := ParseSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	b, err := appendIntSpec(nil, x, big, &s, typeName, limit)
	return string(b), err
}

func appendIntSpec(b []byte, x int64, bx *big.Int, s *Spec, typeName string, limit int) ([]byte, error) {
	switch s.Type {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n', 0:
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f := float64(x)
		if bx != nil {
			var err error
			if f, err = BigToFloat(bx); err != nil {
				return b, err
			}
		}
		return appendFloatSpec(b, f, s)
	default:
		return b, unknownType(rune(s.Type), typeName)
	}
	if s.Precision != -1 {
		return b, valueError("Precision not allowed in integer format specifier")
	}
	if s.NoNegZero {
		return b, valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if bx != nil && bx.IsInt64() {
		x, bx = bx.Int64(), nil
	}
	if s.Type == 'c' {
		if s.Sign != 0 {
			return b, valueError("Sign not allowed with integer format specifier 'c'")
		}
		if s.Alt {
			return b, valueError("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if bx != nil {
			return b, overflowError("Python int too large to convert to C long")
		}
		if x < 0 || x > 0x10ffff {
			return b, overflowError("%c arg not in range(0x110000)")
		}
		// A lone surrogate has no UTF-8 form; Go turns it into U+FFFD.
		n := number{rest: string(rune(x))}
		return appendNumber(b, s, &n), nil
	}
	base := 10
	n := number{sep: s.Grouping, groupLen: 3}
	switch s.Type {
	case 'b':
		base, n.prefix = 2, "0b"
	case 'o':
		base, n.prefix = 8, "0o"
	case 'x':
		base, n.prefix = 16, "0x"
	case 'X':
		base, n.prefix = 16, "0X"
	}
	if !s.Alt {
		n.prefix = ""
	}
	if base != 10 && n.sep == '_' {
		n.groupLen = 4
	}
	var buf [72]byte
	if bx == nil {
		u := uint64(x)
		if x < 0 {
			n.neg, u = true, -u
		}
		d := strconv.AppendUint(buf[:0], u, base)
		if s.Type == 'X' {
			upperASCII(d)
		}
		n.digits = string(d)
	} else {
		n.neg = bx.Sign() < 0
		if base == 10 {
			if err := checkStrDigits(bx, limit); err != nil {
				return b, err
			}
		}
		t := new(big.Int).Abs(bx).Text(base)
		if s.Type == 'X' {
			t = strings.ToUpper(t)
		}
		n.digits = t
	}
	return appendNumber(b, s, &n), nil
}

func upperASCII(d []byte) {
	for i, c := range d {
		if c >= 'a' && c <= 'z' {
			d[i] = c - 'a' + 'A'
		}
	}
}
