package format

import (
	"math/big"
	"strconv"
)

// Format returns format(v, spec) for a Go value standing for a Python built-in: int, int64 or
// *big.Int (int), float64 (float), string (str) or bool (bool). limit is
// sys.get_int_max_str_digits() (0: no limit). An empty spec gives str(v).
func Format(v any, spec string, limit int) (string, error) {
	switch v := v.(type) {
	case int:
		return formatIntAs(int64(v), nil, spec, "int", limit)
	case int64:
		return formatIntAs(v, nil, spec, "int", limit)
	case *big.Int:
		return formatIntAs(0, v, spec, "int", limit)
	case float64:
		return FormatFloat(v, spec, "float")
	case string:
		return FormatString(v, spec, "str")
	case bool:
		if spec == "" {
			if v {
				return "True", nil
			}
			return "False", nil
		}
		x := int64(0)
		if v {
			x = 1
		}
		return FormatInt(x, nil, spec, "bool", limit)
	}
	return "", typeError("format: unsupported Go value")
}

func formatIntAs(x int64, bx *big.Int, spec, typeName string, limit int) (string, error) {
	if spec == "" {
		if bx == nil {
			return strconv.FormatInt(x, 10), nil
		}
		return IntToString(bx, limit)
	}
	return FormatInt(x, bx, spec, typeName, limit)
}

// FormatString formats s per spec, as str.__format__ does for a value of type typeName: types 's'
// and none, precision truncating to that many code points, default alignment left.
func FormatString(s, spec, typeName string) (string, error) {
	if spec == "" {
		return s, nil
	}
	sp, err := ParseSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	b, err := appendStringSpec(nil, s, &sp, typeName)
	return string(b), err
}

func appendStringSpec(b []byte, s string, sp *Spec, typeName string) ([]byte, error) {
	if sp.Type != 's' && sp.Type != 0 {
		return b, unknownType(rune(sp.Type), typeName)
	}
	switch {
	case sp.Grouping != 0:
		return b, valueError("Cannot specify '" + string(sp.Grouping) + "' with 's'.")
	case sp.Sign == ' ':
		return b, valueError("Space not allowed in string format specifier")
	case sp.Sign != 0:
		return b, valueError("Sign not allowed in string format specifier")
	case sp.NoNegZero:
		return b, valueError("Negative zero coercion (z) not allowed in string format specifier")
	case sp.Alt:
		return b, valueError("Alternate form (#) not allowed in string format specifier")
	case sp.Align == '=':
		return b, valueError("'=' alignment not allowed in string format specifier")
	}
	if sp.Precision >= 0 {
		s = truncateRunes(s, sp.Precision)
	}
	align, fill := sp.alignFill('<')
	return appendPadded(b, s, sp.Width, align, fill), nil
}

func truncateRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
