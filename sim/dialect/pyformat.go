package script

import (
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"
)

// PercentFormat returns format % args with Python's printf-style string
// formatting: flags "-+ 0#", width and precision (either may be "*"),
// mapping keys "%(name)s", the conversions s r a d i u o x X e E f F g G c
// and "%%", and CPython's errors ("not enough arguments for format string",
// "%d format: a real number is required, not str", …) as *sim.Exception values.
// args is a tuple of arguments, a single argument, or a mapping for
// "%(name)s". Width and precision above maxWidth are refused, where CPython
// would build the huge string.
func PercentFormat(format string, args starlark.Value) (string, error) {
	p := &percent{format: format, args: args, arglen: -1, argidx: -2}
	if t, ok := args.(starlark.Tuple); ok {
		p.tuple, p.arglen, p.argidx = t, len(t), 0
	} else if isMappingLike(args) {
		p.dict = args
	}
	var b strings.Builder
	for p.pos < len(format) {
		i := strings.IndexByte(format[p.pos:], '%')
		if i < 0 {
			b.WriteString(format[p.pos:])
			break
		}
		b.WriteString(format[p.pos : p.pos+i])
		p.pos += i + 1
		if err := p.conversion(&b); err != nil {
			return "", err
		}
	}
	if p.argidx < p.arglen && p.dict == nil {
		return "", typeErr("not all arguments converted during string formatting")
	}
	return b.String(), nil
}

// maxWidth bounds width and precision.
const maxWidth = 1 << 20

// isMappingLike reports whether CPython's PyMapping_Check would accept v
// for "%(name)s": anything indexable but a tuple or a str.
func isMappingLike(v starlark.Value) bool {
	switch v.(type) {
	case starlark.Tuple, starlark.String:
		return false
	case starlark.Mapping, starlark.Indexable:
		return true
	}
	return false
}

// percent is the state of one PercentFormat call, as in CPython's
// unicode_format: after "%(key)", args is the value found and the next
// conversion takes it.
type percent struct {
	format         string
	pos            int // byte offset in format
	args           starlark.Value
	tuple          starlark.Tuple
	arglen, argidx int
	dict           starlark.Value // mapping for %(key), or nil
}

// spec is one parsed conversion specifier.
type spec struct {
	ljust, sign, blank, alt, zero bool
	width, prec                   int // prec < 0: none
	conv                          byte
}

// next returns the next argument.
func (p *percent) next() (starlark.Value, error) {
	if p.argidx < p.arglen {
		p.argidx++
		if p.arglen < 0 {
			return p.args, nil
		}
		return p.tuple[p.argidx-1], nil
	}
	return nil, typeErr("not enough arguments for format string")
}

// conversion formats the conversion that starts after a '%'.
func (p *percent) conversion(b *strings.Builder) error {
	if p.pos < len(p.format) && p.format[p.pos] == '%' {
		p.pos++
		b.WriteByte('%')
		return nil
	}
	s, err := p.parseSpec()
	if err != nil {
		return err
	}
	v, err := p.next()
	if err != nil {
		return err
	}
	out, err := formatOne(s, v)
	if err == errUnsupported {
		at := utf8.RuneCountInString(p.format[:p.pos-1])
		return valueErr("unsupported format character '%c' (0x%x) at index %d", s.conv, s.conv, at)
	}
	b.WriteString(out)
	return err
}

// parseSpec parses "(key)", flags, width, precision, length modifier and
// conversion character.
func (p *percent) parseSpec() (spec, error) {
	s := spec{prec: -1}
	if err := p.mappingKey(); err != nil {
		return s, err
	}
	for p.pos < len(p.format) && strings.IndexByte("-+ #0", p.format[p.pos]) >= 0 {
		switch p.format[p.pos] {
		case '-':
			s.ljust = true
		case '+':
			s.sign = true
		case ' ':
			s.blank = true
		case '#':
			s.alt = true
		case '0':
			s.zero = true
		}
		p.pos++
	}
	var err error
	if s.width, err = p.number("width"); err != nil {
		return s, err
	}
	if s.width < 0 {
		s.ljust, s.width = true, -s.width
	}
	if p.pos < len(p.format) && p.format[p.pos] == '.' {
		p.pos++
		if s.prec, err = p.number("precision"); err != nil {
			return s, err
		}
		s.prec = max(s.prec, 0)
	}
	for p.pos < len(p.format) && strings.IndexByte("hlL", p.format[p.pos]) >= 0 {
		p.pos++
	}
	if p.pos >= len(p.format) {
		return s, valueErr("incomplete format")
	}
	s.conv = p.format[p.pos]
	p.pos++
	return s, nil
}

// mappingKey reads "(key)" if present and makes its value the next argument.
func (p *percent) mappingKey() error {
	if p.pos >= len(p.format) || p.format[p.pos] != '(' {
		return nil
	}
	if p.dict == nil {
		return typeErr("format requires a mapping")
	}
	depth, start := 1, p.pos+1
	for p.pos++; depth > 0; p.pos++ {
		if p.pos >= len(p.format) {
			return valueErr("incomplete format key")
		}
		switch p.format[p.pos] {
		case '(':
			depth++
		case ')':
			depth--
		}
	}
	key := starlark.String(p.format[start : p.pos-1])
	m, ok := p.dict.(starlark.Mapping)
	if !ok {
		return typeErr("%s indices must be integers or slices, not str", pyTypeName(p.dict))
	}
	v, found, err := m.Get(key)
	if err != nil {
		return err
	}
	if !found {
		return pyErr(KeyError, "%s", Repr(key))
	}
	p.args, p.arglen, p.argidx = v, -1, -2
	return nil
}

// number reads a width or precision: digits, "*" (the next argument), or
// nothing (0).
func (p *percent) number(what string) (int, error) {
	if p.pos < len(p.format) && p.format[p.pos] == '*' {
		p.pos++
		v, err := p.next()
		if err != nil {
			return 0, err
		}
		n, ok := asInt(v)
		if !ok {
			return 0, typeErr("* wants int")
		}
		if n > maxWidth || n < -maxWidth {
			return 0, valueErr("%s too big", what)
		}
		return int(n), nil
	}
	n := 0
	for p.pos < len(p.format) && p.format[p.pos] >= '0' && p.format[p.pos] <= '9' {
		n = n*10 + int(p.format[p.pos]-'0')
		if n > maxWidth {
			return 0, valueErr("%s too big", what)
		}
		p.pos++
	}
	return n, nil
}

// asInt returns the value of an int (or bool) that fits an int64.
func asInt(v starlark.Value) (int64, bool) {
	switch v := v.(type) {
	case starlark.Bool:
		if v {
			return 1, true
		}
		return 0, true
	case starlark.Int:
		return v.Int64()
	}
	return 0, false
}
