package compile

import (
	"github.com/futurescope/futurescope/python/syntax"
)

// tryExcept compiles try/except/else:
//
//	SETUP_FINALLY handlers; body; POP_BLOCK; else; JUMP end
//	handlers: (exc on the stack, the handled exception set)
//	  DUP_TOP? type CHECK_EXC_MATCH POP_JUMP_IF_FALSE next; store or pop; body; POP_EXCEPT; JUMP end
//	  ... RERAISE
func (c *compiler) tryExcept(n *syntax.Try) {
	setup := c.emit(SETUP_FINALLY, 0)
	c.u.fblocks = append(c.u.fblocks, &fblock{kind: fbTryExcept})
	c.stmts(n.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.setPos(n)
	c.emit(POP_BLOCK, 0)
	c.stmts(n.Orelse)
	var ends []int
	c.setPos(n)
	ends = append(ends, c.emit(JUMP, 0))
	c.patch(setup, c.here())
	for i, h := range n.Handlers {
		c.setPos(h)
		next := -1
		if h.Type == nil {
			if i != len(n.Handlers)-1 {
				c.fail(h, "default 'except:' must be last")
			}
		} else {
			c.expr(h.Type)
			c.setPos(h)
			c.emit(CHECK_EXC_MATCH, 0)
			next = c.emit(POP_JUMP_IF_FALSE, 0)
		}
		if h.Name != "" {
			c.storeName(h.Name)
		} else {
			c.emit(POP_TOP, 0)
		}
		c.u.fblocks = append(c.u.fblocks, &fblock{kind: fbHandler, name: h.Name})
		c.stmts(h.Body)
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		c.setPos(h)
		c.emit(POP_EXCEPT, 0)
		if h.Name != "" {
			c.loadConst(nil)
			c.storeName(h.Name)
			c.nameOp(h.Name, syntax.Del)
		}
		ends = append(ends, c.emit(JUMP, 0))
		if next >= 0 {
			c.patch(next, c.here())
		}
	}
	c.setPos(n)
	c.emit(RERAISE, 0)
	for _, e := range ends {
		c.patch(e, c.here())
	}
}

// tryFinally compiles try/finally (with any except clauses nested inside):
//
//	SETUP_FINALLY fin; <try-except or body>; POP_BLOCK; finalbody; JUMP end
//	fin: finalbody; RERAISE
func (c *compiler) tryFinally(n *syntax.Try) {
	setup := c.emit(SETUP_FINALLY, 0)
	c.u.fblocks = append(c.u.fblocks, &fblock{kind: fbFinallyTry, finalbody: n.Finalbody})
	if len(n.Handlers) > 0 {
		inner := *n
		inner.Finalbody = nil
		c.tryExcept(&inner)
	} else {
		c.stmts(n.Body)
		c.stmts(n.Orelse)
	}
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.setPos(n)
	c.emit(POP_BLOCK, 0)
	c.stmts(n.Finalbody)
	c.setPos(n)
	end := c.emit(JUMP, 0)
	c.patch(setup, c.here())
	c.u.fblocks = append(c.u.fblocks, &fblock{kind: fbFinallyEnd})
	c.stmts(n.Finalbody)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.setPos(n)
	c.emit(RERAISE, 0)
	c.patch(end, c.here())
}

// with compiles the items from i on:
//
//	mgr BEFORE_WITH SETUP_FINALLY exc; store or pop; body; POP_BLOCK; WITH_EXIT; JUMP end
//	exc: WITH_EXCEPT; POP_JUMP_IF_TRUE suppress; RERAISE
//	suppress: POP_TOP; POP_EXCEPT; POP_TOP
func (c *compiler) with(n *syntax.With, i int) {
	item := n.Items[i]
	c.expr(item.ContextExpr)
	c.setPos(item)
	c.emit(BEFORE_WITH, 0)
	if item.OptionalVars != nil {
		c.store(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	c.setPos(item)
	setup := c.emit(SETUP_FINALLY, 0)
	c.u.fblocks = append(c.u.fblocks, &fblock{kind: fbWith})
	if i+1 < len(n.Items) {
		c.with(n, i+1)
	} else {
		c.stmts(n.Body)
	}
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.setPos(item)
	c.emit(POP_BLOCK, 0)
	c.emit(WITH_EXIT, 0)
	end := c.emit(JUMP, 0)
	c.patch(setup, c.here())
	c.emit(WITH_EXCEPT, 0)
	j := c.emit(POP_JUMP_IF_TRUE, 0)
	c.emit(RERAISE, 0)
	c.patch(j, c.here())
	c.emit(POP_TOP, 0)
	c.emit(POP_EXCEPT, 0)
	c.emit(POP_TOP, 0)
	c.patch(end, c.here())
}

func (c *compiler) qualname(name string) string {
	u := c.u
	if u.scope.kind == scopeModule {
		return name
	}
	if u.scope.kind == scopeClass {
		return u.code.QualName + "." + name
	}
	return u.code.QualName + ".<locals>." + name
}

// makeFunction emits MAKE_FUNCTION for code compiled in scope s, with the
// closure cells it needs from the current unit.
func (c *compiler) makeFunction(code *Code, flags int) {
	if len(code.FreeVars) > 0 {
		for _, name := range code.FreeVars {
			idx, ok := c.u.cells[name]
			if !ok {
				c.fail(&syntax.Pass{}, "internal error: no cell for free variable %s", name)
			}
			c.emit(LOAD_CLOSURE, idx)
		}
		c.emit(BUILD_TUPLE, len(code.FreeVars))
		flags |= 4
	}
	c.loadConst(code)
	c.loadConst(code.QualName)
	c.emit(MAKE_FUNCTION, flags)
}

// defaults pushes a defaults tuple and a kw-defaults dict; it returns MAKE_FUNCTION flags.
func (c *compiler) defaults(a *syntax.Arguments) int {
	flags := 0
	if len(a.Defaults) > 0 {
		for _, d := range a.Defaults {
			c.expr(d)
		}
		c.emit(BUILD_TUPLE, len(a.Defaults))
		flags |= 1
	}
	n := 0
	for i, d := range a.KwDefaults {
		if d != nil {
			c.loadConst(a.Kwonlyargs[i].Arg)
			c.expr(d)
			n++
		}
	}
	if n > 0 {
		c.emit(BUILD_MAP, n)
		flags |= 2
	}
	return flags
}

func (c *compiler) functionCode(s *scope, name string, a *syntax.Arguments, firstLine int, body func()) *Code {
	flags := 0
	if s.generator {
		flags |= FlagGenerator
	}
	if s.hasVarargs {
		flags |= FlagVarargs
	}
	if s.hasVarkw {
		flags |= FlagVarkw
	}
	qn := c.qualname(name)
	u := c.newUnit(s, name, qn, flags, firstLine)
	u.code.ArgCount = len(a.Posonlyargs) + len(a.Args)
	u.code.PosOnlyCount = len(a.Posonlyargs)
	u.code.KwOnlyCount = len(a.Kwonlyargs)
	saved := c.u
	c.u = u
	body()
	code := c.finish()
	c.u = saved
	return code
}

// annotations pushes a dict of a def's parameter and return annotations; it
// returns the MAKE_FUNCTION flag (8) or 0 when there are none.
func (c *compiler) annotations(a *syntax.Arguments, returns syntax.Expr) int {
	n := 0
	add := func(arg *syntax.Arg) {
		if arg != nil && arg.Annotation != nil {
			c.loadConst(c.mangle(arg.Arg))
			c.expr(arg.Annotation)
			n++
		}
	}
	for _, p := range a.Posonlyargs {
		add(p)
	}
	for _, p := range a.Args {
		add(p)
	}
	add(a.Vararg)
	for _, p := range a.Kwonlyargs {
		add(p)
	}
	add(a.Kwarg)
	if returns != nil {
		c.loadConst("return")
		c.expr(returns)
		n++
	}
	if n == 0 {
		return 0
	}
	c.emit(BUILD_MAP, n)
	return 8
}

func (c *compiler) functionDef(n *syntax.FunctionDef) {
	for _, d := range n.DecoratorList {
		c.expr(d)
	}
	c.setPos(n)
	flags := c.defaults(n.Args)
	flags |= c.annotations(n.Args, n.Returns)
	c.setPos(n)
	s := c.scopes[n]
	code := c.functionCode(s, n.Name, n.Args, n.Pos().Line, func() {
		if doc, ok := docstring(n.Body); ok {
			c.u.code.Doc = doc
		}
		c.stmts(n.Body)
		c.u.pos = Position{Line: int32(n.End().Line), EndLine: int32(n.End().Line)}
		if last := lastStmt(n.Body); last != nil {
			c.setPos(last)
		}
		c.loadConst(nil)
		c.emit(RETURN_VALUE, 0)
	})
	c.setPos(n)
	c.makeFunction(code, flags)
	c.applyDecorators(n.DecoratorList)
	c.setPos(n)
	c.storeName(n.Name)
}

// applyDecorators calls the decorators, innermost first, each at its own
// position (a traceback points at the @ line that failed).
func (c *compiler) applyDecorators(decos []syntax.Expr) {
	for i := len(decos) - 1; i >= 0; i-- {
		c.setPos(decos[i])
		c.emit(CALL, 1)
	}
}

func lastStmt(body []syntax.Stmt) syntax.Stmt {
	if len(body) == 0 {
		return nil
	}
	return body[len(body)-1]
}

func (c *compiler) classDef(n *syntax.ClassDef) {
	for _, d := range n.DecoratorList {
		c.expr(d)
	}
	c.setPos(n)
	c.emit(LOAD_BUILD_CLASS, 0)
	s := c.scopes[n]
	qn := c.qualname(n.Name)
	u := c.newUnit(s, n.Name, qn, FlagClassBody, n.Pos().Line)
	saved := c.u
	c.u = u
	c.setPos(n)
	c.nameOp("__name__", syntax.Load)
	c.storeName("__module__")
	c.loadConst(qn)
	c.storeName("__qualname__")
	if hasAnnotations(n.Body) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	body := n.Body
	if doc, ok := docstring(body); ok {
		c.setPos(body[0])
		c.loadConst(doc)
		c.storeName("__doc__")
		body = body[1:]
	}
	c.stmts(body)
	if s.needsClassCell {
		c.emit(LOAD_CLOSURE, u.cells["__class__"])
		c.emit(DUP_TOP, 0)
		c.storeName("__classcell__")
	} else {
		c.loadConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	code := c.finish()
	c.u = saved
	c.setPos(n)
	c.makeFunction(code, 0)
	c.loadConst(n.Name)
	c.call(2, n.Bases, n.Keywords)
	c.applyDecorators(n.DecoratorList)
	c.setPos(n)
	c.storeName(n.Name)
}
