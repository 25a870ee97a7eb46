package format

import (
	"fmt"
	"math/big"
	"strconv"
	"unicode/utf8"

	"github.com/futurescope/futurescope/python/pystr"
)

// format formats the next argument per the conversion a, whose type character is at code point
// index of the format string.
func (p *percent) format(out []byte, a *conv, index int) ([]byte, error) {
	v, err := p.nextArg()
	if err != nil {
		return out, err
	}
	var s string
	numeric := false
	switch a.ch {
	case 's', 'r', 'a':
		if s, err = p.text(v, a.ch); err != nil {
			return out, err
		}
		if a.prec >= 0 {
			s = truncateRunes(s, a.prec)
		}
	case 'd', 'i', 'u', 'o', 'x', 'X':
		x, bx, err := p.intValue(v, a.ch)
		if err != nil {
			return out, err
		}
		if bx == nil && a.width < 0 && a.prec < 0 && !a.sign && !a.blank && !a.alt {
			// The common case (%d of a small int): digits straight into the output.
			switch a.ch {
			case 'o':
				return appendSigned(out, x, 8), nil
			case 'x':
				return appendSigned(out, x, 16), nil
			case 'X':
			default:
				return strconv.AppendInt(out, x, 10), nil
			}
		}
		if s, err = p.integer(x, bx, a); err != nil {
			return out, err
		}
		numeric = true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, err := p.float(v)
		if err != nil {
			return out, err
		}
		prec := a.prec
		if prec < 0 {
			prec = 6
		}
		var buf [64]byte
		neg, body := appendDouble(buf[:0], f, byte(a.ch), prec, a.alt, false, false)
		if a.width < 0 && !a.sign && !a.blank {
			if neg {
				out = append(out, '-')
			}
			return append(out, body...), nil
		}
		if neg {
			s = "-" + string(body)
		} else {
			s = string(body)
		}
		numeric = true
	case 'c':
		r, err := p.char(v)
		if err != nil {
			return out, err
		}
		s = string(r)
	default:
		c := a.ch
		if c < 31 || c > 126 {
			c = '?'
		}
		return out, valueError(fmt.Sprintf("unsupported format character '%c' (0x%x) at index %d", c, a.ch, index))
	}
	return appendPercentField(out, s, a, numeric), nil
}

// appendPercentField pads s per the conversion's flags as CPython's unicode_format_arg_output does:
// for numbers a sign and a 0x/0o prefix stay in front of zero padding.
func appendPercentField(out []byte, s string, a *conv, numeric bool) []byte {
	fill := byte(' ')
	if numeric && a.zero {
		fill = '0'
	}
	n := utf8.RuneCountInString(s)
	if a.width <= n && !a.sign && !a.blank {
		return append(out, s...)
	}
	var sign byte
	if numeric {
		switch {
		case s != "" && (s[0] == '-' || s[0] == '+'):
			sign, s, n = s[0], s[1:], n-1
		case a.sign:
			sign = '+'
		case a.blank:
			sign = ' '
		}
	}
	width := max(a.width, n)
	if sign != 0 {
		if fill != ' ' {
			out = append(out, sign)
		}
		if width > n {
			width--
		}
	}
	prefix := ""
	if numeric && a.alt && (a.ch == 'x' || a.ch == 'X' || a.ch == 'o') {
		prefix, s = s[:2], s[2:]
		if fill != ' ' {
			out = append(out, prefix...)
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && !a.ljust {
		out = appendFill(out, rune(fill), width-n)
		width = n
	}
	if fill == ' ' {
		if sign != 0 {
			out = append(out, sign)
		}
		out = append(out, prefix...)
	}
	out = append(out, s...)
	return appendFill(out, ' ', width-n)
}

// text is str(), repr() or ascii() of v.
func (p *percent) text(v any, ch rune) (string, error) {
	switch v := v.(type) {
	case nil:
		return "None", nil
	case bool:
		if v {
			return "True", nil
		}
		return "False", nil
	case int:
		return strconv.Itoa(v), nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	case *big.Int:
		return IntToString(v, p.limit)
	case float64:
		return FloatRepr(v), nil
	case string:
		switch ch {
		case 'r':
			return pystr.Repr(v), nil
		case 'a':
			return pystr.ASCII(v), nil
		}
		return v, nil
	}
	if p.c == nil {
		return "", typeError(fmt.Sprintf("format: no Converter for %T", v))
	}
	switch ch {
	case 'r':
		return p.c.Repr(v)
	case 'a':
		return p.c.ASCII(v)
	}
	return p.c.Str(v)
}

// float is PyFloat_AsDouble for %e, %f and %g.
func (p *percent) float(v any) (float64, error) {
	switch v := v.(type) {
	case float64:
		return v, nil
	case int:
		return float64(v), nil
	case int64:
		return float64(v), nil
	case *big.Int:
		return BigToFloat(v)
	case bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	if p.c != nil && !isNative(v) {
		f, ok, err := p.c.Float(v)
		if err != nil || ok {
			return f, err
		}
	}
	return 0, typeError("must be real number, not " + p.typeName(v))
}

// char is %c's argument: a one-character str or an int code point.
func (p *percent) char(v any) (rune, error) {
	var x int64
	var bx *big.Int
	switch v := v.(type) {
	case string:
		r, n := utf8.DecodeRuneInString(v)
		if n > 0 && n == len(v) {
			return r, nil
		}
		return 0, typeError("%c requires int or char")
	case int:
		x = int64(v)
	case int64:
		x = v
	case *big.Int:
		bx = v
	case bool:
		if v {
			x = 1
		}
	default:
		ok := false
		var err error
		if p.c != nil && !isNative(v) {
			if s, isStr := p.c.String(v); isStr {
				return p.char(s)
			}
			x, bx, ok, err = p.c.Int(v, true)
			if err != nil {
				return 0, err
			}
		}
		if !ok {
			return 0, typeError("%c requires int or char")
		}
	}
	if bx != nil || x < 0 || x > 0x10ffff {
		return 0, overflowError("%c arg not in range(0x110000)")
	}
	return rune(x), nil
}
