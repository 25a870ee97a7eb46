package syntax

import (
	"fmt"
)

// Parse parses a Python 3.12 source file. On malformed input it returns a
// nil module and an *Error as CPython 3.13 reports it; it never panics.
func Parse(filename string, src []byte) (mod *Module, err error) {
	if len(src) > maxSource {
		return nil, &Error{Kind: "SyntaxError", Msg: "source too large to parse (the limit is 1 GiB)", Filename: filename}
	}
	src, e := decodeSource(filename, src)
	if e != nil {
		return nil, e
	}
	s := newScanner(filename, src)
	s.scan()
	p := &parser{src: src, ssrc: string(src), filename: filename, toks: s.toks, scanErr: s.err, scanErrInFString: s.errInFString, openParens: s.parens}
	if s.err != nil {
		p.toks = append(p.toks, token{kind: tError})
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			mod, err = nil, p.err
		}
	}()
	m := p.module()
	m.filename, m.src = filename, src
	return m, nil
}

// bailout unwinds the parser after its first error.
type bailout struct{}

// parser is a recursive-descent parser over the scanner's tokens.
type parser struct {
	src      []byte
	ssrc     string // src as a string, for the names and literals of the tree
	filename string
	toks     []token
	i        int // next token
	max      int // furthest token looked at
	scanErr  *Error
	// scanErrInFString: the scanner's error lies inside an f-string.
	scanErrInFString bool
	openParens       []paren // brackets still open at the end of the input
	err              *Error
	depth            int   // nesting of expressions and blocks
	noJuxt           int32 // bracket level where a dict key is read (no comma hint)
	trying           int   // speculative parses under way (they do not nest)
	// escapeErr is the first bad escape in the f-string being parsed: CPython
	// decodes an f-string's text when it reaches its end, so reports it there.
	escapeErr string
}

// maxSource bounds the size of a source (token offsets are 32-bit).
const maxSource = 1 << 30

// maxDepth bounds the nesting of expressions and blocks the parser follows.
const maxDepth = 3000

// peek returns the kind of the next token; reaching the scanner's error
// reports it, as CPython's tokenizer reports it when the parser asks for
// that token.
func (p *parser) peek() tokKind {
	if p.i > p.max {
		p.max = p.i
	}
	k := p.toks[p.i].kind
	if k == tError {
		p.err = p.scanErr
		panic(bailout{})
	}
	return k
}

// peekAt returns the kind of the token n ahead.
func (p *parser) peekAt(n int) tokKind {
	j := p.i + n
	if j >= len(p.toks) {
		j = len(p.toks) - 1
	}
	if j > p.max {
		p.max = j
	}
	k := p.toks[j].kind
	if k == tError {
		p.err = p.scanErr
		panic(bailout{})
	}
	return k
}

// tok returns the next token.
func (p *parser) tok() *token { p.peek(); return &p.toks[p.i] }

// advance consumes the next token and returns it.
func (p *parser) advance() *token {
	t := &p.toks[p.i]
	if t.kind != tEOF {
		p.i++
	}
	return t
}

// got consumes the next token if it is of kind k.
func (p *parser) got(k tokKind) bool {
	if p.peek() == k {
		p.advance()
		return true
	}
	return false
}

// prevEnd is where the last consumed token ends.
func (p *parser) prevEnd() Pos { return p.toks[p.i-1].endPos() }

// text returns the source text of a token.
// It shares the memory of one copy of the whole source.
func (p *parser) text(t *token) string { return p.ssrc[t.off:t.eoff] }

// expect consumes a token of kind k or fails with "expected 'x'".
func (p *parser) expect(k tokKind, what string) *token {
	if p.peek() != k {
		t := p.tok()
		if t.kind == tNewline || t.kind == tEOF || t.kind == tIndent || t.kind == tDedent {
			p.syntaxError()
		}
		p.errorTok(t, "expected '%s'", what)
	}
	return p.advance()
}

// expectForced is CPython's &&'x': a missing token is reported by name even
// at the end of a line.
func (p *parser) expectForced(k tokKind, what string) *token {
	if p.peek() != k {
		p.errorTok(p.tok(), "expected '%s'", what)
	}
	return p.advance()
}

// fail records err, giving precedence to errors CPython would find first,
// and unwinds.
func (p *parser) fail(e *Error) {
	if e == p.scanErr || e.Kind == "IndentationError" && (e.Msg == "unexpected indent" || e.Msg == "unexpected unindent") {
		// CPython reports these without looking further in the file.
	} else if p.scanErr != nil && p.scanErr.Kind == "SyntaxError" && !p.scanErrInFString {
		// CPython tokenizes the rest of the file after a parser error;
		// a SyntaxError of its tokenizer then wins (its indentation
		// errors do not), but inside an f-string.
		e = p.scanErr
	} else if n := len(p.openParens); n > 0 {
		last := p.toks[min(p.max, len(p.toks)-1)]
		o := p.openParens[n-1]
		m := min(p.max, len(p.toks)-1)
		if last.kind == tEOF || last.pos().Line > o.pos.Line || last.kind == tLbrace && last.pos() == o.pos && p.endsOperand(m-1) && m+1 < len(p.toks) && (startsOperand(p.toks[m+1].kind) || p.toks[m+1].kind == tEOF) {
			e = p.newError("SyntaxError", o.pos.Line, o.pos.Col, 0, 0, fmt.Sprintf("'%c' was never closed", o.ch))
		}
	}
	p.err = e
	panic(bailout{})
}

// endsOperand reports whether token i can end an operand (so that a '{'
// after it reads as a second operand, which CPython's hints follow).
func (p *parser) endsOperand(i int) bool {
	if i < 0 {
		return false
	}
	switch p.toks[i].kind {
	case tName, tNumber, tString, tFEnd, tRpar, tRsqb, tRbrace, tTrue, tFalse, tNone, tEllipsis:
		return true
	}
	return false
}

// startsOperand reports whether a token kind can start an expression.
func startsOperand(k tokKind) bool {
	switch k {
	case tName, tNumber, tString, tFStart, tLpar, tLsqb, tLbrace, tRbrace, tMinus, tPlus, tTilde,
		tNot, tLambda, tNone, tTrue, tFalse, tEllipsis, tStar, tDoubleStar:
		return true
	}
	return false
}

// newError makes an error at byte columns of the given lines.
func (p *parser) newError(kind string, line, col, endLine, endCol int, msg string) *Error {
	text := lineText(p.src, line)
	e := &Error{Kind: kind, Msg: msg, Filename: p.filename, Line: line, Text: text, Col: charCol(text, col)}
	if endLine > 0 {
		e.EndLine = endLine
		if endLine == line {
			e.EndCol = charCol(text, endCol)
		} else {
			e.EndCol = charCol(lineText(p.src, endLine), endCol)
		}
	}
	return e
}

// errorRange fails with a SyntaxError from start to end.
func (p *parser) errorRange(start, end Pos, format string, args ...any) {
	p.fail(p.newError("SyntaxError", start.Line, start.Col, end.Line, end.Col, fmt.Sprintf(format, args...)))
}

// errorNode fails with a SyntaxError spanning a node.
func (p *parser) errorNode(n Node, format string, args ...any) {
	p.errorRange(n.Pos(), n.End(), format, args...)
}

// errorTok fails with a SyntaxError spanning a token.
func (p *parser) errorTok(t *token, format string, args ...any) {
	if t.kind == tIndent || t.kind == tDedent || t.kind == tEOF {
		p.errorNoEnd(t, "SyntaxError", fmt.Sprintf(format, args...))
	}
	p.errorRange(t.pos(), t.endPos(), format, args...)
}

// errorNoEnd fails at a token CPython gives no column (INDENT, DEDENT):
// it then points where the tokenizer stands.
func (p *parser) errorNoEnd(t *token, kind, msg string) {
	line, col := t.endPos().Line, t.endPos().Col
	if t.kind == tDedent || t.kind == tEOF {
		line, col = t.pos().Line, t.pos().Col
	}
	e := p.newError(kind, line, 0, 0, 0, msg)
	e.Col = charCol(e.Text, col) - 1
	p.fail(e)
}

// errorLast fails with a SyntaxError at the furthest token read, where
// CPython's RAISE_SYNTAX_ERROR points.
func (p *parser) errorLast(format string, args ...any) {
	p.errorTok(&p.toks[min(p.max, len(p.toks)-1)], format, args...)
}

// syntaxError fails with CPython's generic error at the furthest token read.
func (p *parser) syntaxError() {
	t := &p.toks[min(p.max, len(p.toks)-1)]
	switch t.kind {
	case tIndent:
		p.errorNoEnd(t, "IndentationError", "unexpected indent")
	case tDedent:
		p.errorNoEnd(t, "IndentationError", "unexpected unindent")
	case tEOF:
		if len(p.openParens) > 0 {
			p.fail(p.newError("SyntaxError", t.pos().Line, t.pos().Col, 0, 0, "unexpected EOF while parsing"))
		}
	}
	p.errorTok(t, "invalid syntax")
}

// enter counts one level of nesting and fails past the limit.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		t := p.tok()
		p.fail(p.newError("SyntaxError", t.pos().Line, t.pos().Col, t.endPos().Line, t.endPos().Col, "too complex: expressions and blocks nest more than 3000 deep"))
	}
}

func (p *parser) leave() { p.depth-- }
