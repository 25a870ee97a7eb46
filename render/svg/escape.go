package svg

import (
	"strings"
	"unicode/utf8"
)

// esc escapes s for XML text and attribute values, as encoding/xml's EscapeText does (the same
// bytes, a fuzz test holds it to them) without linking encoding/xml into runner.wasm: the five
// markup characters and tab, newline and carriage return become references; characters XML
// cannot hold, and bytes that are not UTF-8, become U+FFFD.
func esc(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\t':
			b.WriteString("&#x9;")
		case '\n':
			b.WriteString("&#xA;")
		case '\r':
			b.WriteString("&#xD;")
		default:
			if !xmlChar(r) || (r == utf8.RuneError && width == 1) {
				b.WriteRune(utf8.RuneError)
			} else {
				b.WriteString(s[i : i+width])
			}
		}
		i += width
	}
	return b.String()
}

// needsEscape reports whether esc would change s.
func needsEscape(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= utf8.RuneSelf || strings.IndexByte(`"'&<>`, c) >= 0 {
			return true
		}
	}
	return false
}

// xmlChar reports whether XML 1.0 can hold r (its production Char).
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
