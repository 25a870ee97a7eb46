package format

// This file is str.format's side of the formatting: splitting a format string into literal text
// and replacement fields {field_name!conversion:spec}, exactly as CPython's MarkupIterator does,
// with its errors raised in the order CPython raises them.

// Key is an item accessor of a field name: [3] (IsInt, Int) or [name] (Str).
type Key struct {
	Str   string
	Int   int
	IsInt bool
}

// Resolver is what Render asks the interpreter while it formats.
type Resolver interface {
	// Positional returns args[i]. The interpreter raises IndexError("Replacement index %d out
	// of range for positional args tuple") or, for format_map, ValueError("Format string contains
	// positional fields").
	Positional(i int) (any, error)
	// Keyword returns kwargs[name] (KeyError: 'name' when missing).
	Keyword(name string) (any, error)
	// Attr returns getattr(v, name); Item returns v[key].
	Attr(v any, name string) (any, error)
	Item(v any, key Key) (any, error)
	// Convert applies !r, !s or !a: repr(v), str(v) or ascii(v).
	Convert(v any, conv rune) (any, error)
	// Format returns format(v, spec).
	Format(v any, spec string) (string, error)
}

// Render returns format.format(*args, **kwargs) — or format_map — for the Resolver's arguments.
func Render(format string, r Resolver) (string, error) {
	var auto autoNumber
	out, err := render(nil, format, r, 2, &auto)
	return string(out), err
}

type autoNumber struct {
	state int // 0 unset, 1 auto, 2 manual
	next  int
}

func render(out []byte, format string, r Resolver, depth int, auto *autoNumber) ([]byte, error) {
	if depth <= 0 {
		return out, valueError("Max string recursion exceeded")
	}
	m := markup{s: format}
	for {
		var f rawField
		lit, hasField, done, err := m.next(&f)
		if err != nil {
			return out, err
		}
		out = append(out, lit...)
		if done {
			return out, nil
		}
		if !hasField {
			continue
		}
		v, err := resolveField(f.name, r, auto)
		if err != nil {
			return out, err
		}
		if f.conv != 0 {
			if f.conv != 'r' && f.conv != 's' && f.conv != 'a' {
				return out, unknownConversion(f.conv)
			}
			if v, err = r.Convert(v, f.conv); err != nil {
				return out, err
			}
		}
		spec := f.spec
		if f.expand {
			b, err := render(nil, spec, r, depth-1, auto)
			if err != nil {
				return out, err
			}
			spec = string(b)
		}
		s, err := r.Format(v, spec)
		if err != nil {
			return out, err
		}
		out = append(out, s...)
	}
}

func unknownConversion(c rune) error {
	if c > 32 && c < 127 {
		return valueError("Unknown conversion specifier " + string(c))
	}
	return valueError("Unknown conversion specifier \\x" + hexLower(int64(c)))
}

func hexLower(x int64) string {
	const digits = "0123456789abcdef"
	if x == 0 {
		return "0"
	}
	var b [16]byte
	i := len(b)
	for x > 0 {
		i--
		b[i] = digits[x&15]
		x >>= 4
	}
	return string(b[i:])
}

// rawField is one replacement field as the markup scanner finds it.
type rawField struct {
	name   string
	conv   rune
	spec   string
	expand bool // the spec holds nested fields
}

// markup scans a format string as CPython's MarkupIterator.
type markup struct {
	s   string
	pos int
}

// next returns the literal text up to the next field (or escaped brace) and whether a field
// follows, filling f; done at the end of the string.
func (m *markup) next(f *rawField) (literal string, hasField, done bool, err error) {
	if m.pos >= len(m.s) {
		return "", false, true, nil
	}
	start := m.pos
	var c byte
	markupFollows := false
	for m.pos < len(m.s) {
		c = m.s[m.pos]
		m.pos++
		if c == '{' || c == '}' {
			markupFollows = true
			break
		}
	}
	atEnd := m.pos >= len(m.s)
	end := m.pos
	if markupFollows {
		if c == '}' && (atEnd || m.s[m.pos] != '}') {
			return "", false, false, valueError("Single '}' encountered in format string")
		}
		if atEnd && c == '{' {
			return "", false, false, valueError("Single '{' encountered in format string")
		}
		if m.s[m.pos] == c {
			m.pos++ // an escaped brace: the literal keeps one
			return m.s[start:end], false, false, nil
		}
		end--
	}
	literal = m.s[start:end]
	if !markupFollows {
		return literal, false, false, nil
	}
	if err := m.field(f); err != nil {
		return literal, false, false, err
	}
	return literal, true, false, nil
}

// field parses a field after its '{' (CPython's parse_field).
func (m *markup) field(f *rawField) error {
	*f = rawField{}
	nameStart := m.pos
	var c byte
	for m.pos < len(m.s) {
		c = m.s[m.pos]
		m.pos++
		if c == '{' {
			return valueError("unexpected '{' in field name")
		}
		if c == '[' {
			for m.pos < len(m.s) && m.s[m.pos] != ']' {
				m.pos++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	f.name = m.s[nameStart:max(nameStart, m.pos-1)]
	if c != '!' && c != ':' {
		if c != '}' || m.pos > len(m.s) {
			return valueError("expected '}' before end of string")
		}
		return nil
	}
	if c == '!' {
		if m.pos >= len(m.s) {
			return valueError("end of string while looking for conversion specifier")
		}
		r, n := decodeRune(m.s[m.pos:])
		f.conv = r
		m.pos += n
		if m.pos < len(m.s) {
			c = m.s[m.pos]
			m.pos++
			if c == '}' {
				return nil
			}
			if c != ':' {
				return valueError("expected ':' after conversion specifier")
			}
		}
	}
	specStart := m.pos
	depth := 1
	for m.pos < len(m.s) {
		c = m.s[m.pos]
		m.pos++
		switch c {
		case '{':
			f.expand = true
			depth++
		case '}':
			depth--
			if depth == 0 {
				f.spec = m.s[specStart : m.pos-1]
				return nil
			}
		}
	}
	return valueError("unmatched '{' in format spec")
}
