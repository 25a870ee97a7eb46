package syntax

// Compound statements: their headers and indented blocks.

// colon consumes the ':' ending a header. A line ending where the ':'
// should be gives "expected ':'"; forced headers (def, class, try, else,
// finally) give it whatever comes instead.
func (p *parser) colon(forced bool) {
	if p.peek() == tColon {
		p.advance()
		return
	}
	if forced || p.peek() == tNewline {
		p.errorTok(p.tok(), "expected ':'")
	}
	p.syntaxError()
}

// block parses the body after a header's ':'. what names the header in
// CPython's "expected an indented block after ..." message.
func (p *parser) block(what string, line int) []Stmt {
	if p.peek() != tNewline {
		return p.simpleStmts()
	}
	p.advance()
	if p.peek() != tIndent {
		t := p.tok()
		msg := "expected an indented block after " + what + " on line " + itoa(line)
		if t.kind == tDedent || t.kind == tEOF {
			p.errorNoEnd(t, "IndentationError", msg)
		}
		p.fail(p.newError("IndentationError", t.pos().Line, t.pos().Col, t.endPos().Line, t.endPos().Col, msg))
	}
	p.advance()
	p.enter()
	defer p.leave()
	var body []Stmt
	for p.peek() != tDedent && p.peek() != tEOF {
		body = append(body, p.statement()...)
	}
	p.got(tDedent)
	return body
}

// sigEnd is where the last consumed token that is not a NEWLINE, INDENT or
// DEDENT ends: the end CPython gives a compound statement (a trailing ';'
// included).
func (p *parser) sigEnd() Pos {
	for j := p.i - 1; j >= 0; j-- {
		switch p.toks[j].kind {
		case tNewline, tIndent, tDedent, tEOF:
			continue
		}
		return p.toks[j].endPos()
	}
	return Pos{1, 0}
}

// decorated parses decorators and the def or class they decorate.
func (p *parser) decorated() Stmt {
	var decs []Expr
	for p.peek() == tAt {
		p.advance()
		decs = append(decs, p.namedExpression())
		if p.peek() != tNewline {
			p.syntaxError()
		}
		p.advance()
	}
	switch p.peek() {
	case tDef:
		return p.funcDef(decs)
	case tClass:
		return p.classDef(decs)
	case tAsync:
		p.errorTok(p.tok(), "'async' statements are not supported yet")
	}
	p.syntaxError()
	return nil
}

// funcDef parses a def statement.
func (p *parser) funcDef(decs []Expr) Stmt {
	t := p.advance()
	name := p.tok()
	if name.kind != tName {
		p.syntaxError()
	}
	p.advance()
	if p.peek() == tLsqb {
		p.errorTok(p.tok(), "type parameters are not supported yet")
	}
	p.expectForced(tLpar, "(")
	args := p.params(tRpar, true)
	p.expectClose(tRpar, ")")
	f := &FunctionDef{Name: p.text(name), Args: args, DecoratorList: decs}
	if p.peek() == tRarrow {
		arrow := p.advance()
		if !p.startsExpr() {
			p.errorTok(arrow, "expected ':'")
		}
		f.Returns = p.expression()
	}
	p.colon(true)
	f.Body = p.block("function definition", t.pos().Line)
	f.Span = span(t.pos(), p.sigEnd())
	return f
}

// classDef parses a class statement.
func (p *parser) classDef(decs []Expr) Stmt {
	t := p.advance()
	name := p.tok()
	if name.kind != tName {
		p.syntaxError()
	}
	p.advance()
	if p.peek() == tLsqb {
		p.errorTok(p.tok(), "type parameters are not supported yet")
	}
	c := &ClassDef{Name: p.text(name), DecoratorList: decs}
	if p.peek() == tLpar {
		call := p.call(&Name{Span: span(name.pos(), name.endPos())}, name.pos()).(*Call)
		c.Bases, c.Keywords = call.Args, call.Keywords
		if len(c.Bases) == 1 {
			if g, ok := c.Bases[0].(*GeneratorExp); ok && g.StartPos == call.Func.End() {
				f := g.Generators[0].StartPos
				p.errorRange(f, Pos{f.Line, f.Col + 3}, "invalid syntax")
			}
		}
	}
	p.colon(true)
	c.Body = p.block("class definition", t.pos().Line)
	c.Span = span(t.pos(), p.sigEnd())
	return c
}

// ifStmt parses if/elif/else.
func (p *parser) ifStmt() Stmt {
	t := p.advance()
	s := &If{Test: p.namedExpression()}
	p.colon(false)
	what := "'if' statement"
	if t.kind == tElif {
		what = "'elif' statement"
	}
	s.Body = p.block(what, t.pos().Line)
	s.Span = span(t.pos(), p.sigEnd())
	switch p.peek() {
	case tElif:
		s.Orelse = []Stmt{p.ifStmt()}
		s.EndPos = p.sigEnd()
	case tElse:
		s.Orelse = p.elseBlock()
		s.EndPos = p.sigEnd()
	}
	return s
}

// elseBlock parses else: block.
func (p *parser) elseBlock() []Stmt {
	t := p.advance()
	p.colon(true)
	return p.block("'else' statement", t.pos().Line)
}

// whileStmt parses while/else.
func (p *parser) whileStmt() Stmt {
	t := p.advance()
	s := &While{Test: p.namedExpression()}
	p.colon(false)
	s.Body = p.block("'while' statement", t.pos().Line)
	s.Span = span(t.pos(), p.sigEnd())
	if p.peek() == tElse {
		s.Orelse = p.elseBlock()
		s.EndPos = p.sigEnd()
	}
	return s
}

// forStmt parses for/else.
func (p *parser) forStmt() Stmt {
	t := p.advance()
	target := p.targetList(tIn)
	if p.peek() != tIn {
		if bad := invalidTarget(target, false, true); bad != nil {
			p.errorNode(bad, "cannot assign to %s", exprName(bad))
		}
		p.syntaxError()
	}
	p.setStore(target, "for")
	p.advance()
	s := &For{Target: target, Iter: p.starExpressions()}
	p.colon(false)
	s.Body = p.block("'for' statement", t.pos().Line)
	s.Span = span(t.pos(), p.sigEnd())
	if p.peek() == tElse {
		s.Orelse = p.elseBlock()
		s.EndPos = p.sigEnd()
	}
	return s
}

// tryStmt parses try/except/else/finally.
func (p *parser) tryStmt() Stmt {
	t := p.advance()
	p.colon(true)
	s := &Try{Body: p.block("'try' statement", t.pos().Line)}
	for p.peek() == tExcept {
		e := p.advance()
		if p.peek() == tStar {
			p.errorTok(p.tok(), "'except*' is not supported yet")
		}
		h := &ExceptHandler{}
		if k := p.peek(); k != tColon && k != tNewline {
			h.Type = p.expression()
			if p.peek() == tComma {
				p.advance()
				rest := p.starExpressions()
				p.errorRange(h.Type.Pos(), rest.End(), "multiple exception types must be parenthesized")
			}
			if p.got(tAs) {
				n := p.tok()
				if n.kind != tName {
					p.syntaxError()
				}
				p.advance()
				h.Name = p.text(n)
			}
		}
		p.colon(false)
		h.Body = p.block("'except' statement", e.pos().Line)
		h.Span = span(e.pos(), p.sigEnd())
		s.Handlers = append(s.Handlers, h)
	}
	if len(s.Handlers) > 0 && p.peek() == tElse {
		s.Orelse = p.elseBlock()
	}
	if p.peek() == tFinally {
		f := p.advance()
		p.colon(true)
		s.Finalbody = p.block("'finally' statement", f.pos().Line)
	}
	if len(s.Handlers) == 0 && s.Finalbody == nil {
		p.errorTok(p.tok(), "expected 'except' or 'finally' block")
	}
	s.Span = span(t.pos(), p.sigEnd())
	return s
}

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

// dottedName parses NAME ('.' NAME)*.
func (p *parser) dottedName() (string, Pos, Pos) {
	t := p.tok()
	if t.kind != tName {
		p.syntaxError()
	}
	p.advance()
	name := p.text(t)
	for p.peek() == tDot {
		p.advance()
		n := p.tok()
		if n.kind != tName {
			p.syntaxError()
		}
		p.advance()
		name += "." + p.text(n)
	}
	return name, t.pos(), p.prevEnd()
}

// alias parses NAME ['as' NAME] (dotted for import).
func (p *parser) alias(dotted bool) *Alias {
	var a Alias
	if dotted {
		a.Name, a.StartPos, a.EndPos = p.dottedName()
	} else {
		t := p.tok()
		if t.kind != tName {
			p.syntaxError()
		}
		p.advance()
		a.Name, a.StartPos, a.EndPos = p.text(t), t.pos(), t.endPos()
	}
	if p.got(tAs) {
		n := p.tok()
		if n.kind != tName {
			p.syntaxError()
		}
		p.advance()
		a.Asname = p.text(n)
		a.EndPos = n.endPos()
	}
	return &a
}

// namesExpected reports an import without names.
func (p *parser) namesExpected() {
	if k := p.peek(); k == tNewline || k == tSemi || k == tEOF {
		p.errorLast("Expected one or more names after 'import'")
	}
	p.syntaxError()
}

// importStmt parses import a.b as c, d.
func (p *parser) importStmt() Stmt {
	t := p.advance()
	s := &Import{}
	if p.peek() != tName {
		p.namesExpected()
	}
	for {
		s.Names = append(s.Names, p.alias(true))
		if !p.got(tComma) {
			break
		}
	}
	if p.peek() == tFrom {
		p.advance()
		_, _, end := p.dottedName()
		p.errorRange(t.pos(), end, "Did you mean to use 'from ... import ...' instead?")
	}
	s.Span = span(t.pos(), p.prevEnd())
	return s
}

// fromImport parses from [.]module import names.
func (p *parser) fromImport() Stmt {
	t := p.advance()
	s := &ImportFrom{}
	for {
		if p.got(tDot) {
			s.Level++
		} else if p.got(tEllipsis) {
			s.Level += 3
		} else {
			break
		}
	}
	if p.peek() != tImport || s.Level == 0 {
		s.Module, _, _ = p.dottedName()
	}
	if p.peek() != tImport {
		p.syntaxError()
	}
	p.advance()
	if k := p.peek(); k != tName && k != tStar && k != tLpar {
		p.namesExpected()
	}
	switch p.peek() {
	case tStar:
		st := p.advance()
		s.Names = []*Alias{{Span: span(st.pos(), st.endPos()), Name: "*"}}
	case tLpar:
		p.advance()
		for {
			s.Names = append(s.Names, p.alias(false))
			if !p.got(tComma) || p.peek() == tRpar {
				break
			}
		}
		p.expectClose(tRpar, ")")
	default:
		for {
			s.Names = append(s.Names, p.alias(false))
			if !p.got(tComma) {
				break
			}
			if p.peek() == tNewline || p.peek() == tSemi {
				p.errorLast("trailing comma not allowed without surrounding parentheses")
			}
		}
	}
	s.Span = span(t.pos(), p.prevEnd())
	return s
}
