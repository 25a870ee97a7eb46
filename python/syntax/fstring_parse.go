package syntax

import "strings"

// fstring parses one f-string (FSTRING_START ... FSTRING_END) into its
// parts: *Constant literal text and *FormattedValue fields.
func (p *parser) fstring() []Expr {
	st := p.advance()
	raw := strings.ContainsAny(p.text(st), "rR")
	outer := p.escapeErr
	p.escapeErr = ""
	var parts []Expr
	for {
		switch p.peek() {
		case tFMiddle:
			t := p.advance()
			parts = append(parts, &Constant{Span: span(t.pos(), t.endPos()), Value: p.fstringText(t, raw)})
		case tLbrace:
			parts = append(parts, p.fstringField(raw)...)
		case tFEnd:
			end := p.advance()
			if p.escapeErr != "" {
				p.errorTok(end, "%s", p.escapeErr)
			}
			p.escapeErr = outer
			return parts
		default:
			p.syntaxError()
		}
	}
}

// fstringText decodes the literal text of an f-string. A bad escape is
// reported at the f-string's end, as CPython reports it.
func (p *parser) fstringText(t *token, raw bool) string {
	s := p.text(t)
	if strings.Contains(s, "{{") || strings.Contains(s, "}}") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "{{", "{"), "}}", "}")
	}
	v, msg := unescape(s, raw, false)
	if msg != "" && p.escapeErr == "" {
		p.escapeErr = msg
	}
	return v
}

// fieldValue parses the expression of a replacement field. Where it is
// malformed, CPython reports the token after its longest well-formed
// start: "f-string: expecting '=', or '!', or ':', or '}'".
func (p *parser) fieldValue() Expr {
	start := p.i
	e, err := p.speculate(p.valueOnly)
	if err == nil {
		return e
	}
	if err.Msg != "invalid syntax" || p.trying > 0 {
		p.fail(err)
	}
	if j := p.validPrefix(start, p.valueOnly, tRbrace); j > start {
		p.errorTok(&p.toks[j], "f-string: expecting '=', or '!', or ':', or '}'")
	}
	p.errorTok(&p.toks[start], "f-string: expecting a valid expression after '{'")
	return nil
}

// maxPrefixTries bounds the parses validPrefix tries.
const maxPrefixTries = 48

// validPrefix returns the end j of the longest run of tokens from start
// that parse completes when token j is replaced by a token of kind stop
// (what CPython's backtracking parser would have accepted there), or -1.
// It is for reporting errors: it costs a parse per token tried.
func (p *parser) validPrefix(start int, parse func() Expr, stop tokKind) int {
	end := p.i
	if p.max > end {
		end = p.max
	}
	end = min(end, len(p.toks)-1)
	defer func(i int) { p.i = i }(p.i)
	for j := end; j > start && j > end-maxPrefixTries; j-- {
		if p.toks[j].kind == tError || p.toks[j].kind == tEOF {
			continue
		}
		saved := p.toks[j]
		p.toks[j].kind = stop
		p.i = start
		_, perr := p.speculate(parse)
		stopped := p.i
		p.toks[j] = saved
		if perr == nil && stopped == j {
			return j
		}
	}
	return -1
}

// valueOnly parses yield_expr | star_expressions.
func (p *parser) valueOnly() Expr {
	if p.peek() == tYield {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// speculate runs a parse, returning its error instead of failing; the
// position stays where the parse stopped.
func (p *parser) speculate(parse func() Expr) (e Expr, err *Error) {
	saveErr, saveDepth, saveMax, saveEscape := p.err, p.depth, p.max, p.escapeErr
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			e, err = nil, p.err
			p.err, p.depth, p.escapeErr = saveErr, saveDepth, saveEscape
			if err == p.scanErr {
				p.max = saveMax
			}
		}
	}()
	return parse(), nil
}

// fstringField parses a replacement field { expr [=] [!c] [:spec] }. With
// "=", the field's text comes first as a constant.
func (p *parser) fstringField(raw bool) []Expr {
	open := p.advance()
	p.enter()
	defer p.leave()
	switch k := p.peek(); k {
	case tRbrace, tExclamation, tColon, tEqual:
		t := p.tok()
		what := map[tokKind]string{tRbrace: "}", tExclamation: "!", tColon: ":", tEqual: "="}[k]
		p.errorTok(t, "f-string: valid expression required before '%s'", what)
	case tFEnd, tFMiddle:
		p.errorTok(p.tok(), "f-string: expecting '}'")
	case tLambda:
		for j := p.i; j < len(p.toks) && p.toks[j].kind != tError && p.toks[j].kind != tEOF; j++ {
			if p.toks[j].kind == tColon && p.toks[j].level == p.toks[p.i].level {
				p.errorRange(p.tok().pos(), p.toks[j].endPos(), "f-string: lambda expressions are not allowed without parentheses")
			}
		}
	}
	value := p.fieldValue()
	var out []Expr
	fv := &FormattedValue{Value: value, Conversion: -1}
	debug := false
	if k := p.peek(); k != tEqual && k != tExclamation && k != tColon && k != tRbrace && k != tFEnd && k != tFMiddle {
		p.errorTok(p.tok(), "f-string: expecting '=', or '!', or ':', or '}'")
	}
	if p.peek() == tEqual {
		p.advance()
		next := p.tok()
		if k := next.kind; k != tExclamation && k != tColon && k != tRbrace && k != tFEnd && k != tFMiddle {
			p.errorTok(next, "f-string: expecting '!', or ':', or '}'")
		}
		debug = true
		text := p.ssrc[open.eoff:next.off]
		out = append(out, &Constant{Span: span(open.endPos(), next.pos()), Value: strings.ReplaceAll(text, "\r\n", "\n")})
	}
	if p.peek() == tExclamation {
		bang := p.advance()
		t := p.tok()
		if t.kind != tName && !isKeyword(t.kind) || t.pos() != bang.endPos() {
			if (t.kind == tName || isKeyword(t.kind)) && t.pos() != bang.endPos() {
				p.errorRange(bang.pos(), t.endPos(), "f-string: conversion type must come right after the exclamanation mark")
			}
			if t.kind == tRbrace || t.kind == tColon || t.pos() != bang.endPos() {
				p.errorTok(t, "f-string: missing conversion character")
			}
			p.errorTok(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		p.advance()
		// CPython checks the character only once the field is well formed.
		if k := p.peek(); k != tColon && k != tRbrace {
			p.errorTok(p.tok(), "f-string: expecting ':' or '}'")
		}
		switch c := p.text(t); c {
		case "s", "r", "a":
			fv.Conversion = int(c[0])
		default:
			p.errorTok(t, "f-string: invalid conversion character '%s': expected 's', 'r', or 'a'", c)
		}
	}
	if p.peek() == tColon {
		colon := p.advance()
		var spec []Expr
		for p.peek() == tFMiddle || p.peek() == tLbrace {
			if p.peek() == tFMiddle {
				t := p.advance()
				spec = append(spec, &Constant{Span: span(t.pos(), t.endPos()), Value: p.fstringText(t, raw)})
			} else {
				spec = append(spec, p.fstringField(raw)...)
			}
		}
		fv.FormatSpec = &JoinedStr{Span: span(colon.pos(), p.prevEnd()), Values: mergeConstants(spec, "")}
	} else if debug && fv.Conversion == -1 {
		fv.Conversion = 'r'
	}
	if p.peek() != tRbrace {
		t := p.tok()
		if t.kind == tFEnd || t.kind == tFMiddle || t.kind == tEOF || t.kind == tNewline {
			p.errorTok(t, "f-string: expecting '}'")
		}
		p.errorTok(t, "f-string: expecting '}'")
	}
	c := p.advance()
	fv.Span = span(open.pos(), c.endPos())
	return append(out, fv)
}
