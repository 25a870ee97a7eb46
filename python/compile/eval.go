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
