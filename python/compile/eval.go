package compile

import "github.com/futurescope/futurescope/python/syntax"

// CompileEval compiles an expression as eval() runs it: module-level code (names are the globals'
// and locals', comprehensions and lambdas are nested scopes) that returns the expression's value.
func CompileEval(expr syntax.Expr, filename string) (*Code, error) {
	mod := &syntax.Module{Body: []syntax.Stmt{&syntax.ExprStmt{Value: expr}}}
	c := &compiler{filename: filename, mod: mod}
	b := &builder{c: c, scopes: map[syntax.Node]*scope{}}
	top := newScope(scopeModule, "<module>", nil)
	b.scopes[mod] = top
	b.stmts(top, mod.Body)
	if b.err != nil {
		return nil, b.err
	}
	if err := top.analyze(nil, c); err != nil {
		return nil, err
	}
	c.scopes = b.scopes
	code, err := c.compileEval(expr, top)
	if err != nil {
		return nil, err
	}
	code.Warnings = c.warnings
	return code, nil
}

func (c *compiler) compileEval(expr syntax.Expr, s *scope) (code *Code, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			code, err = nil, b.err
		}
	}()
	c.u = c.newUnit(s, "<module>", "<module>", FlagModule, 1)
	c.u.pos = Position{Line: 1, EndLine: 1}
	c.setPos(expr)
	c.expr(expr)
	c.emit(RETURN_VALUE, 0)
	return c.finish(), nil
}

// CompileSingle compiles one statement as compile(source, filename, "single") does (the interactive
// prompt's mode): its module-level expression statements print the repr of a value that is not None
// (PRINT_EXPR). Source of more than one statement is CPython's SyntaxError.
func CompileSingle(mod *syntax.Module, filename string, text []string) (*Code, error) {
	if len(mod.Body) > 1 {
		p := mod.Body[0].Pos()
		e := &syntax.Error{Kind: "SyntaxError", Msg: "multiple statements found while compiling a single statement",
			Filename: filename, Line: p.Line, Col: p.Col + 1, EndLine: p.Line, EndCol: p.Col + 1}
		if p.Line-1 < len(text) {
			e.Text = text[p.Line-1]
		}
		return nil, e
	}
	c := &compiler{filename: filename, mod: mod, interactive: true}
	return c.compileAll(mod)
}
