package syntax

// With statements, in their plain and parenthesized forms.

// withStmt parses with, in both its plain and parenthesized forms.
func (p *parser) withStmt() Stmt {
	t := p.advance()
	s := &With{}
	if p.peek() == tLpar && p.parenthesizedWith() {
		s.Items = p.parenthesizedItems()
	}
	if s.Items == nil {
		for {
			s.Items = append(s.Items, p.withItem())
			if !p.got(tComma) {
				break
			}
		}
	}
	p.colon(false)
	s.Body = p.block("'with' statement", t.pos().Line)
	s.Span = span(t.pos(), p.sigEnd())
	return s
}

// parenthesizedItems parses ( with_item, ... ) or returns nil, having
// read nothing, if the parentheses do not hold with items.
func (p *parser) parenthesizedItems() (items []*WithItem) {
	save, saveMax, saveErr, saveDepth := p.i, p.max, p.err, p.depth
	p.trying++
	defer func() {
		p.trying--
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			p.i, p.max, p.err, p.depth = save, saveMax, saveErr, saveDepth
			items = nil
		}
	}()
	p.advance()
	for p.peek() != tRpar {
		items = append(items, p.withItem())
		if !p.got(tComma) {
			break
		}
	}
	if p.peek() != tRpar || p.peekAt(1) != tColon {
		p.syntaxError()
	}
	p.advance()
	return items
}

// parenthesizedWith reports whether the '(' after with encloses the items
// (its ')' is followed by the ':'), as CPython tries that form first.
func (p *parser) parenthesizedWith() bool {
	level := p.toks[p.i].level
	for j := p.i + 1; j < len(p.toks); j++ {
		k := p.toks[j]
		if k.kind == tError || k.kind == tEOF || k.kind == tNewline {
			return false
		}
		if k.kind == tRpar && k.level == level-1 {
			return j+1 < len(p.toks) && p.toks[j+1].kind == tColon
		}
	}
	return false
}

// withItem parses expression ['as' star_target].
func (p *parser) withItem() *WithItem {
	e := p.expression()
	w := &WithItem{Span: span(e.Pos(), e.End()), ContextExpr: e}
	if p.got(tAs) {
		target := p.starTarget()
		if k := p.peek(); k != tComma && k != tColon && k != tRpar && k != tNewline {
			p.syntaxError()
		}
		p.setStore(target, "with")
		w.OptionalVars = target
		w.EndPos = target.End()
	}
	return w
}
