package syntax

// Assignment and deletion targets: setting their context and reporting the
// invalid ones with CPython's wording.

// exprName names an expression kind as CPython's error messages do.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := e.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// invalidTarget returns the first part of e that cannot be a target, or
// nil; forDel is for del statements, forFor for the targets of for.
func invalidTarget(e Expr, forDel, forFor bool) Expr {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Tuple:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, forDel, forFor); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, forDel, forFor); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		if forDel {
			return e
		}
		return invalidTarget(e.Value, forDel, forFor)
	case *Compare:
		if forFor && e.Ops[0] == In {
			return invalidTarget(e.Left, forDel, forFor)
		}
		return e
	}
	return e
}

// setCtx sets the context of a valid target.
func setCtx(e Expr, ctx ExprContext) {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
	case *Attribute:
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *Starred:
		e.Ctx = ctx
		setCtx(e.Value, ctx)
	case *Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			setCtx(x, ctx)
		}
	case *List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			setCtx(x, ctx)
		}
	}
}

// setStore makes e an assignment target or fails: "cannot assign to ...".
// how is "for", "with" or "=" (which affects nothing but is kept for the
// callers' clarity).
func (p *parser) setStore(e Expr, how string) {
	if bad := invalidTarget(e, false, how == "for"); bad != nil {
		p.errorNode(bad, "cannot assign to %s", exprName(bad))
	}
	setCtx(e, Store)
}

// setDel makes e a del target or fails: "cannot delete ...".
func (p *parser) setDel(e Expr) {
	if bad := invalidTarget(e, true, false); bad != nil {
		p.errorNode(bad, "cannot delete %s", exprName(bad))
	}
	setCtx(e, Del)
}

// targetList parses star_targets up to a token of kind stop (the in of a for
// loop): one target, or a tuple of them.
func (p *parser) targetList(stop tokKind) Expr {
	start := p.tok().pos()
	first := p.starTarget()
	if p.peek() != tComma {
		return first
	}
	elts := []Expr{first}
	for p.got(tComma) {
		if p.peek() == stop || !p.startsExpr() {
			break
		}
		elts = append(elts, p.starTarget())
	}
	return &Tuple{Span: span(start, p.prevEnd()), Elts: elts}
}

// starTarget is '*'? target, a target being an expression up to bitwise or.
func (p *parser) starTarget() Expr {
	if p.peek() == tStar {
		t := p.advance()
		v := p.bitOr()
		return &Starred{Span: span(t.pos(), p.prevEnd()), Value: v}
	}
	return p.bitOr()
}
