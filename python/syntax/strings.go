package syntax

import (
	"strings"
	"unicode/utf8"
)

// stringPrefix reports whether b starts a string literal with a prefix
// (r, u, b, f, br, rb, fr, rf in any case). It returns the prefix in lower
// case and its length, or n = -1.
func stringPrefix(b []byte) (prefix string, n int) {
	var p [2]byte
	k := 0
	for k < len(b) && k < 3 {
		c := b[k]
		if c == '\'' || c == '"' {
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if k == 2 || (c != 'r' && c != 'u' && c != 'b' && c != 'f') {
			return "", -1
		}
		p[k] = c
		k++
	}
	if k == 0 || k >= len(b) || (b[k] != '\'' && b[k] != '"') {
		return "", -1
	}
	pre := string(p[:k])
	switch pre {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return pre, k
	}
	return "", -1
}

// detectedLine is the line CPython names when input ends unexpectedly: the
// last line of the file.
func (s *scanner) detectedLine() int {
	if s.i == s.lineOff && s.line > 1 {
		return s.line - 1
	}
	return s.line
}

// stringLit scans a string literal whose quote is at s.i; prefix is its
// prefix in lower case. An f-string only gets its start token here.
func (s *scanner) stringLit(start Pos, off int, prefix string) {
	q := s.src[s.i]
	triple := s.i+2 < len(s.src) && s.src[s.i+1] == q && s.src[s.i+2] == q
	if strings.IndexByte(prefix, 'f') >= 0 {
		if triple {
			s.i += 3
		} else {
			s.i++
		}
		if len(s.fstrs) >= maxParens/2 {
			s.errorf("SyntaxError", start.Line, start.Col, 0, 0, "too many nested f-strings")
			return
		}
		s.emit(tFStart, start, off)
		s.fstrs = append(s.fstrs, fstate{quote: q, triple: triple, raw: strings.IndexByte(prefix, 'r') >= 0, base: len(s.parens), start: start})
		return
	}
	if triple {
		s.i += 3
		for {
			if s.i >= len(s.src) {
				s.errorf("SyntaxError", start.Line, start.Col, 0, 0, "unterminated triple-quoted string literal (detected at line %d)", s.detectedLine())
				return
			}
			c := s.src[s.i]
			switch {
			case c == q && s.i+2 < len(s.src) && s.src[s.i+1] == q && s.src[s.i+2] == q:
				s.i += 3
				s.emit(tString, start, off)
				return
			case c == '\\':
				s.i++
				if s.i < len(s.src) {
					if s.src[s.i] == '\n' || s.src[s.i] == '\r' {
						s.newline()
					} else {
						s.i++
					}
				}
			case c == '\n' || c == '\r':
				s.newline()
			default:
				s.i++
			}
		}
	}
	s.i++
	for {
		if s.i >= len(s.src) || s.src[s.i] == '\n' || s.src[s.i] == '\r' {
			if n := len(s.fstrs); n > 0 && s.fstrs[n-1].quote == q && !s.fstrs[n-1].triple {
				s.errorf("SyntaxError", start.Line, start.Col, 0, 0, "f-string: expecting '}'")
				return
			}
			s.errorf("SyntaxError", start.Line, start.Col, 0, 0, "unterminated string literal (detected at line %d)", s.line)
			return
		}
		c := s.src[s.i]
		if c == q {
			s.i++
			s.emit(tString, start, off)
			return
		}
		if c == '\\' {
			s.i++
			if s.i < len(s.src) && (s.src[s.i] == '\n' || s.src[s.i] == '\r') {
				s.newline()
				continue
			}
		}
		s.i++
	}
}

// decodeString returns the value of a string literal token's text (prefix
// and quotes included): a string, or a Bytes. Errors are returned as a
// message.
func decodeString(text string) (value any, isBytes, isU bool, msg string) {
	i := 0
	raw := false
	for text[i] != '\'' && text[i] != '"' {
		switch text[i] {
		case 'r', 'R':
			raw = true
		case 'b', 'B':
			isBytes = true
		case 'u':
			isU = true
		}
		i++
	}
	q := text[i]
	body := text[i+1 : len(text)-1]
	if len(body) >= 4 && body[0] == q && body[1] == q {
		body = body[2 : len(body)-2]
	}
	if isBytes {
		for k := 0; k < len(body); k++ {
			if body[k] >= utf8.RuneSelf {
				return nil, true, false, "bytes can only contain ASCII literal characters"
			}
		}
	}
	s, msg := unescape(body, raw, isBytes)
	if msg != "" {
		return nil, isBytes, isU, msg
	}
	if isBytes {
		return Bytes(s), true, false, ""
	}
	return s, false, isU, ""
}

// unescape decodes the escapes of a literal's body (and turns \r\n into
// \n). For bytes, \x escapes give single bytes.
func unescape(body string, raw, isBytes bool) (string, string) {
	if strings.IndexByte(body, '\\') < 0 && strings.IndexByte(body, '\r') < 0 {
		return body, ""
	}
	var b strings.Builder
	b.Grow(len(body))
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == '\r' {
			b.WriteByte('\n')
			if i+1 < len(body) && body[i+1] == '\n' {
				i++
			}
			continue
		}
		if c != '\\' || i+1 >= len(body) {
			b.WriteByte(c)
			continue
		}
		if raw {
			b.WriteByte(c)
			b.WriteByte(body[i+1])
			i++
			continue
		}
		i++
		c = body[i]
		switch c {
		case '\n':
		case '\r':
			if i+1 < len(body) && body[i+1] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			b.WriteByte(c)
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'f':
			b.WriteByte(12)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := 0
			n := 0
			for n < 3 && i < len(body) && body[i] >= '0' && body[i] <= '7' {
				v = v*8 + int(body[i]-'0')
				i++
				n++
			}
			i--
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
		case 'x', 'u', 'U':
			n := 2
			if !isBytes && c == 'u' {
				n = 4
			} else if !isBytes && c == 'U' {
				n = 8
			} else if isBytes && c != 'x' {
				b.WriteByte('\\')
				b.WriteByte(c)
				continue
			}
			v := 0
			for k := 0; k < n; k++ {
				if i+1+k >= len(body) || unhex(body[i+1+k]) < 0 {
					what := map[byte]string{'x': "truncated \\xXX escape", 'u': "truncated \\uXXXX escape", 'U': "truncated \\UXXXXXXXX escape"}[c]
					codec := "unicodeescape"
					if isBytes {
						return "", "(value error) invalid \\x escape at position " + itoa(i-1)
					}
					return "", "(unicode error) '" + codec + "' codec can't decode bytes in position " + itoa(escPos(body, i-1)) + "-" + itoa(escPos(body, i+k)) + ": " + what
				}
				v = v*16 + unhex(body[i+1+k])
			}
			i += n
			if isBytes {
				b.WriteByte(byte(v))
			} else if v > 0x10FFFF {
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes in position " + itoa(escPos(body, i-n-1)) + "-" + itoa(escPos(body, i)) + ": illegal Unicode character"
			} else {
				writeRune(&b, v)
			}
		case 'N':
			if isBytes {
				b.WriteString("\\N")
				continue
			}
			r, end, msg := namedEscape(body, i-1)
			if msg != "" {
				return "", msg
			}
			writeRune(&b, int(r))
			i = end - 1
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String(), ""
}

// writeRune writes a code point as UTF-8, a lone surrogate (which Python
// strings may hold) as its three-byte WTF-8 form.
func writeRune(b *strings.Builder, v int) {
	if v >= 0xD800 && v <= 0xDFFF {
		b.WriteByte(byte(0xE0 | v>>12))
		b.WriteByte(byte(0x80 | (v>>6)&0x3F))
		b.WriteByte(byte(0x80 | v&0x3F))
		return
	}
	b.WriteRune(rune(v))
}

// decodeRune is utf8.DecodeRuneInString that also decodes a WTF-8 lone
// surrogate.
func decodeRune(s string) (rune, int) {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 && len(s) >= 3 && s[0] == 0xED && s[1]&0xE0 == 0xA0 && s[2]&0xC0 == 0x80 {
		return rune(0xD000 | int(s[1]&0x3F)<<6 | int(s[2]&0x3F)), 3
	}
	return r, n
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
