package syntax

import "strings"

// atom parses a name, a literal, a display or a parenthesized form.
func (p *parser) atom() Expr {
	t := p.tok()
	switch t.kind {
	case tName:
		p.advance()
		return &Name{Span: span(t.pos(), t.endPos()), Id: p.text(t)}
	case tNumber:
		p.advance()
		text := p.text(t)
		if n := decimalDigits(text); n > maxIntDigits {
			e := p.newError("SyntaxError", t.pos().Line, 0, 0, 0, "Exceeds the limit (4300 digits) for integer string conversion: value has "+itoa(n)+" digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.")
			e.Col = 0
			p.fail(e)
		}
		return &Constant{Span: span(t.pos(), t.endPos()), Value: numberValue(text)}
	case tString, tFStart:
		return p.strings()
	case tNone:
		p.advance()
		return &Constant{Span: span(t.pos(), t.endPos()), Value: nil}
	case tTrue:
		p.advance()
		return &Constant{Span: span(t.pos(), t.endPos()), Value: true}
	case tFalse:
		p.advance()
		return &Constant{Span: span(t.pos(), t.endPos()), Value: false}
	case tEllipsis:
		p.advance()
		return &Constant{Span: span(t.pos(), t.endPos()), Value: Ellipsis{}}
	case tLpar:
		return p.parenthesized()
	case tLsqb:
		return p.listDisplay()
	case tLbrace:
		return p.braceDisplay()
	}
	p.syntaxError()
	return nil
}

// parenthesized parses ( ... ): a tuple, a generator expression, a yield or
// a parenthesized expression (which keeps its own position).
func (p *parser) parenthesized() Expr {
	open := p.advance()
	p.enter()
	defer p.leave()
	if p.peek() == tRpar {
		c := p.advance()
		return &Tuple{Span: span(open.pos(), c.endPos())}
	}
	if p.peek() == tYield {
		e := p.yieldExpr()
		p.expectClose(tRpar, ")")
		return e
	}
	if p.peek() == tDoubleStar {
		// (**x) alone, not (**x, ...): CPython's invalid_group.
		ds := p.tok()
		save := p.i
		p.advance()
		if _, err := p.speculate(p.bitOr); err == nil && p.peek() == tRpar {
			p.errorTok(ds, "cannot use double starred expression here")
		}
		p.i = save
		p.syntaxError()
	}
	first := p.starNamedExpression()
	if p.peek() == tFor || p.peek() == tAsync {
		gens := p.comprehensionClauses()
		c := p.expect(tRpar, ")")
		return &GeneratorExp{Span: span(open.pos(), c.endPos()), Elt: first, Generators: gens}
	}
	if p.peek() != tComma {
		if _, ok := first.(*Starred); ok && p.peek() == tRpar {
			p.errorNode(first, "cannot use starred expression here")
		}
		p.expectClose(tRpar, ")")
		return first
	}
	elts := []Expr{first}
	for p.got(tComma) {
		if p.peek() == tRpar {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	c := p.expectClose(tRpar, ")")
	return &Tuple{Span: span(open.pos(), c.endPos()), Elts: elts}
}

// expectClose expects a closing bracket; anything else there is a
// generic syntax error.
func (p *parser) expectClose(k tokKind, what string) *token {
	if p.peek() != k {
		p.syntaxError()
	}
	return p.advance()
}

// listDisplay parses [ ... ]: a list or a list comprehension.
func (p *parser) listDisplay() Expr {
	open := p.advance()
	p.enter()
	defer p.leave()
	if p.peek() == tRsqb {
		c := p.advance()
		return &List{Span: span(open.pos(), c.endPos())}
	}
	first := p.starNamedExpression()
	if p.peek() == tFor || p.peek() == tAsync {
		gens := p.comprehensionClauses()
		c := p.expectClose(tRsqb, "]")
		return &ListComp{Span: span(open.pos(), c.endPos()), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	for p.got(tComma) {
		if p.peek() == tRsqb {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	p.unparenthesizedTarget(elts)
	c := p.expectClose(tRsqb, "]")
	return &List{Span: span(open.pos(), c.endPos()), Elts: elts}
}

// braceDisplay parses { ... }: a dict, a set or their comprehensions.
func (p *parser) braceDisplay() Expr {
	open := p.advance()
	p.enter()
	defer p.leave()
	if p.peek() == tRbrace {
		c := p.advance()
		return &Dict{Span: span(open.pos(), c.endPos())}
	}
	var key, value Expr
	if p.got(tDoubleStar) {
		value = p.bitOr()
	} else {
		key = p.starNamedExpression()
		if _, ok := key.(*Starred); !ok && p.peek() == tColon {
			p.colonValue()
			value = p.expression()
		}
	}
	if value == nil { // a set
		if p.peek() == tFor || p.peek() == tAsync {
			gens := p.comprehensionClauses()
			c := p.expectClose(tRbrace, "}")
			return &SetComp{Span: span(open.pos(), c.endPos()), Elt: key, Generators: gens}
		}
		elts := []Expr{key}
		for p.got(tComma) {
			if p.peek() == tRbrace {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		p.unparenthesizedTarget(elts)
		c := p.expectClose(tRbrace, "}")
		return &Set{Span: span(open.pos(), c.endPos()), Elts: elts}
	}
	if key != nil && (p.peek() == tFor || p.peek() == tAsync) {
		gens := p.comprehensionClauses()
		c := p.expectClose(tRbrace, "}")
		return &DictComp{Span: span(open.pos(), c.endPos()), Key: key, Value: value, Generators: gens}
	}
	d := &Dict{Keys: []Expr{key}, Values: []Expr{value}}
	for p.got(tComma) {
		if p.peek() == tRbrace {
			break
		}
		if p.got(tDoubleStar) {
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitOr())
			continue
		}
		save := p.noJuxt
		p.noJuxt = p.toks[p.i].level
		start := p.i
		k, err := p.speculate(p.expression)
		p.noJuxt = save
		if err != nil {
			if err.Msg == "invalid syntax" && p.trying == 0 {
				if j := p.validPrefix(start, p.expression, tColon); j > start {
					e := p.toks[j-1].endPos()
					p.fail(p.newError("SyntaxError", e.Line, e.Col-1, 0, 0, "':' expected after dictionary key"))
				}
			}
			p.fail(err)
		}
		if p.peek() != tColon {
			if p.peek() == tRbrace || p.peek() == tComma || p.startsExpr() {
				e := k.End()
				p.fail(p.newError("SyntaxError", e.Line, e.Col-1, 0, 0, "':' expected after dictionary key"))
			}
			p.syntaxError()
		}
		p.colonValue()
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, p.expression())
	}
	c := p.expectClose(tRbrace, "}")
	d.Span = span(open.pos(), c.endPos())
	return d
}

// unparenthesizedTarget reports [x, y for ...]: a tuple as the target of
// a list or set comprehension without parentheses.
func (p *parser) unparenthesizedTarget(elts []Expr) {
	if p.peek() == tFor {
		p.errorRange(elts[0].Pos(), elts[len(elts)-1].End(), "did you forget parentheses around the comprehension target?")
	}
}

// colonValue consumes the ':' after a dict key, which a value must follow.
func (p *parser) colonValue() {
	c := p.advance()
	if k := p.peek(); k == tRbrace || k == tComma {
		p.errorTok(c, "expression expected after dictionary key and ':'")
	}
}

// comprehensionClauses parses the for and if clauses of a comprehension.
func (p *parser) comprehensionClauses() []*Comprehension {
	var gens []*Comprehension
	for p.peek() == tFor || p.peek() == tAsync {
		t := p.tok()
		if t.kind == tAsync {
			p.errorTok(t, "asynchronous comprehensions are not supported yet")
		}
		p.advance()
		target := p.targetList(tIn)
		if p.peek() != tIn {
			p.errorLast("'in' expected after for-loop variables")
		}
		p.setStore(target, "for")
		p.advance()
		c := &Comprehension{Target: target, Iter: p.disjunction()}
		for p.peek() == tIf {
			p.advance()
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		c.Span = span(t.pos(), p.prevEnd())
		gens = append(gens, c)
	}
	return gens
}

// yieldExpr parses yield [expressions] or yield from expression.
func (p *parser) yieldExpr() Expr {
	t := p.advance()
	if p.got(tFrom) {
		v := p.expression()
		return &YieldFrom{Span: span(t.pos(), p.prevEnd()), Value: v}
	}
	if !p.startsExpr() {
		return &Yield{Span: span(t.pos(), t.endPos())}
	}
	v := p.starExpressions()
	return &Yield{Span: span(t.pos(), p.prevEnd()), Value: v}
}

// strings parses adjacent string literals and f-strings as one constant or
// one JoinedStr.
func (p *parser) strings() Expr {
	if t := p.tok(); t.kind == tString && p.peekAt(1) != tString && p.peekAt(1) != tFStart {
		// One plain literal: the common case.
		p.advance()
		v, _, isU, msg := decodeString(p.text(t))
		if msg != "" {
			p.errorTok(t, "%s", msg)
		}
		c := &Constant{Span: span(t.pos(), t.endPos()), Value: v}
		if isU {
			c.Kind = "u"
		}
		return c
	}
	start := p.tok().pos()
	var parts []Expr // *Constant and *FormattedValue, constants unmerged
	isF, sawBytes, sawStr := false, false, false
	kind := ""
	first := true
	for p.peek() == tString || p.peek() == tFStart {
		t := p.tok()
		if t.kind == tFStart {
			isF = true
			sawStr = true
			parts = append(parts, p.fstring()...)
		} else {
			p.advance()
			v, isBytes, isU, msg := decodeString(p.text(t))
			if msg != "" {
				p.errorTok(t, "%s", msg)
			}
			if first && isU {
				kind = "u"
			}
			if isBytes {
				sawBytes = true
			} else {
				sawStr = true
			}
			parts = append(parts, &Constant{Span: span(t.pos(), t.endPos()), Value: v})
		}
		first = false
	}
	end := p.prevEnd()
	if sawBytes && sawStr {
		p.peek()
		p.errorLast("cannot mix bytes and nonbytes literals")
	}
	if !isF {
		if sawBytes {
			var b strings.Builder
			for _, c := range parts {
				b.WriteString(string(c.(*Constant).Value.(Bytes)))
			}
			return &Constant{Span: span(start, end), Value: Bytes(b.String())}
		}
		if len(parts) == 1 {
			c := parts[0].(*Constant)
			c.Kind = kind
			return c
		}
		var b strings.Builder
		for _, c := range parts {
			b.WriteString(c.(*Constant).Value.(string))
		}
		return &Constant{Span: span(start, end), Value: b.String(), Kind: kind}
	}
	return &JoinedStr{Span: span(start, end), Values: mergeConstants(parts, kind)}
}

// mergeConstants joins adjacent string constants of an f-string, the merged
// one spanning from the first to the last, and drops empty ones.
func mergeConstants(parts []Expr, kind string) []Expr {
	out := parts[:0] // merged in place: out never passes the part read
	for i := 0; i < len(parts); i++ {
		c, ok := parts[i].(*Constant)
		if !ok {
			out = append(out, parts[i])
			continue
		}
		j := i + 1
		s := c.Value.(string)
		end := c.EndPos
		for j < len(parts) {
			d, ok := parts[j].(*Constant)
			if !ok {
				break
			}
			s += d.Value.(string)
			end = d.EndPos
			j++
		}
		if s != "" {
			out = append(out, &Constant{Span: span(c.StartPos, end), Value: s, Kind: kind})
		}
		i = j - 1
	}
	return out
}
