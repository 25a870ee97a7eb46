package format

import (
	"fmt"
	"math"
	"math/big"
	"unicode/utf8"
)

// Percent returns format % right, CPython's printf-style string formatting. right is the right
// operand as the interpreter holds it: a tuple's items are the arguments, a mapping serves
// %(name)s, anything else is the single argument. limit is sys.get_int_max_str_digits().
func Percent(format string, right any, c Converter, limit int) (string, error) {
	p := percent{c: c, limit: limit, argIdx: -2, argLen: -1, args: right}
	ta, hasTA := c.(TupleAccess)
	items, isTuple := right.([]any)
	switch {
	case isTuple:
	case hasTA && !isNative(right):
		if n, ok := ta.TupleLen(right); ok {
			p.ta, p.argIdx, p.argLen = ta, 0, n
		}
	case !hasTA:
		items, isTuple = asTuple(right, c)
	}
	if p.ta != nil {
		// The tuple's items come through TupleAccess.
	} else if isTuple {
		p.tuple, p.argIdx, p.argLen = items, 0, len(items)
	} else if _, isStr := right.(string); !isStr && right != nil && c != nil && c.IsMapping(right) {
		if _, ok := c.String(right); !ok {
			p.dict = right
		}
	}
	out := make([]byte, 0, len(format)+16)
	var err error
	for i := 0; i < len(format); {
		j := i
		for j < len(format) && format[j] != '%' {
			j++
		}
		out = append(out, format[i:j]...)
		if j == len(format) {
			break
		}
		if out, i, err = p.conversion(out, format, j+1); err != nil {
			return "", err
		}
	}
	if p.argIdx < p.argLen && p.dict == nil {
		return "", typeError("not all arguments converted during string formatting")
	}
	return string(out), nil
}

func asTuple(v any, c Converter) ([]any, bool) {
	if t, ok := v.([]any); ok {
		return t, true
	}
	switch v.(type) {
	case nil, int, int64, *big.Int, float64, string, bool:
		return nil, false
	}
	if c == nil {
		return nil, false
	}
	return c.Tuple(v)
}

type percent struct {
	c      Converter
	ta     TupleAccess // set when the right operand is a tuple read through it
	limit  int
	tuple  []any
	args   any // the current single argument (argLen -1)
	argIdx int
	argLen int
	dict   any
}

func (p *percent) nextArg() (any, error) {
	if p.argIdx < p.argLen {
		i := p.argIdx
		p.argIdx++
		switch {
		case p.argLen < 0:
			return p.args, nil
		case p.ta != nil:
			return p.ta.TupleItem(p.args, i), nil
		}
		return p.tuple[i], nil
	}
	return nil, typeError("not enough arguments for format string")
}

// conv is one parsed conversion: %[(key)][flags][width][.precision][length]type.
type conv struct {
	ljust, sign, blank, alt, zero bool
	width, prec                   int
	ch                            rune
}

// conversion formats the conversion whose text starts at format[i] (after the '%') and returns the
// index after it.
func (p *percent) conversion(out []byte, format string, i int) ([]byte, int, error) {
	if i < len(format) && format[i] == '%' {
		return append(out, '%'), i + 1, nil
	}
	incomplete := func() ([]byte, int, error) { return out, i, valueError("incomplete format") }
	if i < len(format) && format[i] == '(' {
		if p.dict == nil {
			return out, i, typeError("format requires a mapping")
		}
		depth, j := 1, i+1
		for ; j < len(format) && depth > 0; j++ {
			switch format[j] {
			case ')':
				depth--
			case '(':
				depth++
			}
		}
		if depth > 0 {
			return out, i, valueError("incomplete format key")
		}
		v, err := p.c.GetItem(p.dict, format[i+1:j-1])
		if err != nil {
			return out, i, err
		}
		p.args, p.argIdx, p.argLen = v, -2, -1
		i = j
	}
	a := conv{width: -1, prec: -1}
flags:
	for ; i < len(format); i++ {
		switch format[i] {
		case '-':
			a.ljust = true
		case '+':
			a.sign = true
		case ' ':
			a.blank = true
		case '#':
			a.alt = true
		case '0':
			a.zero = true
		default:
			break flags
		}
	}
	if i == len(format) {
		return incomplete()
	}
	var err error
	if format[i] == '*' {
		if a.width, err = p.starArg(); err != nil {
			return out, i, err
		}
		if a.width < 0 {
			a.ljust, a.width = true, -a.width
		}
		i++
	} else if format[i] >= '0' && format[i] <= '9' {
		if a.width, i, err = percentInt(format, i, "width"); err != nil {
			return out, i, err
		}
	}
	if i < len(format) && format[i] == '.' {
		a.prec = 0
		i++
		if i < len(format) && format[i] == '*' {
			if a.prec, err = p.starArg(); err != nil {
				return out, i, err
			}
			a.prec = max(a.prec, 0)
			i++
		} else if i < len(format) && format[i] >= '0' && format[i] <= '9' {
			if a.prec, i, err = percentInt(format, i, "precision"); err != nil {
				return out, i, err
			}
		}
	}
	if i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
		i++
	}
	if i == len(format) {
		return incomplete()
	}
	if a.width > MaxWidth {
		return out, i, widthTooBig("width")
	}
	if a.prec > MaxWidth {
		return out, i, widthTooBig("precision")
	}
	r, n := utf8.DecodeRuneInString(format[i:])
	a.ch = r
	index := utf8.RuneCountInString(format[:i])
	i += n
	out, err = p.format(out, &a, index)
	if err != nil {
		return out, i, err
	}
	if p.dict != nil && p.argIdx < p.argLen {
		return out, i, typeError("not all arguments converted during string formatting")
	}
	return out, i, nil
}

func percentInt(format string, i int, what string) (int, int, error) {
	v := 0
	for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
		d := int(format[i] - '0')
		if v > (math.MaxInt64-d)/10 || (what == "precision" && v > (math.MaxInt32-d)/10) {
			return 0, i, widthTooBig(what)
		}
		v = v*10 + d
	}
	return v, i, nil
}

// starArg takes a '*' width or precision from the arguments.
func (p *percent) starArg() (int, error) {
	v, err := p.nextArg()
	if err != nil {
		return 0, err
	}
	var x int64
	switch v := v.(type) {
	case int:
		x = int64(v)
	case int64:
		x = v
	case bool:
		if v {
			x = 1
		}
	case *big.Int:
		return 0, overflowError("Python int too large to convert to C ssize_t")
	default:
		var bx *big.Int
		var ok bool
		if p.c != nil && !isNative(v) {
			x, bx, ok, err = p.c.Int(v, true)
		}
		if err != nil || !ok || bx != nil {
			return 0, typeError("* wants int")
		}
	}
	if x > MaxWidth || x < -MaxWidth {
		return 0, widthTooBig("width")
	}
	return int(x), nil
}

func isNative(v any) bool {
	switch v.(type) {
	case nil, int, int64, *big.Int, float64, string, bool, []any:
		return true
	}
	return false
}

// typeName names a value's Python type: natives here, the rest by the Converter.
func (p *percent) typeName(v any) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case int, int64, *big.Int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case bool:
		return "bool"
	case []any:
		return "tuple"
	}
	if p.c == nil {
		return fmt.Sprintf("%T", v)
	}
	return p.c.TypeName(v)
}
