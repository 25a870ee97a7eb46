package syntax

// Statements and blocks.

// module parses the whole file.
func (p *parser) module() *Module {
	m := &Module{}
	for p.peek() != tEOF {
		m.Body = p.statement(m.Body)
	}
	if len(m.Body) > 0 {
		m.Span = span(m.Body[0].Pos(), m.Body[len(m.Body)-1].End())
	}
	return m
}

// statement parses one statement: a compound statement, or a line of
// simple statements separated by semicolons, and appends it to dst.
func (p *parser) statement(dst []Stmt) []Stmt {
	t := p.tok()
	switch t.kind {
	case tDef:
		return append(dst, p.funcDef(nil))
	case tClass:
		return append(dst, p.classDef(nil))
	case tAt:
		return append(dst, p.decorated())
	case tIf:
		return append(dst, p.ifStmt())
	case tWhile:
		return append(dst, p.whileStmt())
	case tFor:
		return append(dst, p.forStmt())
	case tTry:
		return append(dst, p.tryStmt())
	case tWith:
		return append(dst, p.withStmt())
	case tAsync:
		p.asyncStmt(t)
	case tName:
		p.softKeyword(t)
	}
	return p.simpleStmts(dst)
}

// asyncStmt reports async def, async for and async with, not supported
// yet.
func (p *parser) asyncStmt(t *token) {
	switch p.peekAt(1) {
	case tDef:
		p.errorTok(t, "'async def' is not supported yet")
	case tFor:
		p.errorTok(t, "'async for' is not supported yet")
	case tWith:
		p.errorTok(t, "'async with' is not supported yet")
	}
	p.syntaxError()
}

// softKeyword reports the match and type statements, not supported yet,
// while match and type stay ordinary names elsewhere.
func (p *parser) softKeyword(t *token) {
	switch p.text(t) {
	case "match":
		if !p.startsExpr2(p.peekAt(1)) {
			return
		}
		// A match statement's line ends with ':' outside brackets.
		j := p.i + 1
		for j < len(p.toks) && p.toks[j].kind != tNewline && p.toks[j].kind != tEOF && p.toks[j].kind != tError {
			j++
		}
		if j > p.i+1 && p.toks[j-1].kind == tColon && p.toks[j-1].level == 0 {
			p.errorTok(t, "'match' statements are not supported yet")
		}
	case "type":
		if p.peekAt(1) == tName && (p.peekAt(2) == tEqual || p.peekAt(2) == tLsqb) {
			p.errorTok(t, "'type' statements are not supported yet")
		}
	}
}

// startsExpr2 reports whether a token kind can start a match subject.
func (p *parser) startsExpr2(k tokKind) bool {
	switch k {
	case tName, tNumber, tString, tFStart, tLpar, tLsqb, tLbrace, tMinus, tPlus, tTilde,
		tNot, tNone, tTrue, tFalse, tStar:
		return true
	}
	return false
}

// simpleStmts parses simple statements up to the end of the line.
// It appends them to out.
func (p *parser) simpleStmts(out []Stmt) []Stmt {
	for {
		out = append(out, p.simpleStmt())
		if !p.got(tSemi) {
			break
		}
		if p.peek() == tNewline {
			break
		}
	}
	if p.peek() != tNewline {
		p.syntaxError()
	}
	p.advance()
	return out
}

// simpleStmt parses one simple statement.
func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	switch t.kind {
	case tPass:
		p.advance()
		return &Pass{span(t.pos(), t.endPos())}
	case tBreak:
		p.advance()
		return &Break{span(t.pos(), t.endPos())}
	case tContinue:
		p.advance()
		return &Continue{span(t.pos(), t.endPos())}
	case tReturn:
		p.advance()
		r := &Return{Span: span(t.pos(), t.endPos())}
		if p.startsExpr() {
			r.Value = p.starExpressions()
			r.EndPos = p.prevEnd()
		}
		return r
	case tRaise:
		p.advance()
		r := &Raise{Span: span(t.pos(), t.endPos())}
		if p.startsExpr() {
			r.Exc = p.expression()
			if p.got(tFrom) {
				r.Cause = p.expression()
			}
			r.EndPos = p.prevEnd()
		}
		return r
	case tGlobal, tNonlocal:
		p.advance()
		var names []string
		for {
			n := p.tok()
			if n.kind != tName {
				p.syntaxError()
			}
			p.advance()
			names = append(names, p.text(n))
			if !p.got(tComma) {
				break
			}
		}
		if t.kind == tGlobal {
			return &Global{Span: span(t.pos(), p.prevEnd()), Names: names}
		}
		return &Nonlocal{Span: span(t.pos(), p.prevEnd()), Names: names}
	case tDel:
		p.advance()
		var targets []Expr
		for {
			e := p.starTarget()
			targets = append(targets, e)
			if !p.got(tComma) || p.peek() == tNewline || p.peek() == tSemi {
				break
			}
		}
		if k := p.peek(); k != tNewline && k != tSemi {
			p.syntaxError()
		}
		for _, e := range targets {
			p.setDel(e)
		}
		return &Delete{Span: span(t.pos(), p.prevEnd()), Targets: targets}
	case tAssert:
		p.advance()
		a := &Assert{Test: p.expression()}
		if p.got(tComma) {
			a.Msg = p.expression()
		}
		a.Span = span(t.pos(), p.prevEnd())
		return a
	case tImport:
		return p.importStmt()
	case tFrom:
		return p.fromImport()
	}
	return p.exprStmt()
}

// augOp maps augmented assignment tokens to their operator.
func augOp(k tokKind) (Operator, bool) {
	switch k {
	case tPlusEqual:
		return Add, true
	case tMinEqual:
		return Sub, true
	case tStarEqual:
		return Mult, true
	case tAtEqual:
		return MatMult, true
	case tSlashEqual:
		return Div, true
	case tPercentEqual:
		return Mod, true
	case tAmperEqual:
		return BitAnd, true
	case tVbarEqual:
		return BitOr, true
	case tCircumflexEqual:
		return BitXor, true
	case tLeftShiftEqual:
		return LShift, true
	case tRightShiftEqual:
		return RShift, true
	case tDoubleStarEqual:
		return Pow, true
	case tDoubleSlashEqual:
		return FloorDiv, true
	}
	return 0, false
}

// rhs parses the right-hand side of an assignment: yield_expr or
// star_expressions.
func (p *parser) rhs() Expr {
	if p.peek() == tYield {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// exprStmt parses an expression statement or an assignment.
func (p *parser) exprStmt() Stmt {
	startTok := p.tok()
	first := p.rhs()
	if _, isName := first.(*Name); p.peek() == tColonEqual && !isName {
		p.errorNode(first, "cannot use assignment expressions with %s", exprName(first))
	}
	switch k := p.peek(); {
	case k == tEqual:
		targets := []Expr{first}
		bare := []bool{startTok.kind == tYield}
		var value Expr
		for p.got(tEqual) {
			isYield := p.peek() == tYield
			if k := p.peek(); (k == tNewline || k == tSemi) && value != nil {
				if bad := invalidTarget(value, false, false); bad != nil {
					p.errorNode(bad, "cannot assign to %s", exprName(bad))
				}
			}
			value = p.rhs()
			if p.peek() == tEqual {
				targets = append(targets, value)
				bare = append(bare, isYield)
			}
		}
		for i, t := range targets {
			if bare[i] {
				p.errorNode(t, "assignment to yield expression not possible")
			}
			if bad := invalidTarget(t, false, false); bad != nil {
				if i == 0 && len(targets) == 1 && maybeComparison(t, bad, value) {
					p.errorNode(bad, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(bad))
				}
				p.errorNode(bad, "cannot assign to %s", exprName(bad))
			}
			setCtx(t, Store)
		}
		return &Assign{Span: span(startTok.pos(), p.prevEnd()), Targets: targets, Value: value}
	case k == tColon:
		if startTok.kind == tYield || !startsOperand(p.peekAt(1)) || p.peekAt(1) == tStar || p.peekAt(1) == tDoubleStar || p.peekAt(1) == tRbrace {
			p.advance()
			p.syntaxError()
		}
		p.advance()
		simple := 0
		switch t := first.(type) {
		case *Name:
			if startTok.kind != tLpar {
				simple = 1
			}
		case *Attribute, *Subscript:
		case *Tuple:
			if startTok.kind == tLpar {
				p.errorNode(first, "only single target (not tuple) can be annotated")
			}
			p.errorNode(t.Elts[0], "only single target (not tuple) can be annotated")
		case *List:
			p.errorNode(first, "only single target (not list) can be annotated")
		default:
			_ = t
			p.errorNode(first, "illegal target for annotation")
		}
		setCtx(first, Store)
		a := &AnnAssign{Target: first, Annotation: p.expression(), Simple: simple}
		if p.got(tEqual) {
			a.Value = p.rhs()
		}
		a.Span = span(startTok.pos(), p.prevEnd())
		return a
	default:
		if op, ok := augOp(k); ok {
			switch first.(type) {
			case *Name, *Attribute, *Subscript:
			default:
				p.errorNode(first, "'%s' is an illegal expression for augmented assignment", exprName(first))
			}
			p.advance()
			setCtx(first, Store)
			v := p.rhs()
			return &AugAssign{Span: span(startTok.pos(), p.prevEnd()), Target: first, Op: op, Value: v}
		}
	}
	if k := p.peek(); k != tNewline && k != tSemi {
		p.syntaxError()
	}
	return &ExprStmt{Span: span(startTok.pos(), p.prevEnd()), Value: first}
}

// maybeComparison reports whether CPython would suggest '==' for target =
// value: a single target that is an operand-level expression (not a
// display, True, False or None), assigned a plain operand.
func maybeComparison(target, bad, value Expr) bool {
	if bad != target {
		if t, ok := target.(*Tuple); !ok || len(t.Elts) == 0 || t.Elts[len(t.Elts)-1] != bad || t.EndPos != bad.End() {
			return false
		}
	}
	if !operandLevel(bad) {
		return false
	}
	switch b := bad.(type) {
	case *List, *Tuple, *GeneratorExp:
		return false
	case *Constant:
		switch b.Value.(type) {
		case nil, bool:
			return false
		}
	}
	if t, ok := value.(*Tuple); ok && len(t.Elts) > 0 {
		value = t.Elts[0]
	}
	return operandLevel(value)
}

// operandLevel reports whether e is a bitwise_or in CPython's grammar:
// no comparison, not, and, or, conditional, lambda or star.
func operandLevel(e Expr) bool {
	switch e := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *Starred, *Yield, *YieldFrom, *NamedExpr:
		return false
	case *UnaryOp:
		return e.Op != Not
	}
	return true
}
