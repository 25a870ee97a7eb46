package script

import (
	"strings"
)

// The shims turn Python-only syntax into Starlark in two steps.
//
// This file is the first step. It works on the token stream of the source
// text (tokens.go), because Starlark's parser rejects these constructs before
// any syntax tree exists. It edits the text so that Starlark can parse it,
// changing only the edited spans and never a line number or the column of
// any other token:
//
//   - same-width replacements: "x is None" → "x == None", "x is not None" →
//     "x !=     None", 1_000 → "1000 ", U"…" → u"…", "( x for x in y )" →
//     "[ x for x in y ]", "{1, 2}" → "[1, 2]", "x **= 2" → "x *=  2";
//   - blanks: annotations ("def f(x: int) -> int:" → "def f(x     )       :");
//   - blanks with a placeholder: a statement (import, assert, x: int) becomes
//     "pass" plus spaces, a with header becomes "if 1" plus spaces up to its
//     colon, the argument of f(x for x in y) becomes spaces, a power x ** y
//     becomes an empty tuple "(    )" (shimpow.go), adjacent strings "a" "b"
//     become their first. The blanked text is recorded as a patch, keyed by
//     the placeholder's position.
//
// The second step (rewrite.go) walks the parsed syntax tree, finds each
// placeholder by position, and replaces it with the real construct, parsing
// the blanked expressions (a with item, an assert condition) from the
// original text at their original positions (syntax.FilePortion). Every node
// thus carries the user's own line and column, and errors point there. The
// rewriter also makes changes that need no text edits: '%' (percent.go) and
// iteration over strings (iter.go).
//
// Why not rewrite the text into plain Starlark, e.g. "with A() as a:" into
// "for a in __with__(A()):"? That moves columns and needs the lines of a
// multi-line header to stay put, and Python's semantics need more than one
// line can hold: break, continue and return inside a with block, several
// items, and __exit__ errors. The syntax tree has room for all of it.

// posKey is a (line, column) position, the key of a patch.
type posKey struct{ line, col int }

// key returns the position of t.
func (t *token) key() posKey { return posKey{t.line, t.col} }

// shimmer holds the edits and patches made to one source text.
type shimmer struct {
	filename string
	ed       edits
	toks     []token
	match    []int // index of the matching bracket, or -1
	patches  map[posKey]any
	err      *Error
}

// shim computes the edits and patches for src, whose tokens are toks.
func shim(filename string, src []byte, toks []token) (*shimmer, *Error) {
	s := &shimmer{filename: filename, ed: edits{src: src}, toks: toks, patches: map[posKey]any{}}
	s.match = matchBrackets(toks)
	for _, line := range logicalLines(toks) {
		s.statements(line)
	}
	for i := range toks {
		s.loadName(&toks[i])
		s.expression(i)
	}
	return s, s.err
}

// addPatch records patch p at key. Two shims at one position (a power
// whose left operand is a set display, {1} ** 2) are refused rather than
// one being lost.
func (s *shimmer) addPatch(key posKey, p any) {
	if _, dup := s.patches[key]; dup {
		if s.err == nil {
			s.err = &Error{File: s.filename, Line: key.line, Col: key.col, Msg: "this combination of Python syntax is not supported: simplify the expression"}
		}
		return
	}
	s.patches[key] = p
}

// fail records the first error.
func (s *shimmer) fail(t *token, format string) {
	if s.err == nil {
		s.err = tokError(s.filename, t, format)
	}
}

// statements shims the statements of one logical line.
func (s *shimmer) statements(line []token) {
	switch {
	case line[0].is("with"):
		s.with(line)
	case line[0].is("def"):
		s.defAnnotations(line)
	}
	for _, i := range stmtStarts(line) {
		stmt := line[i:simpleStmtEnd(line, i)]
		if len(stmt) == 0 {
			continue
		}
		switch {
		case stmt[0].is("import") || stmt[0].is("from"):
			s.importStmt(stmt)
		case stmt[0].is("assert"):
			s.assert(stmt)
		case stmt[0].is("raise"):
			s.raise(stmt)
		case i > 0 || !compoundKeywords[stmt[0].text]:
			s.varAnnotation(stmt)
		}
	}
}

// simpleStmtEnd returns the index that ends the simple statement starting at
// line[i]: the next ';' outside brackets, or the end of the line.
func simpleStmtEnd(line []token, i int) int {
	for j := i; j < len(line); j++ {
		if line[j].depth == 0 && line[j].is(";") {
			return j
		}
	}
	return len(line)
}

// stmtPatch blanks a whole simple statement into "pass" and records p at
// its position.
func (s *shimmer) stmtPatch(stmt []token, p any) {
	first, last := &stmt[0], &stmt[len(stmt)-1]
	s.ed.blank(first.off, last.end, "pass")
	s.addPatch(first.key(), p)
}

// assertPatch records "assert cond[, msg]".
type assertPatch struct {
	pos  posKey
	cond fragment
	msg  *fragment // nil without a message
}

// assert shims an assert statement.
func (s *shimmer) assert(stmt []token) {
	parts := splitTop(stmt[1:], ",", 0)
	if len(parts) == 0 || len(parts[0]) == 0 || len(parts) > 2 || len(parts) == 2 && len(parts[1]) == 0 {
		s.fail(&stmt[0], "invalid assert statement: want assert condition[, message]")
		return
	}
	p := &assertPatch{pos: stmt[0].key(), cond: tokenFragment(parts[0])}
	if len(parts) == 2 {
		msg := tokenFragment(parts[1])
		p.msg = &msg
	}
	s.stmtPatch(stmt, p)
}

// splitTop splits toks at each token sep at bracket depth depth.
func splitTop(toks []token, sep string, depth int) [][]token {
	var parts [][]token
	start := 0
	for i := range toks {
		if toks[i].depth == depth && toks[i].is(sep) {
			parts = append(parts, toks[start:i])
			start = i + 1
		}
	}
	if start < len(toks) {
		parts = append(parts, toks[start:])
	}
	return parts
}

// varAnnotation shims "x: T = v" into "x     = v" and "x: T" into "pass".
func (s *shimmer) varAnnotation(stmt []token) {
	if stmt[0].kind != tkName || stmt[0].is("lambda") {
		return
	}
	colon := -1
	for i := range stmt {
		if stmt[i].depth != 0 {
			continue
		}
		if stmt[i].is("=") || stmt[i].kind == tkOp && strings.HasSuffix(stmt[i].text, "=") && stmt[i].text != "==" {
			return // an assignment before any colon
		}
		if stmt[i].is(":") {
			colon = i
			break
		}
	}
	if colon < 1 || colon == len(stmt)-1 {
		return // not an annotation; "match x:" ends with its colon
	}
	for j := colon + 1; j < len(stmt); j++ {
		if stmt[j].depth == 0 && stmt[j].is("=") {
			s.ed.blank(stmt[colon].off, stmt[j].off, "")
			return
		}
	}
	first, last := &stmt[0], &stmt[len(stmt)-1]
	s.ed.blank(first.off, last.end, "pass")
}

// defAnnotations blanks the annotations of a def header: "x: int" in the
// parameters and "-> int" before the colon.
func (s *shimmer) defAnnotations(line []token) {
	open := -1
	for i := range line {
		if line[i].is("(") && line[i].depth == 0 {
			open = i
			break
		}
	}
	if open < 0 || s.match[line[open].idx] < 0 {
		return
	}
	close := open + s.match[line[open].idx] - line[open].idx
	for _, param := range splitTop(line[open+1:close], ",", 1) {
		s.paramAnnotation(param)
	}
	for i := close + 1; i < len(line); i++ {
		if line[i].depth == 0 && line[i].is("->") {
			for j := i + 1; j < len(line); j++ {
				if line[j].depth == 0 && line[j].is(":") {
					s.ed.blank(line[i].off, line[j].off, "")
					return
				}
			}
		}
	}
}

// paramAnnotation blanks ": T" in one parameter "name: T = default".
func (s *shimmer) paramAnnotation(param []token) {
	for i := range param {
		t := &param[i]
		if t.depth != 1 || t.is("lambda") || t.is("=") {
			return
		}
		if t.is(":") {
			end := len(param)
			for j := i + 1; j < len(param); j++ {
				if param[j].depth == 1 && param[j].is("=") {
					end = j
					break
				}
			}
			if end == len(param) {
				s.ed.blank(t.off, param[end-1].end, "")
			} else {
				s.ed.blank(t.off, param[end].off, "")
			}
			return
		}
	}
}

// matchBrackets returns, for each bracket token, the index of its partner,
// and -1 for every other token and for unbalanced brackets.
func matchBrackets(toks []token) []int {
	match := make([]int, len(toks))
	var stack []int
	for i := range toks {
		match[i] = -1
		t := &toks[i]
		if t.kind != tkOp {
			continue
		}
		switch t.text {
		case "(", "[", "{":
			stack = append(stack, i)
		case ")", "]", "}":
			if n := len(stack); n > 0 && closes(toks[stack[n-1]].text, t.text) {
				match[i], match[stack[n-1]] = stack[n-1], i
				stack = stack[:n-1]
			}
		}
	}
	return match
}

// closes reports whether the bracket c closes the bracket o.
func closes(o, c string) bool {
	return o == "(" && c == ")" || o == "[" && c == "]" || o == "{" && c == "}"
}
