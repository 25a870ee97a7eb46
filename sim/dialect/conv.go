package script

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"go.starlark.net/starlark"
)

// int() and float() as CPython's: a str may have blanks around it and underscores between digits,
// and every failure is CPython's exception with CPython's message.

// intBuiltin implements int(x=0, /, base=10).
func intBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, base starlark.Value = starlark.MakeInt(0), nil
	if len(args) > 2 {
		return nil, typeErr("int() takes at most 2 arguments (%d given)", len(args))
	}
	if len(args) > 0 {
		x = args[0]
	}
	if len(args) > 1 {
		base = args[1]
	}
	for _, kv := range kwargs {
		if k := string(kv[0].(starlark.String)); k != "base" || base != nil {
			return nil, typeErr("'%s' is an invalid keyword argument for int()", k)
		}
		base = kv[1]
	}
	if base != nil {
		return intFromString(x, base)
	}
	switch x := x.(type) {
	case starlark.Int:
		return x, nil
	case starlark.Bool:
		return boolToInt(x), nil
	case starlark.Float:
		if err := checkFinite(float64(x)); err != nil {
			return nil, err
		}
		return starlark.NumberToInt(x)
	case starlark.String, starlark.Bytes:
		return intFromString(x, starlark.MakeInt(10))
	}
	return nil, typeErr("int() argument must be a string, a bytes-like object or a real number, not '%s'", pyTypeName(x))
}

// intFromString implements int(s, base).
func intFromString(x, baseValue starlark.Value) (starlark.Value, error) {
	base, ok := asInt(baseValue)
	if !ok {
		return nil, typeErr("'%s' object cannot be interpreted as an integer", pyTypeName(baseValue))
	}
	if base != 0 && (base < 2 || base > 36) {
		return nil, valueErr("int() base must be >= 2 and <= 36, or 0")
	}
	var s string
	switch x := x.(type) {
	case starlark.String:
		s = string(x)
	case starlark.Bytes:
		s = string(x)
	default:
		return nil, typeErr("int() can't convert non-string with explicit base")
	}
	n, ok := parseInt(s, int(base))
	if !ok {
		return nil, valueErr("invalid literal for int() with base %d: %s", base, Repr(x))
	}
	return starlark.MakeBigInt(n), nil
}

// parseInt parses an integer literal as int(s, base) does.
func parseInt(s string, base int) (*big.Int, bool) {
	s = strings.TrimSpace(s)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg, s = s[0] == '-', s[1:]
	}
	afterPrefix := false
	if len(s) >= 2 && s[0] == '0' {
		p := map[byte]int{'x': 16, 'o': 8, 'b': 2}[s[1]|0x20]
		if p != 0 && (base == 0 || base == p) {
			s, base, afterPrefix = s[2:], p, true
		}
	}
	if base == 0 {
		base = 10
		if strings.Trim(s, "0_") != "" && strings.HasPrefix(s, "0") {
			return nil, false // 010 is no literal in Python 3
		}
	}
	if s == "" || s[len(s)-1] == '_' || (s[0] == '_' && !afterPrefix) || strings.Contains(s, "__") {
		return nil, false
	}
	s = strings.ReplaceAll(s, "_", "")
	for _, r := range s {
		if r > unicode.MaxASCII || !isDigitIn(byte(r), base) {
			return nil, false
		}
	}
	n, ok := new(big.Int).SetString(s, base)
	if ok && neg {
		n.Neg(n)
	}
	return n, ok
}

// isDigitIn reports whether c is a digit of the base.
func isDigitIn(c byte, base int) bool {
	var d int
	switch {
	case '0' <= c && c <= '9':
		d = int(c - '0')
	case 'a' <= c|0x20 && c|0x20 <= 'z':
		d = int(c|0x20-'a') + 10
	default:
		return false
	}
	return d < base
}

// floatBuiltin implements float(x=0.0, /).
func floatBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, typeErr("float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, typeErr("float expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return starlark.Float(0), nil
	}
	switch x := args[0].(type) {
	case starlark.Int, starlark.Bool, starlark.Float:
		f, err := toFloat(x)
		return starlark.Float(f), err
	case starlark.String:
		if f, ok := parseFloat(string(x)); ok {
			return starlark.Float(f), nil
		}
		return nil, valueErr("could not convert string to float: %s", Repr(x))
	}
	return nil, typeErr("float() argument must be a string or a real number, not '%s'", pyTypeName(args[0]))
}

// parseFloat parses a float literal as float(s) does.
func parseFloat(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	body := strings.TrimLeft(s, "+-")
	if len(s)-len(body) > 1 {
		return 0, false
	}
	switch strings.ToLower(body) {
	case "inf", "infinity", "nan":
		f, err := strconv.ParseFloat(s, 64)
		return f, err == nil
	}
	if body == "" || strings.ContainsAny(body, "xXpP") || strings.Contains(body, "__") ||
		body[0] == '_' || body[len(body)-1] == '_' || strings.Contains(body, "_.") || strings.Contains(body, "._") ||
		strings.ContainsAny(strings.ToLower(body), "in") {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if err != nil && !math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}
