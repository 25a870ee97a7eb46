package syntax

// Hints: CPython's second pass over a failed parse finds specific errors
// (a forgotten comma, '=' for '==', 'not' after an operator); these
// functions recognise the same mistakes where this parser meets them.

// assignmentInExpression reports "x = y" where an expression is expected
// (if x = 1:, [z=3]) as CPython's invalid_named_expression does.
func (p *parser) assignmentInExpression(e Expr) {
	save, saveMax := p.i, p.max
	p.advance()
	if !p.startsExpr() || p.peek() == tStar {
		p.i, p.max = save, saveMax
		return
	}
	r := p.tryOperand()
	if r == nil || p.peek() == tEqual || p.peek() == tColonEqual {
		p.i, p.max = save, saveMax
		return
	}
	if _, ok := e.(*Name); ok {
		p.errorRange(e.Pos(), r.End(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if !operandLevel(e) {
		p.i, p.max = save, saveMax
		return
	}
	switch c := e.(type) {
	case *List, *Tuple, *GeneratorExp:
		p.i, p.max = save, saveMax
		return
	case *Constant:
		switch c.Value.(type) {
		case nil, bool:
			p.i, p.max = save, saveMax
			return
		}
	}
	p.errorNode(e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e))
}

// tryOperand parses a bitwise_or, returning nil instead of failing.
func (p *parser) tryOperand() (e Expr) {
	saveErr, saveDepth := p.err, p.depth
	p.trying++
	defer func() {
		p.trying--
		p.depth = saveDepth
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			e = nil
			p.err = saveErr
		}
	}()
	return p.bitOr()
}

// notAfterOperator reports a 'not' right after an arithmetic or unary
// operator.
func (p *parser) notAfterOperator() {
	if p.peek() != tNot {
		return
	}
	t := p.tok()
	p.advance()
	v := p.inversion()
	p.errorRange(t.pos(), v.End(), "'not' after an operator must be parenthesized")
}

// checkJuxtaposed reports two expressions written side by side as CPython's
// invalid_expression does: a forgotten comma inside brackets, or Python 2's
// print statement.
func (p *parser) checkJuxtaposed(a Expr) {
	if p.trying > 0 || !p.startsExpr() || p.peek() == tStar || p.noJuxt > 0 && p.toks[p.i].level == p.noJuxt {
		return
	}
	if n, ok := a.(*Name); ok && (n.Id == "print" || n.Id == "exec") {
		save := p.i
		b := p.starExpressions()
		p.errorRange(a.Pos(), b.End(), "Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id)
		p.i = save
	}
	if n, ok := a.(*Name); ok && (n.Id == "match" || n.Id == "case" || n.Id == "type" || n.Id == "_") {
		return
	}
	if _, ok := a.(*Name); ok && (p.peek() == tString || p.peek() == tFStart) {
		return
	}
	save, saveMax := p.i, p.max
	b := p.tryExpression()
	if b == nil {
		p.i, p.max = save, saveMax
		return
	}
	if p.toks[p.i-1].level == 0 {
		p.i, p.max = save, saveMax
		return
	}
	p.errorRange(a.Pos(), b.End(), "invalid syntax. Perhaps you forgot a comma?")
}

// tryExpression parses an expression, returning nil instead of failing.
func (p *parser) tryExpression() (e Expr) {
	saveErr, saveDepth := p.err, p.depth
	p.trying++
	defer func() {
		p.trying--
		p.depth = saveDepth
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			e = nil
			p.err = saveErr
		}
	}()
	if p.peek() == tLambda {
		return p.lambda()
	}
	e = p.disjunction()
	if p.peek() == tIf {
		p.advance()
		p.disjunction()
		p.expect(tElse, "else")
		e = p.expression()
	}
	return e
}
