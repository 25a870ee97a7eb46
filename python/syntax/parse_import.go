package syntax

// Import statements.

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
		p.dottedName()
		// CPython's range ends one short of where its tokenizer stands,
		// after the token that follows the module name.
		p.peek()
		end := p.tok().endPos()
		end.Col--
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
