package syntax

// fstringText scans the literal text of an f-string (or of a format spec
// inside one) up to a replacement field, the end of the spec or the closing
// quote, as CPython 3.12's tokenizer does.
func (s *scanner) fstringText(fs *fstate, spec bool) {
	start, off := s.pos(), s.i
	flush := func() {
		if s.i > off {
			s.emit(tFMiddle, start, off)
		}
	}
	for {
		if s.i >= len(s.src) {
			if spec {
				s.errorf("SyntaxError", s.line, s.i-s.lineOff, 0, 0, "f-string: expecting '}'")
				return
			}
			if fs.triple {
				s.errorf("SyntaxError", fs.start.Line, fs.start.Col, 0, 0, "unterminated triple-quoted f-string literal (detected at line %d)", s.detectedLine())
			} else {
				s.errorf("SyntaxError", fs.start.Line, fs.start.Col, 0, 0, "unterminated f-string literal (detected at line %d)", s.detectedLine())
			}
			return
		}
		c := s.src[s.i]
		switch {
		case c == fs.quote && (!fs.triple || s.i+2 < len(s.src) && s.src[s.i+1] == c && s.src[s.i+2] == c):
			if spec {
				s.errorf("SyntaxError", s.line, s.i-s.lineOff, 0, 0, "f-string: expecting '}', or format specs")
				return
			}
			flush()
			p, o := s.pos(), s.i
			if fs.triple {
				s.i += 3
			} else {
				s.i++
			}
			s.emit(tFEnd, p, o)
			s.fstrs = s.fstrs[:len(s.fstrs)-1]
			return
		case c == '\n' || c == '\r':
			if !fs.triple {
				if spec {
					s.errorf("SyntaxError", s.line, s.i-s.lineOff, 0, 0, "f-string: newlines are not allowed in format specifiers for single quoted f-strings")
					return
				}
				s.errorf("SyntaxError", fs.start.Line, fs.start.Col, 0, 0, "unterminated f-string literal (detected at line %d)", s.line)
				return
			}
			s.newline()
		case c == '\\' && !fs.raw:
			s.i++
			if s.i < len(s.src) {
				switch s.src[s.i] {
				case '\n', '\r':
					s.newline()
				case 'N':
					s.i++
					if s.i < len(s.src) && s.src[s.i] == '{' {
						for s.i < len(s.src) && s.src[s.i] != '}' && s.src[s.i] != fs.quote && s.src[s.i] != '\n' {
							s.i++
						}
						if s.i < len(s.src) && s.src[s.i] == '}' {
							s.i++
						}
					}
				default:
					s.i++
				}
			}
		case c == '\\':
			s.i++
			if s.i < len(s.src) && (s.src[s.i] == '\n' || s.src[s.i] == '\r') {
				s.newline()
			} else if s.i < len(s.src) && s.src[s.i] != '{' && s.src[s.i] != '}' {
				s.i++
			}
		case c == '{':
			if !spec && s.i+1 < len(s.src) && s.src[s.i+1] == '{' {
				s.i += 2
				continue
			}
			flush()
			if len(s.parens) >= maxParens {
				s.errorf("SyntaxError", s.line, s.i-s.lineOff, s.line, s.i-s.lineOff+1, "too many nested parentheses")
				return
			}
			p, o := s.pos(), s.i
			s.i++
			s.parens = append(s.parens, paren{ch: '{', pos: p, field: true})
			s.emit(tLbrace, p, o)
			return
		case c == '}':
			if spec {
				flush()
				p, o := s.pos(), s.i
				s.i++
				fs.specs = fs.specs[:len(fs.specs)-1]
				s.parens = s.parens[:len(s.parens)-1]
				s.emit(tRbrace, p, o)
				return
			}
			if s.i+1 < len(s.src) && s.src[s.i+1] == '}' {
				s.i += 2
				continue
			}
			s.errorf("SyntaxError", s.line, s.i-s.lineOff, 0, 0, "f-string: single '}' is not allowed")
			return
		default:
			s.i++
		}
	}
}
