package script

import "strings"

// genexpPatch records a call whose only argument is a generator expression,
// f(x for x in xs): the argument was blanked, and is parsed as the list
// comprehension [x for x in xs]. Laziness is lost, which a script cannot
// observe except through side effects and memory.
type genexpPatch struct {
	arg fragment
}

// isPatch records "x is y" (or "x is not y") whose y is not None, True or False: the "is" became
// "==" ("!="), and the comparison becomes __is__(x, y) (not __is__(x, y)), Python's identity.
type isPatch struct{}

// setPatch records a set display, {1, 2} or {x for x in xs}, whose braces
// became brackets: the list is passed to set().
type setPatch struct{}

// concatPatch records adjacent string literals, "a" "b": the first literal
// stays and takes the value of all of them, the others were blanked.
type concatPatch struct {
	parts []fragment
}

// expression applies the expression-level shims at toks[i].
func (s *shimmer) expression(i int) {
	t := &s.toks[i]
	switch {
	case t.kind == tkString:
		s.stringPrefix(t)
		if i == 0 || s.toks[i-1].kind != tkString {
			s.concat(i)
		}
	case t.kind == tkNumber && strings.Contains(t.text, "_"):
		digits := strings.ReplaceAll(t.text, "_", "")
		s.ed.replace(t.off, t.end, digits+strings.Repeat(" ", len(t.text)-len(digits)))
	case t.is("is") && i+1 < len(s.toks):
		if s.toks[i+1].is("not") {
			s.ed.replace(t.off, t.end, "!=")
			s.ed.blank(s.toks[i+1].off, s.toks[i+1].end, "")
		} else {
			s.ed.replace(t.off, t.end, "==")
		}
		if !isIsConstant(s.toks[i+1:]) {
			s.addPatch(t.key(), &isPatch{})
		}
	case t.is("**") && i > 0 && endsOperand(&s.toks[i-1]):
		s.power(i)
	case t.is("**="):
		s.powerAssign(i)
	case t.is("("):
		s.paren(i)
	case t.is("{"):
		s.brace(i)
	}
}

// stringPrefix rewrites Python's string prefixes to Starlark's, in place:
// u is dropped, R and B are lowercased, br becomes rb.
func (s *shimmer) stringPrefix(t *token) {
	p := stringPrefix(t.text)
	q := strings.ToLower(p)
	switch q {
	case "u":
		q = " "
	case "br":
		q = "rb"
	}
	if q != p {
		s.ed.replace(t.off, t.off+len(p), q)
	}
}

// concat shims a run of adjacent string literals starting at toks[i].
func (s *shimmer) concat(i int) {
	j := i + 1
	for j < len(s.toks) && s.toks[j].kind == tkString {
		j++
	}
	if j == i+1 {
		return
	}
	p := &concatPatch{}
	for k := i; k < j; k++ {
		p.parts = append(p.parts, tokenFragment(s.toks[k:k+1]))
	}
	first, last := &s.toks[i], &s.toks[j-1]
	s.ed.blank(first.end, last.end, "")
	key := first.key()
	if strings.EqualFold(stringPrefix(first.text), "u") {
		key.col++ // the literal starts after the blanked u
	}
	s.addPatch(key, p)
}

// paren shims a parenthesized generator expression at toks[i]: as the only
// argument of a call it becomes a genexpPatch, elsewhere its parentheses
// become brackets.
func (s *shimmer) paren(i int) {
	j := s.match[i]
	if j < 0 || !s.hasTop(i, j, "for") {
		return
	}
	open, close := &s.toks[i], &s.toks[j]
	if i > 0 && endsOperand(&s.toks[i-1]) {
		// The edit covers the parentheses, so that it is not inside the
		// fragment, whose text is the original.
		s.ed.replace(open.off, close.end, "("+s.ed.blankText(open.end, close.off, "")+")")
		s.addPatch(open.key(), &genexpPatch{arg: fragment{off: open.end, end: close.off, line: open.line, col: open.col, prefix: "[", suffix: "]"}})
		return
	}
	s.ed.replace(open.off, open.end, "[")
	s.ed.replace(close.off, close.end, "]")
}

// brace shims a set display at toks[i]: braces holding something but no
// colon (and no ** unpacking) outside inner brackets.
func (s *shimmer) brace(i int) {
	j := s.match[i]
	if j < 0 || j == i+1 || s.hasTop(i, j, ":") || s.toks[i+1].is("**") {
		return
	}
	open, close := &s.toks[i], &s.toks[j]
	s.ed.replace(open.off, open.end, "[")
	s.ed.replace(close.off, close.end, "]")
	s.addPatch(open.key(), &setPatch{})
}

// hasTop reports whether the tokens between brackets i and j hold the
// name or operator text directly, not inside inner brackets.
func (s *shimmer) hasTop(i, j int, text string) bool {
	depth := s.toks[i].depth + 1
	for k := i + 1; k < j; k++ {
		if s.toks[k].depth == depth && s.toks[k].is(text) {
			return true
		}
	}
	return false
}
