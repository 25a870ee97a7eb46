package script

import "unicode/utf8"

// The power operator: Starlark has no "**", and its precedence (above unary
// minus, right-associative) rules out rewriting the operator alone. So the
// whole power expression is blanked into an empty tuple of the same width,
// "2 ** 3" → "(    )", which parses as an atom wherever the power stood;
// the rewriter replaces that tuple by __pow__(x, y), parsing both operands
// from the original text. "x **= y" becomes "x *=  y", whose assignment
// the rewriter turns into x = __pow__(x, y).

// powPatch records a blanked "x ** y".
type powPatch struct {
	op   posKey // position of **, where errors are reported
	x, y fragment
}

// powAssignPatch records "x **= y", rewritten to "x *=  y".
type powAssignPatch struct{}

// power shims the binary ** at toks[i].
func (s *shimmer) power(i int) {
	lo, hi := s.primaryStart(i-1), s.operandEnd(i+1, 0)
	if lo < 0 || hi < 0 {
		s.fail(&s.toks[i], "cannot read the operands of **: use pow(x, y)")
		return
	}
	first, last := &s.toks[lo], &s.toks[hi]
	_, n := utf8.DecodeRuneInString(first.text)
	_, m := utf8.DecodeLastRuneInString(last.text)
	s.ed.replace(first.off, last.end, "("+s.ed.blankText(first.off+n, last.end-m, "")+")")
	s.addPatch(first.key(), &powPatch{op: s.toks[i].key(), x: tokenFragment(s.toks[lo:i]), y: tokenFragment(s.toks[i+1 : hi+1])})
}

// powerAssign shims "x **= y" at toks[i].
func (s *shimmer) powerAssign(i int) {
	t := &s.toks[i]
	s.ed.replace(t.off, t.end, "*= ")
	s.addPatch(t.key(), &powAssignPatch{})
}

// primaryStart returns the index of the first token of the primary
// expression (an atom and its trailers: a.b(c)[d]) that ends at toks[j],
// or -1.
func (s *shimmer) primaryStart(j int) int {
	for j >= 0 {
		if j = s.atomStart(j); j <= 0 {
			return j
		}
		t, p := &s.toks[j], &s.toks[j-1]
		switch {
		case (t.is("(") || t.is("[")) && endsOperand(p): // call or index
			j--
		case t.kind == tkName && p.is(".") && j >= 2: // attribute
			j -= 2
		case t.kind == tkString && p.kind == tkString: // "a" "b"
			j--
		default:
			return j
		}
	}
	return -1
}

// atomStart returns the index of the first token of the atom that ends at
// toks[j], or -1.
func (s *shimmer) atomStart(j int) int {
	t := &s.toks[j]
	switch {
	case t.is(")") || t.is("]") || t.is("}"):
		return s.match[j]
	case t.kind == tkNumber || t.kind == tkString || t.kind == tkName && !pythonKeywords[t.text]:
		return j
	}
	return -1
}

// operandEnd returns the index of the last token of the right operand of
// ** that starts at toks[j]: unary signs, a primary, and, ** being
// right-associative, a further "** operand"; or -1. chain counts the **
// already followed; a chain longer than maxDepth is refused, as CPython's
// parser runs out of recursion there.
func (s *shimmer) operandEnd(j, chain int) int {
	if chain > maxDepth {
		return -1
	}
	for j < len(s.toks) && (s.toks[j].is("-") || s.toks[j].is("+") || s.toks[j].is("~")) {
		j++
	}
	if j >= len(s.toks) {
		return -1
	}
	end := s.atomEnd(j)
	for end >= 0 && end+1 < len(s.toks) {
		next := &s.toks[end+1]
		switch {
		case next.is("(") || next.is("["):
			end = s.match[end+1]
		case next.is(".") && end+2 < len(s.toks) && s.toks[end+2].kind == tkName:
			end += 2
		case next.kind == tkString && s.toks[end].kind == tkString:
			end++
		case next.is("**"):
			return s.operandEnd(end+2, chain+1)
		default:
			return end
		}
	}
	return end
}

// atomEnd returns the index of the last token of the atom that starts at
// toks[j], or -1.
func (s *shimmer) atomEnd(j int) int {
	t := &s.toks[j]
	switch {
	case t.is("(") || t.is("[") || t.is("{"):
		return s.match[j]
	case t.kind == tkNumber || t.kind == tkString || t.kind == tkName && !pythonKeywords[t.text]:
		return j
	}
	return -1
}
