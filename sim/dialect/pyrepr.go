package script

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
)

// A PyReprer is a host value with its own Python repr, such as
// "<Future at 0x1 state=running>". Repr uses it.
type PyReprer interface {
	PyRepr() string
}

// A PyStrer is a host value whose str differs from its repr. Str uses it;
// without it, str is repr, as in Python.
type PyStrer interface {
	PyStr() string
}

// Str returns str(v) as CPython prints it: a string is itself, anything else
// is its repr unless it implements PyStrer.
func Str(v starlark.Value) string {
	switch v := v.(type) {
	case starlark.String:
		return string(v)
	case PyStrer:
		return v.PyStr()
	}
	return Repr(v)
}

// Repr returns repr(v) as CPython prints it: True, None, 0.1, 1e-05,
// 'a' and "it's" (Python's choice of quotes), [1, 'a'], (1,), {'a': 1},
// set(), {1, 2}.
// Sets print in insertion order (CPython's order follows hashes). Values
// with no Python form print as Starlark does.
func Repr(v starlark.Value) string {
	var b strings.Builder
	writeRepr(&b, v, nil)
	return b.String()
}

// writeRepr writes repr(v); path holds the containers being printed, so
// that a list holding itself prints as [[...]].
func writeRepr(b *strings.Builder, v starlark.Value, path []starlark.Value) {
	switch v := v.(type) {
	case starlark.NoneType:
		b.WriteString("None")
	case starlark.Bool:
		if v {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case starlark.Int:
		b.WriteString(v.String())
	case starlark.Float:
		b.WriteString(floatRepr(float64(v)))
	case starlark.String:
		b.WriteString(quoteStr(string(v)))
	case starlark.Bytes:
		b.WriteString(quoteBytes(string(v)))
	case *starlark.List:
		writeSeq(b, "[", "]", v, path, false)
	case starlark.Tuple:
		writeSeq(b, "(", ")", v, path, len(v) == 1)
	case *starlark.Dict:
		writeDict(b, v, path)
	case *starlark.Set:
		if v.Len() == 0 {
			b.WriteString("set()")
		} else {
			writeSeq(b, "{", "}", v, path, false)
		}
	case PyReprer:
		b.WriteString(v.PyRepr())
	case *starlarkstruct.Module:
		fmt.Fprintf(b, "<module %s>", quoteStr(v.Name))
	case *pyModule:
		fmt.Fprintf(b, "<module %s>", quoteStr(v.Name))
	default:
		b.WriteString(otherRepr(v))
	}
}

// otherRepr returns the repr of a value of another type.
func otherRepr(v starlark.Value) string {
	if b, ok := v.(*starlark.Builtin); ok {
		switch recv := b.Receiver(); recv.(type) {
		case nil:
			return "<built-in function " + b.Name() + ">"
		case *starlark.List, *starlark.Dict, *starlark.Set, starlark.String, starlark.Bytes:
			return "<built-in method " + b.Name() + " of " + pyTypeName(recv) + " object>"
		default:
			return "<bound method " + recv.Type() + "." + b.Name() + " of " + Repr(recv) + ">"
		}
	}
	switch v.Type() {
	case "range": // Starlark prints range(10), Python range(0, 10)
		s := v.String()
		if !strings.Contains(s, ",") {
			return "range(0, " + strings.TrimPrefix(s, "range(")
		}
		return s
	}
	return v.String()
}

// writeSeq writes the elements of seq between open and close; comma1 adds
// the trailing comma of a 1-tuple.
func writeSeq(b *strings.Builder, open, close string, seq starlark.Iterable, path []starlark.Value, comma1 bool) {
	if onPath(seq, path) {
		b.WriteString(open + "..." + close)
		return
	}
	path = append(path, seq)
	b.WriteString(open)
	i := 0
	for x := range starlark.Elements(seq) {
		if i > 0 {
			b.WriteString(", ")
		}
		writeRepr(b, x, path)
		i++
	}
	if comma1 {
		b.WriteString(",")
	}
	b.WriteString(close)
}

// writeDict writes {k: v, …}.
func writeDict(b *strings.Builder, d *starlark.Dict, path []starlark.Value) {
	if onPath(d, path) {
		b.WriteString("{...}")
		return
	}
	path = append(path, d)
	b.WriteString("{")
	for i, item := range d.Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		writeRepr(b, item[0], path)
		b.WriteString(": ")
		writeRepr(b, item[1], path)
	}
	b.WriteString("}")
}

// onPath reports whether the container v is being printed already.
func onPath(v starlark.Value, path []starlark.Value) bool {
	for _, p := range path {
		if p == v {
			return true
		}
	}
	return false
}

// floatRepr returns Python's repr of f: the shortest digits that read back
// as f, in fixed notation when the decimal point falls within 16 digits of
// the first digit (1e-05 < |f| < 1e16), else in exponent notation; fixed
// notation always has a fractional part (100.0).
func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX, exponent ≥ 2 digits
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if decpt := exp + 1; decpt <= -4 || decpt > 16 {
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// quoteStr returns Python's repr of a str: single quotes unless s holds a
// single quote and no double quote; \t, \n, \r, \\ and the quote escaped;
// other non-printable code points as \xhh, \uhhhh or \Uhhhhhhhh. Bytes that
// are not UTF-8 (Starlark strings may hold them) print as \xhh.
func quoteStr(s string) string {
	q := quoteFor(s)
	var b strings.Builder
	b.WriteByte(q)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i-1])
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteString(controlEscape(byte(r)))
		case unicode.IsPrint(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// quoteBytes returns Python's repr of bytes: b'…' with printable ASCII as
// is and every other byte escaped.
func quoteBytes(s string) string {
	q := quoteFor(s)
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(q)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t' || c == '\n' || c == '\r':
			b.WriteString(controlEscape(c))
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, `\x%02x`, c)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// controlEscape returns the escape of a tab, newline or carriage return.
func controlEscape(c byte) string {
	switch c {
	case '\t':
		return `\t`
	case '\n':
		return `\n`
	}
	return `\r`
}

// quoteFor returns the quote Python's repr uses for s.
func quoteFor(s string) byte {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return '"'
	}
	return '\''
}

// pyTypeName returns the Python name of v's type, as error messages print
// it: str, not Starlark's string.
func pyTypeName(v starlark.Value) string {
	switch t := v.Type(); t {
	case "string":
		return "str"
	default:
		return t
	}
}
