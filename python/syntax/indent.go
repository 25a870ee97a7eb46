package syntax

// Indentation: INDENT and DEDENT tokens, TabError, and the tokens that end
// the input.

// indentation reads the indentation of a new logical line and emits INDENT
// or DEDENT tokens. It returns false if the line is blank (skipped).
func (s *scanner) indentation() bool {
	col, alt := 0, 0
	j := s.i
	for j < len(s.src) {
		switch s.src[j] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/8 + 1) * 8
			alt++
		case '\f':
			col, alt = 0, 0
		default:
			goto done
		}
		j++
	}
done:
	s.i = j
	if j >= len(s.src) {
		s.atBOL = false
		return true
	}
	c := s.src[j]
	if c == '#' || c == '\n' || c == '\r' {
		// a blank line or a comment alone: no tokens
		for s.i < len(s.src) && s.src[s.i] != '\n' && s.src[s.i] != '\r' {
			s.i++
		}
		if s.i < len(s.src) {
			s.newline()
		}
		return false
	}
	if c == '\\' && j+1 < len(s.src) && (s.src[j+1] == '\n' || s.src[j+1] == '\r') {
		// a continuation at the start of a line: the indentation counts.
		s.atBOL = false
		return true
	}
	s.atBOL = false
	top := s.indents[len(s.indents)-1]
	p := s.pos()
	switch {
	case col == top:
		if alt != s.alts[len(s.alts)-1] {
			s.errorf("TabError", s.line, 0, 0, 0, "inconsistent use of tabs and spaces in indentation")
			return false
		}
	case col > top:
		if len(s.indents) >= maxIndent {
			s.errorf("IndentationError", s.line, s.i-s.lineOff, 0, 0, "too many levels of indentation")
			return false
		}
		if alt <= s.alts[len(s.alts)-1] {
			s.errorf("TabError", s.line, 0, 0, 0, "inconsistent use of tabs and spaces in indentation")
			return false
		}
		s.indents = append(s.indents, col)
		s.alts = append(s.alts, alt)
		s.toks = append(s.toks, mkToken(tIndent, Pos{s.line, 0}, p, s.lineOff, s.i, 0))
	default:
		for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.alts = s.alts[:len(s.alts)-1]
			s.toks = append(s.toks, mkToken(tDedent, p, p, s.i, s.i, 0))
		}
		if col != s.indents[len(s.indents)-1] {
			end := s.i
			for end < len(s.src) && s.src[end] != '\n' && s.src[end] != '\r' {
				end++
			}
			s.errorf("IndentationError", s.line, end-s.lineOff, 0, 0, "unindent does not match any outer indentation level")
			return false
		}
		if alt != s.alts[len(s.alts)-1] {
			s.errorf("TabError", s.line, 0, 0, 0, "inconsistent use of tabs and spaces in indentation")
			return false
		}
	}
	return true
}

// endOfInput emits the tokens that end the source.
func (s *scanner) endOfInput() {
	p := s.pos()
	if n := len(s.toks); n > 0 && s.toks[n-1].kind != tNewline && s.toks[n-1].kind != tDedent && s.toks[n-1].kind != tIndent && len(s.parens) == 0 {
		s.toks = append(s.toks, mkToken(tNewline, p, Pos{p.Line, p.Col + 1}, s.i, s.i, len(s.parens)))
	}
	// CPython places what follows the last line on that line, column 0.
	p = Pos{s.detectedLine(), 0}
	if len(s.parens) == 0 {
		for len(s.indents) > 1 {
			s.indents = s.indents[:len(s.indents)-1]
			s.toks = append(s.toks, mkToken(tDedent, p, p, s.i, s.i, 0))
		}
	}
	s.toks = append(s.toks, mkToken(tEOF, p, p, s.i, s.i, len(s.parens)))
}
