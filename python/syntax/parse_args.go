package syntax

// Parameters of def and lambda, and the arguments of calls.

// lambda parses lambda [params]: expression.
func (p *parser) lambda() Expr {
	t := p.advance()
	args := p.params(tColon, false)
	p.expectForced(tColon, ":")
	body := p.expression()
	return &Lambda{Span: span(t.pos(), p.prevEnd()), Args: args, Body: body}
}

// params parses a parameter list up to a token of kind end (the ')' of a
// def, the ':' of a lambda); annotations are allowed in a def.
func (p *parser) params(end tokKind, annotated bool) *Arguments {
	a := &Arguments{}
	var start Pos
	seenDefault, seenStar, seenSlash := false, false, false
	var plain []*Arg
	var defaults []Expr
	param := func() *Arg {
		t := p.tok()
		if t.kind != tName {
			p.syntaxError()
		}
		p.advance()
		arg := &Arg{Span: span(t.pos(), t.endPos()), Arg: p.text(t)}
		if annotated && p.got(tColon) {
			arg.Annotation = p.expression()
			arg.EndPos = p.prevEnd()
		}
		return arg
	}
	first := true
	for p.peek() != end {
		t := p.tok()
		if first {
			start = t.pos()
			first = false
		}
		switch t.kind {
		case tLpar:
			// (a, b) as parameters: Python 2's tuple parameters.
			j := p.i + 1
			for j < len(p.toks) && p.toks[j].kind == tName && (p.toks[j+1].kind == tComma || p.toks[j+1].kind == tRpar) {
				j++
				if p.toks[j].kind == tComma {
					j++
				}
			}
			if j > p.i+1 && j < len(p.toks) && p.toks[j].kind == tRpar && end == tRpar {
				p.errorRange(t.pos(), p.toks[j].endPos(), "Function parameters cannot be parenthesized")
			}
			p.syntaxError()
		case tSlash:
			if seenSlash {
				p.errorTok(t, "/ may appear only once")
			}
			if seenStar {
				p.errorTok(t, "/ must be ahead of *")
			}
			if len(plain) == 0 {
				p.errorTok(t, "at least one argument must precede /")
			}
			p.advance()
			seenSlash = true
			a.Posonlyargs, plain = plain, nil
			if p.peek() == tStar {
				p.errorTok(p.tok(), "expected comma between / and *")
			}
		case tStar:
			if seenStar {
				p.errorTok(t, "* argument may appear only once")
			}
			p.advance()
			seenStar = true
			if p.peek() == tComma || p.peek() == end {
				if p.peek() == end || p.peekAt(1) == end || p.peekAt(1) == tDoubleStar {
					if end == tColon {
						p.errorLast("named arguments must follow bare *")
					}
					p.errorTok(t, "named arguments must follow bare *")
				}
				break
			}
			a.Vararg = param()
			if p.peek() == tEqual {
				p.errorTok(p.tok(), "var-positional argument cannot have default value")
			}
		case tDoubleStar:
			p.advance()
			a.Kwarg = param()
			if p.peek() == tEqual {
				p.errorTok(p.tok(), "var-keyword argument cannot have default value")
			}
			p.got(tComma)
			if p.peek() != end {
				p.errorTok(p.tok(), "arguments cannot follow var-keyword argument")
			}
			continue
		default:
			arg := param()
			var def Expr
			if p.peek() == tEqual {
				eq := p.advance()
				if k := p.peek(); k == tComma || k == end && end == tRpar {
					p.errorTok(eq, "expected default value expression")
				}
				def = p.expression()
			}
			if seenStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				if def != nil {
					seenDefault = true
					defaults = append(defaults, def)
				} else if seenDefault {
					p.errorNode(arg, "parameter without a default follows parameter with a default")
				}
				plain = append(plain, arg)
			}
		}
		if p.peek() == end {
			break
		}
		if p.peek() != tComma {
			p.syntaxError()
		}
		p.advance()
	}
	a.Args = plain
	a.Defaults = defaults
	if !first {
		a.Span = span(start, p.prevEnd())
	}
	return a
}

// assignedUnpacking reports f(*a=1) and f(**k=1).
func (p *parser) assignedUnpacking(star *token, what string) {
	if p.peek() != tEqual {
		return
	}
	p.advance()
	p.expression()
	p.errorRange(star.pos(), p.prevEnd(), "cannot assign to %s", what)
}

// call parses the arguments of a call to fn.
func (p *parser) call(fn Expr, start Pos) Expr {
	open := p.advance()
	p.enter()
	defer p.leave()
	c := &Call{Func: fn}
	sawKeyword, sawUnpack := false, false
	for p.peek() != tRpar {
		t := p.tok()
		switch {
		case t.kind == tStar:
			starAt := p.i
			p.advance()
			if !p.startsExpr() {
				p.errorLast("Invalid star expression")
			}
			v := p.expression()
			p.assignedUnpacking(t, "iterable argument unpacking")
			if sawUnpack {
				// CPython's range starts at the comma before the '*'.
				p.errorRange(p.toks[starAt-1].pos(), v.End(), "iterable argument unpacking follows keyword argument unpacking")
			}
			c.Args = append(c.Args, &Starred{Span: span(t.pos(), p.prevEnd()), Value: v})
		case t.kind == tDoubleStar:
			p.advance()
			v := p.expression()
			p.assignedUnpacking(t, "keyword argument unpacking")
			sawUnpack = true
			c.Keywords = append(c.Keywords, &Keyword{Span: span(t.pos(), p.prevEnd()), Value: v})
		case (t.kind == tTrue || t.kind == tFalse || t.kind == tNone) && p.peekAt(1) == tEqual:
			p.errorRange(t.pos(), p.toks[p.i+1].endPos(), "cannot assign to %s", p.text(t))
		case t.kind == tName && p.peekAt(1) == tEqual:
			p.advance()
			eq := p.advance()
			if k := p.peek(); k == tComma || k == tRpar {
				p.errorRange(t.pos(), eq.endPos(), "expected argument value expression")
			}
			v := p.expression()
			if p.peek() == tFor {
				p.errorRange(t.pos(), eq.endPos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			sawKeyword = true
			c.Keywords = append(c.Keywords, &Keyword{Span: span(t.pos(), p.prevEnd()), Arg: p.text(t), Value: v})
		default:
			var e Expr
			if p.peek() == tName && p.peekAt(1) == tColonEqual {
				e = p.namedExpression()
			} else {
				e = p.expression()
				if p.peek() == tColonEqual {
					p.errorNode(e, "cannot use assignment expressions with %s", exprName(e))
				}
			}
			if p.peek() == tFor || p.peek() == tAsync {
				gens := p.comprehensionClauses()
				if len(c.Args) == 0 && len(c.Keywords) == 0 && p.peek() == tRpar {
					e = &GeneratorExp{Span: span(open.pos(), p.tok().endPos()), Elt: e, Generators: gens}
				} else {
					p.errorRange(e.Pos(), p.prevEnd(), "Generator expression must be parenthesized")
				}
			} else if p.peek() == tEqual {
				eq := p.tok()
				p.errorRange(e.Pos(), eq.endPos(), "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if sawUnpack || sawKeyword {
				// CPython reads the rest of the arguments first.
				for !(p.peek() == tRpar && p.tok().level == open.level-1) && p.peek() != tEOF && p.peek() != tNewline {
					p.advance()
				}
				last := &p.toks[p.i]
				if sawUnpack {
					p.errorTok(last, "positional argument follows keyword argument unpacking")
				}
				p.errorTok(last, "positional argument follows keyword argument")
			}
			c.Args = append(c.Args, e)
		}
		if p.peek() == tRpar {
			break
		}
		if p.peek() != tComma {
			if p.peek() == tFor && len(c.Args) > 0 {
				p.errorRange(c.Args[len(c.Args)-1].Pos(), p.prevEnd(), "Generator expression must be parenthesized")
			}
			p.syntaxError()
		}
		p.advance()
	}
	close := p.advance()
	if len(c.Args) > 1 || len(c.Keywords) > 0 {
		for _, a := range c.Args {
			if g, ok := a.(*GeneratorExp); ok && g.StartPos == open.pos() {
				p.errorNode(g, "Generator expression must be parenthesized")
			}
		}
	}
	c.Span = span(start, close.endPos())
	return c
}
