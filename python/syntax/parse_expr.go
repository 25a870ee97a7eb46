package syntax

// Expressions, from the loosest binding (star_expressions) to atoms, as
// CPython's grammar orders them.

func span(a, b Pos) Span { return Span{a, b} }

// starExpressions parses star_expressions: one expression, or a tuple of
// them when commas follow.
func (p *parser) starExpressions() Expr {
	start := p.tok().pos()
	first := p.starExpression()
	if p.peek() != tComma {
		return first
	}
	elts := []Expr{first}
	for p.got(tComma) {
		if !p.startsExpr() {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Span: span(start, p.prevEnd()), Elts: elts}
}

// starExpression is '*' bitwise_or | expression.
func (p *parser) starExpression() Expr {
	if p.peek() == tStar {
		t := p.advance()
		v := p.bitOr()
		return &Starred{Span: span(t.pos(), p.prevEnd()), Value: v}
	}
	return p.expression()
}

// starNamedExpression is '*' bitwise_or | named_expression (display items).
func (p *parser) starNamedExpression() Expr {
	if p.peek() == tStar {
		t := p.advance()
		if p.peek() == tStar {
			p.errorTok(p.tok(), "Invalid star expression")
		}
		if !p.startsExpr() {
			p.errorTok(t, "Invalid star expression")
		}
		v := p.bitOr()
		p.checkJuxtaposed(v)
		return &Starred{Span: span(t.pos(), p.prevEnd()), Value: v}
	}
	return p.namedExpression()
}

// namedExpression is NAME ':=' expression | expression.
func (p *parser) namedExpression() Expr {
	if p.peek() == tName && p.peekAt(1) == tColonEqual {
		t := p.advance()
		p.advance()
		v := p.expression()
		return &NamedExpr{Span: span(t.pos(), p.prevEnd()), Target: &Name{Span: span(t.pos(), t.endPos()), Id: p.text(t), Ctx: Store}, Value: v}
	}
	e := p.expression()
	switch p.peek() {
	case tColonEqual:
		if p.peekAt(1) == tNewline || p.peekAt(1) == tEOF {
			p.advance()
			p.syntaxError()
		}
		p.errorNode(e, "cannot use assignment expressions with %s", exprName(e))
	case tEqual:
		p.assignmentInExpression(e)
	}
	return e
}

// startsExpr reports whether the next token can start an expression.
func (p *parser) startsExpr() bool {
	switch p.peek() {
	case tName, tNumber, tString, tFStart, tLpar, tLsqb, tLbrace, tMinus, tPlus, tTilde,
		tNot, tLambda, tNone, tTrue, tFalse, tEllipsis, tStar, tAwait:
		return true
	}
	return false
}

// expression is lambda | disjunction ['if' disjunction 'else' expression].
func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.peek() == tLambda {
		return p.lambda()
	}
	start := p.tok().pos()
	e := p.disjunction()
	switch p.peek() {
	case tIf:
		p.advance()
		condStart := p.i
		test, err := p.speculate(p.disjunction)
		if err != nil {
			if err.Msg == "invalid syntax" && p.trying == 0 {
				// CPython's backtracking takes the longest condition
				// that parses and asks for the else after it.
				if j := p.validPrefix(condStart, p.disjunction, tElse); j > condStart {
					if k := p.toks[j].kind; k != tElse && k != tColon {
						p.errorRange(e.Pos(), p.toks[j-1].endPos(), "expected 'else' after 'if' expression")
					}
				}
			}
			p.fail(err)
		}
		if p.peek() != tElse {
			if k := p.peek(); k != tColon {
				p.errorRange(e.Pos(), test.End(), "expected 'else' after 'if' expression")
			}
			p.syntaxError()
		}
		p.advance()
		orelse := p.expression()
		return &IfExp{Span: span(start, p.prevEnd()), Test: test, Body: e, Orelse: orelse}
	default:
		p.checkJuxtaposed(e)
	}
	return e
}

func (p *parser) disjunction() Expr {
	start := p.tok().pos()
	e := p.conjunction()
	if p.peek() != tOr {
		return e
	}
	values := []Expr{e}
	for p.got(tOr) {
		values = append(values, p.conjunction())
	}
	return &BoolOp{Span: span(start, p.prevEnd()), Op: Or, Values: values}
}

func (p *parser) conjunction() Expr {
	start := p.tok().pos()
	e := p.inversion()
	if p.peek() != tAnd {
		return e
	}
	values := []Expr{e}
	for p.got(tAnd) {
		values = append(values, p.inversion())
	}
	return &BoolOp{Span: span(start, p.prevEnd()), Op: And, Values: values}
}

func (p *parser) inversion() Expr {
	if p.peek() == tNot {
		t := p.advance()
		p.enter()
		v := p.inversion()
		p.leave()
		return &UnaryOp{Span: span(t.pos(), p.prevEnd()), Op: Not, Operand: v}
	}
	return p.comparison()
}

// compOp consumes a comparison operator if one is next.
func (p *parser) compOp() (CmpOperator, bool) {
	switch p.peek() {
	case tEqEqual:
		p.advance()
		return Eq, true
	case tNotEqual:
		p.advance()
		return NotEq, true
	case tLess:
		p.advance()
		return Lt, true
	case tLessEqual:
		p.advance()
		return LtE, true
	case tGreater:
		p.advance()
		return Gt, true
	case tGreaterEqual:
		p.advance()
		return GtE, true
	case tIn:
		p.advance()
		return In, true
	case tNot:
		if p.peekAt(1) == tIn {
			p.advance()
			p.advance()
			return NotIn, true
		}
	case tIs:
		p.advance()
		if p.got(tNot) {
			return IsNot, true
		}
		return Is, true
	}
	return 0, false
}

func (p *parser) comparison() Expr {
	start := p.tok().pos()
	e := p.bitOr()
	op, ok := p.compOp()
	if !ok {
		return e
	}
	c := &Compare{Left: e}
	for ok {
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitOr())
		op, ok = p.compOp()
	}
	c.Span = span(start, p.prevEnd())
	return c
}

// binaryPrec returns the operator of a binary operator token and its
// binding power (1 for |, the loosest, to 6 for * / // % @), or 0.
func binaryPrec(k tokKind) (Operator, int) {
	switch k {
	case tVbar:
		return BitOr, 1
	case tCircumflex:
		return BitXor, 2
	case tAmper:
		return BitAnd, 3
	case tLeftShift:
		return LShift, 4
	case tRightShift:
		return RShift, 4
	case tPlus:
		return Add, 5
	case tMinus:
		return Sub, 5
	case tStar:
		return Mult, 6
	case tSlash:
		return Div, 6
	case tDoubleSlash:
		return FloorDiv, 6
	case tPercent:
		return Mod, 6
	case tAt:
		return MatMult, 6
	}
	return 0, 0
}

// bitOr parses CPython's bitwise_or: the binary operators from | to *,
// left-associative, by precedence climbing.
func (p *parser) bitOr() Expr { return p.binary(1) }

// binary parses operands joined by operators binding at least as tightly
// as minPrec.
func (p *parser) binary(minPrec int) Expr {
	start := p.tok().pos()
	e := p.factor()
	for {
		op, prec := binaryPrec(p.peek())
		if prec < minPrec || prec == 0 {
			return e
		}
		p.advance()
		if prec >= 5 {
			p.notAfterOperator()
		}
		r := p.binary(prec + 1)
		e = &BinOp{Span: span(start, p.prevEnd()), Left: e, Op: op, Right: r}
	}
}

// factor is a unary +, - or ~ applied to a factor, or a power.
func (p *parser) factor() Expr {
	var op UnaryOperator
	switch p.peek() {
	case tPlus:
		op = UAdd
	case tMinus:
		op = USub
	case tTilde:
		op = Invert
	default:
		return p.power()
	}
	t := p.advance()
	p.notAfterOperator()
	p.enter()
	v := p.factor()
	p.leave()
	return &UnaryOp{Span: span(t.pos(), p.prevEnd()), Op: op, Operand: v}
}

// power is primary ['**' factor]: right-associative, and tighter than a
// unary minus on its left.
func (p *parser) power() Expr {
	if p.peek() == tAwait {
		t := p.tok()
		p.advance()
		if p.startsExpr() {
			p.errorTok(t, "'await' expressions are not supported yet")
		}
		p.syntaxError()
	}
	start := p.tok().pos()
	e := p.primary()
	if p.peek() == tDoubleStar {
		p.advance()
		p.enter()
		r := p.factor()
		p.leave()
		return &BinOp{Span: span(start, p.prevEnd()), Left: e, Op: Pow, Right: r}
	}
	return e
}

// primary is an atom followed by attribute references, calls and
// subscriptions.
func (p *parser) primary() Expr {
	start := p.tok().pos()
	e := p.atom()
	for {
		switch p.peek() {
		case tDot:
			p.advance()
			t := p.tok()
			if t.kind != tName {
				p.syntaxError()
			}
			p.advance()
			e = &Attribute{Span: span(start, t.endPos()), Value: e, Attr: p.text(t)}
		case tLpar:
			e = p.call(e, start)
		case tLsqb:
			p.advance()
			s := p.slices()
			t := p.expectClose(tRsqb, "]")
			e = &Subscript{Span: span(start, t.endPos()), Value: e, Slice: s}
		default:
			return e
		}
	}
}

// slices parses what is between the brackets of a subscription.
func (p *parser) slices() Expr {
	start := p.tok().pos()
	first := p.slice()
	if p.peek() != tComma {
		if _, ok := first.(*Starred); ok {
			return &Tuple{Span: span(start, p.prevEnd()), Elts: []Expr{first}}
		}
		return first
	}
	elts := []Expr{first}
	for p.got(tComma) {
		if p.peek() == tRsqb {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{Span: span(start, p.prevEnd()), Elts: elts}
}

// slice is [lower] ':' [upper] [':' [step]], a starred expression or a
// named expression.
func (p *parser) slice() Expr {
	start := p.tok().pos()
	if p.peek() == tStar {
		return p.starNamedExpression()
	}
	var lower Expr
	if p.peek() != tColon {
		lower = p.namedExpression()
		if p.peek() != tColon {
			return lower
		}
	}
	p.advance()
	s := &Slice{Lower: lower}
	if k := p.peek(); k != tColon && k != tComma && k != tRsqb {
		s.Upper = p.expression()
	}
	if p.got(tColon) {
		if k := p.peek(); k != tComma && k != tRsqb {
			s.Step = p.expression()
		}
	}
	s.Span = span(start, p.prevEnd())
	return s
}
