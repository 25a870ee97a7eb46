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
		return p.simpleStmts(nil)
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
		body = p.statement(body)
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
		p.asyncStmt(p.tok())
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
