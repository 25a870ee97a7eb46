package script

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds a small Python tokenizer. It is not a validator: anything
// it does not understand becomes a tkOther token and is left for Starlark's
// parser to report. The shims and the unsupported-construct check need only
// what it provides: names, strings, numbers and operators with their exact
// byte offsets and (line, rune column) positions, the bracket depth, and
// where logical lines end.

type tokKind uint8

const (
	tkName    tokKind = iota // identifier or keyword
	tkNumber                 // numeric literal
	tkString                 // string or bytes literal, prefix included
	tkOp                     // operator or delimiter
	tkNewline                // end of a logical line (text is empty)
	tkOther                  // a character Python would reject
)

// A token is one lexical token of the source.
type token struct {
	kind      tokKind
	text      string // exact source text
	off, end  int    // byte offsets: src[off:end] == text
	line, col int    // 1-based; col counts runes, as Starlark does
	depth     int    // bracket depth before the token
	idx       int    // index in the token slice
}

// is reports whether t is the operator or name s.
func (t *token) is(s string) bool { return (t.kind == tkOp || t.kind == tkName) && t.text == s }

// tokenizer scans Python source into tokens.
type tokenizer struct {
	src       []byte
	off       int
	line, col int
	depth     int
	toks      []token
	lineToks  int // tokens since the last tkNewline
}

// tokenize returns the tokens of src, which starts at (line, col).
// The result always ends with a tkNewline token.
func tokenize(src []byte, line, col int) []token {
	z := &tokenizer{src: src, line: line, col: col}
	for z.off < len(src) {
		z.next()
	}
	z.newline()
	for i := range z.toks {
		z.toks[i].idx = i
	}
	return z.toks
}

// advance moves past n bytes that hold no newline.
func (z *tokenizer) advance(n int) {
	z.col += utf8.RuneCount(z.src[z.off : z.off+n])
	z.off += n
}

// newline ends the logical line if it has tokens.
func (z *tokenizer) newline() {
	if z.lineToks > 0 {
		z.toks = append(z.toks, token{kind: tkNewline, off: z.off, end: z.off, line: z.line, col: z.col})
		z.lineToks = 0
	}
}

// emit appends a token of kind k spanning the next n bytes.
func (z *tokenizer) emit(k tokKind, n int) {
	t := token{kind: k, text: string(z.src[z.off : z.off+n]), off: z.off, end: z.off + n, line: z.line, col: z.col, depth: z.depth}
	z.advance(n)
	z.toks = append(z.toks, t)
	z.lineToks++
}

// next scans one token or skips one piece of white space or comment.
func (z *tokenizer) next() {
	c := z.src[z.off]
	rest := z.src[z.off:]
	switch {
	case c == '\n':
		if z.depth == 0 {
			z.newline()
		}
		z.off++
		z.line, z.col = z.line+1, 1
	case c == ' ' || c == '\t' || c == '\f' || c == '\r':
		z.advance(1)
	case c == '\\' && len(rest) > 1 && rest[1] == '\n':
		z.off += 2
		z.line, z.col = z.line+1, 1
	case c == '#':
		n := len(rest)
		if i := strings.IndexByte(string(rest), '\n'); i >= 0 {
			n = i
		}
		z.advance(n)
	case c == '"' || c == '\'':
		z.str(0)
	case c >= '0' && c <= '9' || c == '.' && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9':
		z.emit(tkNumber, numberLen(rest))
	case isIdentStart(rest):
		n := identLen(rest)
		if n <= 2 && len(rest) > n && (rest[n] == '"' || rest[n] == '\'') && isStringPrefix(string(rest[:n])) {
			z.str(n)
			return
		}
		z.emit(tkName, n)
	default:
		z.op(rest)
	}
}

// op scans an operator, tracking bracket depth.
func (z *tokenizer) op(rest []byte) {
	head := string(rest[:min(len(rest), 3)])
	for _, op := range operators {
		if strings.HasPrefix(head, op) {
			switch op {
			case "(", "[", "{":
				z.emit(tkOp, 1)
				z.depth++
			case ")", "]", "}":
				z.depth = max(z.depth-1, 0)
				z.emit(tkOp, 1)
			default:
				z.emit(tkOp, len(op))
			}
			return
		}
	}
	_, n := utf8.DecodeRune(rest)
	z.emit(tkOther, n)
}

// operators lists Python's operators and delimiters, longest first.
var operators = []string{
	"**=", "//=", ">>=", "<<=", "...",
	"->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "<>",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
	"+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">",
	"(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
}

// str scans a string literal whose prefix is n bytes long. An unterminated
// string ends at the end of its line (or of the source, if triple-quoted);
// Starlark's parser reports it.
func (z *tokenizer) str(n int) {
	start, line, col, depth := z.off, z.line, z.col, z.depth
	z.advance(n)
	q := z.src[z.off]
	triple := len(z.src)-z.off >= 3 && z.src[z.off+1] == q && z.src[z.off+2] == q
	if triple {
		z.advance(3)
	} else {
		z.advance(1)
	}
	for z.off < len(z.src) {
		c := z.src[z.off]
		if c == '\n' && !triple {
			break
		}
		if c == '\\' && z.off+1 < len(z.src) {
			z.skipRune()
			z.skipRune()
			continue
		}
		if c == q && (!triple || len(z.src)-z.off >= 3 && z.src[z.off+1] == q && z.src[z.off+2] == q) {
			if triple {
				z.advance(3)
			} else {
				z.advance(1)
			}
			break
		}
		z.skipRune()
	}
	z.toks = append(z.toks, token{kind: tkString, text: string(z.src[start:z.off]), off: start, end: z.off,
		line: line, col: col, depth: depth})
	z.lineToks++
}

// skipRune moves past one rune, which may be a newline.
func (z *tokenizer) skipRune() {
	if z.src[z.off] == '\n' {
		z.off++
		z.line, z.col = z.line+1, 1
		return
	}
	_, n := utf8.DecodeRune(z.src[z.off:])
	z.advance(n)
}

// isStringPrefix reports whether p is a Python string prefix (r, b, u, f and
// their two-letter combinations, in either case).
func isStringPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "b", "u", "f", "rb", "br", "rf", "fr":
		return true
	}
	return false
}

// isIdentStart reports whether b starts with a letter or underscore.
func isIdentStart(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return r == '_' || unicode.IsLetter(r)
}

// identLen returns the length of the identifier at the start of b.
func identLen(b []byte) int {
	n := 0
	for n < len(b) {
		r, size := utf8.DecodeRune(b[n:])
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		n += size
	}
	return n
}

// numberLen returns the length of the numeric literal at the start of b:
// digits, letters (for 0x…, exponents and suffixes), underscores, dots, and
// a sign right after an exponent.
func numberLen(b []byte) int {
	hex := len(b) > 1 && b[0] == '0' && (b[1] == 'x' || b[1] == 'X')
	n := 0
	for n < len(b) {
		c := b[n]
		switch {
		case c >= '0' && c <= '9', c == '_', c == '.':
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case (c == '+' || c == '-') && !hex && n > 0 && (b[n-1] == 'e' || b[n-1] == 'E'):
		default:
			return n
		}
		n++
	}
	return n
}

// logicalLines splits toks into logical lines, dropping the tkNewline tokens.
func logicalLines(toks []token) [][]token {
	var lines [][]token
	start := 0
	for i, t := range toks {
		if t.kind == tkNewline {
			if i > start {
				lines = append(lines, toks[start:i])
			}
			start = i + 1
		}
	}
	return lines
}
