package pystr

import (
	"strings"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// Repr returns repr(s): single quotes unless s contains a single quote and no double quote;
// backslash, the quote, \t, \n and \r escaped; other control characters and U+007F as \xhh;
// non-ASCII code points kept when printable, else \xhh, \uhhhh or \Uhhhhhhhh.
func Repr(s string) string { return quote(s, false) }

// ASCII returns ascii(s): Repr with every non-ASCII code point escaped.
func ASCII(s string) string { return quote(s, true) }

func quote(s string, asciiOnly bool) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	b := make([]byte, 0, len(s)+2)
	b = append(b, q)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = appendASCIIEscaped(b, c, q)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if !asciiOnly && IsPrintableRune(r) {
			b = utf8.AppendRune(b, r)
			continue
		}
		b = appendCodeEscape(b, r)
	}
	return string(append(b, q))
}

func appendASCIIEscaped(b []byte, c, q byte) []byte {
	switch {
	case c == q || c == '\\':
		return append(b, '\\', c)
	case c == '\t':
		return append(b, '\\', 't')
	case c == '\n':
		return append(b, '\\', 'n')
	case c == '\r':
		return append(b, '\\', 'r')
	case c < ' ' || c == 0x7f:
		return append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
	}
	return append(b, c)
}

func appendCodeEscape(b []byte, r rune) []byte {
	switch {
	case r <= 0xff:
		return append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
	case r <= 0xffff:
		b = append(b, '\\', 'u')
		for sh := 12; sh >= 0; sh -= 4 {
			b = append(b, hexDigits[(r>>sh)&15])
		}
		return b
	}
	b = append(b, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		b = append(b, hexDigits[(r>>sh)&15])
	}
	return b
}

// BytesRepr returns repr(b) of a bytes object holding the bytes of b: b'…' (or b"…" by the same
// quote rule as Repr), with \t, \n, \r, backslash and the quote escaped and every byte outside
// 0x20..0x7e as \xhh.
func BytesRepr(b string) string {
	q := byte('\'')
	if strings.IndexByte(b, '\'') >= 0 && strings.IndexByte(b, '"') < 0 {
		q = '"'
	}
	out := make([]byte, 0, len(b)+3)
	out = append(out, 'b', q)
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c >= 0x80 {
			out = append(out, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
			continue
		}
		out = appendASCIIEscaped(out, c, q)
	}
	return string(append(out, q))
}
