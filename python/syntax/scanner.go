package syntax

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// scanner turns source into tokens, all at once, as CPython's tokenizer
// would hand them to its parser one by one. It stops at the first error,
// which it keeps with the number of tokens read before it: the parser reports
// it only if it gets that far (or fails on a generic error before it, as
// CPython then tokenizes the rest of the file to look for one).
type scanner struct {
	src      []byte
	filename string
	i        int // offset of the next byte
	line     int // line of src[i]
	lineOff  int // offset where that line starts
	toks     []token
	indents  []int // indentation columns (tabs to multiples of 8)
	alts     []int // the same with tabs counting 1, to detect TabError
	parens   []paren
	fstrs    []fstate
	err      *Error
	// errInFString: the error was met inside an f-string, where CPython
	// lets an earlier parser error stand.
	errInFString bool
	atBOL        bool // at the beginning of a logical line
}

// paren is an open bracket.
type paren struct {
	ch    byte
	pos   Pos
	field bool // the { of an f-string replacement field
}

// fstate is an f-string being scanned.
type fstate struct {
	quote  byte
	triple bool
	raw    bool
	base   int   // len(parens) at its start: literal text when equal
	specs  []int // paren depths at which a format spec is being read
	start  Pos
}

const maxIndent = 100 // CPython's MAXINDENT
const maxParens = 200 // CPython's MAXLEVEL

func newScanner(filename string, src []byte) *scanner {
	s := &scanner{src: src, filename: filename, line: 1, indents: []int{0}, alts: []int{0}, atBOL: true}
	s.toks = make([]token, 0, len(src)/3+16)
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		s.i = 3
		s.lineOff = 3
	}
	return s
}

// lineText returns line n (from 1) of the source with a trailing newline,
// as CPython reads it back for an error.
func lineText(src []byte, n int) string {
	line := 1
	start := 0
	for start < len(src) && line < n {
		j := start
		for j < len(src) && src[j] != '\n' && src[j] != '\r' {
			j++
		}
		if j < len(src) && src[j] == '\r' && j+1 < len(src) && src[j+1] == '\n' {
			j++
		}
		start = j + 1
		line++
	}
	if line < n || start > len(src) {
		return ""
	}
	j := start
	for j < len(src) && src[j] != '\n' && src[j] != '\r' {
		j++
	}
	return string(src[start:j]) + "\n"
}

// charCol converts a byte column of a line to CPython's 1-based character
// offset. Like CPython, it counts the bytes of a BOM starting the first
// line although byte columns start after it.
func charCol(text string, byteCol int) int {
	if byteCol > len(text) {
		return utf8.RuneCountInString(text) + (byteCol - len(text)) + 1
	}
	return utf8.RuneCountInString(text[:byteCol]) + 1
}

// errorf records the scanner's error, at byte columns of the given lines.
func (s *scanner) errorf(kind string, line, col, endLine, endCol int, format string, args ...any) {
	if s.err != nil {
		return
	}
	s.errInFString = len(s.fstrs) > 0
	text := lineText(s.src, line)
	if line == 1 {
		// CPython's tokenizer shows the first line without its BOM.
		text = strings.TrimPrefix(text, "\ufeff")
	}
	e := &Error{Kind: kind, Msg: fmt.Sprintf(format, args...), Filename: s.filename, Line: line, Text: text}
	e.Col = charCol(text, col)
	if endLine > 0 {
		e.EndLine = endLine
		if endLine == line {
			e.EndCol = charCol(text, endCol)
		} else {
			e.EndCol = charCol(lineText(s.src, endLine), endCol)
		}
	}
	s.err = e
}

func (s *scanner) pos() Pos { return Pos{s.line, s.i - s.lineOff} }

func (s *scanner) emit(k tokKind, start Pos, off int) {
	s.toks = append(s.toks, mkToken(k, start, s.pos(), off, s.i, len(s.parens)))
}

// newline moves past a line break at s.i (\n, \r\n or \r).
func (s *scanner) newline() {
	if s.src[s.i] == '\r' && s.i+1 < len(s.src) && s.src[s.i+1] == '\n' {
		s.i++
	}
	s.i++
	s.line++
	s.lineOff = s.i
}

// scan tokenizes the whole source.
func (s *scanner) scan() {
	for s.err == nil {
		if len(s.fstrs) > 0 {
			fs := &s.fstrs[len(s.fstrs)-1]
			if len(s.parens) == fs.base {
				s.fstringText(fs, false)
				continue
			}
			if n := len(fs.specs); n > 0 && fs.specs[n-1] == len(s.parens) {
				s.fstringText(fs, true)
				continue
			}
		}
		if s.atBOL && len(s.parens) == 0 {
			if !s.indentation() {
				continue
			}
		}
		if !s.next() {
			return
		}
	}
}

// next scans one token (or skips space, a comment or a joined line break).
// It returns false at the end of the input.
func (s *scanner) next() bool {
	// skip spaces
	for s.i < len(s.src) {
		c := s.src[s.i]
		if c == ' ' || c == '\t' || c == '\f' {
			s.i++
			continue
		}
		if c == '#' {
			for s.i < len(s.src) && s.src[s.i] != '\n' && s.src[s.i] != '\r' {
				s.i++
			}
			continue
		}
		if c == '\\' {
			if s.i+1 < len(s.src) && (s.src[s.i+1] == '\n' || s.src[s.i+1] == '\r') {
				bs := s.pos()
				s.i++
				s.newline()
				if s.i >= len(s.src) {
					s.errorf("SyntaxError", bs.Line, bs.Col+1, 0, 0, "unexpected EOF while parsing")
					return false
				}
				continue
			}
			if s.i+1 >= len(s.src) {
				s.errorf("SyntaxError", s.line, s.i-s.lineOff+1, 0, 0, "unexpected EOF while parsing")
				return false
			}
			s.errorf("SyntaxError", s.line, s.i-s.lineOff+1, 0, 0, "unexpected character after line continuation character")
			return false
		}
		break
	}
	if s.i >= len(s.src) {
		if len(s.fstrs) > 0 {
			fs := s.fstrs[len(s.fstrs)-1]
			s.errorf("SyntaxError", fs.start.Line, fs.start.Col, 0, 0, "unterminated f-string literal (detected at line %d)", s.line)
			return false
		}
		s.endOfInput()
		return false
	}
	start, off := s.pos(), s.i
	c := s.src[s.i]
	switch {
	case c == '\n' || c == '\r':
		if len(s.parens) > 0 {
			// A line break inside brackets, or inside the {} of an
			// f-string (even a single-quoted one), joins the lines.
			s.newline()
			return true
		}
		s.i++
		if c == '\r' && s.i < len(s.src) && s.src[s.i] == '\n' {
			s.i++
		}
		s.toks = append(s.toks, mkToken(tNewline, start, Pos{start.Line, start.Col + 1}, off, s.i, 0))
		s.i = off
		s.newline()
		s.atBOL = true
		return true
	case isNameStart(c):
		if q, n := stringPrefix(s.src[s.i:]); n >= 0 {
			s.i += n
			s.stringLit(start, off, q)
			return true
		}
		s.name(start, off)
		return true
	case c >= '0' && c <= '9' || c == '.' && s.i+1 < len(s.src) && s.src[s.i+1] >= '0' && s.src[s.i+1] <= '9':
		s.number(start, off)
		return true
	case c == '"' || c == '\'':
		s.stringLit(start, off, "")
		return true
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRune(s.src[s.i:])
		if r == utf8.RuneError && size == 1 {
			s.errorf("SyntaxError", s.line, 0, 0, 0, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", c, s.i-s.lineOff)
			s.err.Col = 0
			return false
		}
		if (unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)) && !unicode.Is(unicode.Pattern_Syntax, r) {
			s.name(start, off)
			return true
		}
		if unicode.IsPrint(r) {
			s.errorf("SyntaxError", s.line, s.i-s.lineOff, s.line, s.i-s.lineOff+size, "invalid character '%c' (U+%04X)", r, r)
		} else {
			s.errorf("SyntaxError", s.line, s.i-s.lineOff, s.line, s.i-s.lineOff+size, "invalid non-printable character U+%04X", r)
		}
		return false
	}
	k, n := operator(s.src[s.i:])
	if n == 0 {
		if c < ' ' || c == 0x7f {
			s.errorf("SyntaxError", s.line, s.i-s.lineOff, s.line, s.i-s.lineOff+1, "invalid non-printable character U+%04X", c)
			return false
		}
		// $, ? and ` are tokens no rule accepts: a generic syntax error.
		s.i++
		s.emit(tUnknown, start, off)
		return true
	}
	// inside an f-string replacement field, at its own level
	if len(s.fstrs) > 0 && len(s.parens) > 0 && s.parens[len(s.parens)-1].field {
		fs := &s.fstrs[len(s.fstrs)-1]
		switch {
		case c == ':':
			if len(fs.specs) >= 2 {
				s.errorf("SyntaxError", s.line, start.Col, s.line, start.Col+1, "f-string: expressions nested too deeply")
				return false
			}
			s.i++
			s.emit(tColon, start, off)
			fs.specs = append(fs.specs, len(s.parens))
			return true
		case k == tRbrace:
			s.i++
			s.parens = s.parens[:len(s.parens)-1]
			s.emit(tRbrace, start, off)
			return true
		}
	}
	s.i += n
	switch k {
	case tLpar, tLsqb, tLbrace:
		if len(s.parens) >= maxParens {
			s.errorf("SyntaxError", s.line, start.Col, s.line, start.Col+1, "too many nested parentheses")
			return false
		}
		s.parens = append(s.parens, paren{ch: c, pos: start})
	case tRpar, tRsqb, tRbrace:
		if len(s.parens) == 0 || len(s.fstrs) > 0 && len(s.parens) == s.fstrs[len(s.fstrs)-1].base {
			s.errorf("SyntaxError", s.line, start.Col, s.line, start.Col+1, "unmatched '%c'", c)
			return false
		}
		o := s.parens[len(s.parens)-1]
		if o.field {
			s.errorf("SyntaxError", s.line, start.Col, s.line, start.Col+1, "f-string: unmatched '%c'", c)
			return false
		}
		if o.ch != opening(c) {
			if o.pos.Line != s.line {
				s.errorf("SyntaxError", s.line, start.Col, s.line, start.Col+1, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, o.ch, o.pos.Line)
			} else {
				s.errorf("SyntaxError", s.line, start.Col, s.line, start.Col+1, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, o.ch)
			}
			return false
		}
		s.parens = s.parens[:len(s.parens)-1]
	}
	s.emit(k, start, off)
	return true
}

func opening(c byte) byte {
	switch c {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}

func isNameStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isNameByte(c byte) bool {
	return isNameStart(c) || c >= '0' && c <= '9'
}

// name scans an identifier or keyword.
func (s *scanner) name(start Pos, off int) {
	for s.i < len(s.src) {
		c := s.src[s.i]
		if isNameByte(c) {
			s.i++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRune(s.src[s.i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Continue, r)) || unicode.Is(unicode.Pattern_Syntax, r) {
			break
		}
		s.i += size
	}
	s.emit(keyword(s.src[off:s.i]), start, off)
}
