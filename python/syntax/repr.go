package syntax

// Python's repr of the values of constants, for Dump.

import (
	"fmt"
	"math/big"
	"strings"
	"unicode"

	"github.com/futurescope/futurescope/python/format"
	"github.com/futurescope/futurescope/python/pystr"
)

// constRepr is Python's repr of a constant's value.
func constRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case Ellipsis:
		return "Ellipsis"
	case *big.Int:
		return v.String()
	case float64:
		return format.FloatRepr(v)
	case complex128:
		return format.ComplexRepr(real(v), imag(v))
	case string:
		return pyRepr(v)
	case Bytes:
		return pystr.BytesRepr(string(v))
	}
	return fmt.Sprint(v)
}

// pyRepr is Python's repr of a str. Not pystr.Repr: a literal may hold a lone surrogate (kept as
// WTF-8 by the scanner), which CPython prints as \udXXX.
func pyRepr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for i := 0; i < len(s); {
		r, n := decodeRune(s[i:])
		i += n
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f || unicode.IsPrint(r) && (r < 0xD800 || r > 0xDFFF):
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
