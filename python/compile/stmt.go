package compile

import (
	"github.com/futurescope/futurescope/python/syntax"
)

func (c *compiler) stmt(st syntax.Stmt) {
	c.setPos(st)
	switch n := st.(type) {
	case *syntax.ExprStmt:
		c.expr(n.Value)
		c.setPos(st)
		if c.interactive && c.u.scope.kind == scopeModule {
			c.emit(PRINT_EXPR, 0)
			break
		}
		c.emit(POP_TOP, 0)
	case *syntax.Assign:
		if c.swapAssign(n) {
			return
		}
		c.expr(n.Value)
		for i, t := range n.Targets {
			if i < len(n.Targets)-1 {
				c.emit(DUP_TOP, 0)
			}
			c.store(t)
		}
	case *syntax.AugAssign:
		c.augAssign(n)
	case *syntax.AnnAssign:
		if n.Value != nil {
			c.expr(n.Value)
			c.store(n.Target)
		}
		if nm, ok := n.Target.(*syntax.Name); ok && n.Simple == 1 && (c.u.scope.kind == scopeModule || c.u.scope.kind == scopeClass) {
			c.expr(n.Annotation)
			c.setPos(n)
			c.loadName("__annotations__")
			c.loadConst(c.mangle(nm.Id))
			c.emit(STORE_SUBSCR, 0)
		}
	case *syntax.Pass:
	case *syntax.If:
		c.expr(n.Test)
		jf := c.emit(POP_JUMP_IF_FALSE, 0)
		c.stmts(n.Body)
		if len(n.Orelse) > 0 {
			c.setPos(st)
			je := c.emit(JUMP, 0)
			c.patch(jf, c.here())
			c.stmts(n.Orelse)
			c.patch(je, c.here())
		} else {
			c.patch(jf, c.here())
		}
	case *syntax.While:
		c.whileStmt(n)
	case *syntax.For:
		c.forStmt(n)
	case *syntax.Break:
		c.breakStmt(n)
	case *syntax.Continue:
		c.continueStmt(n)
	case *syntax.Return:
		c.returnStmt(n)
	case *syntax.FunctionDef:
		c.functionDef(n)
	case *syntax.ClassDef:
		c.classDef(n)
	case *syntax.Delete:
		for _, t := range n.Targets {
			c.del(t)
		}
	case *syntax.Raise:
		k := 0
		if n.Exc != nil {
			c.expr(n.Exc)
			k++
			if n.Cause != nil {
				c.expr(n.Cause)
				k++
			}
		}
		c.setPos(st)
		c.emit(RAISE_VARARGS, k)
	case *syntax.Assert:
		c.expr(n.Test)
		j := c.emit(POP_JUMP_IF_TRUE, 0)
		c.setPos(n.Test)
		c.emit(LOAD_ASSERTION_ERROR, 0)
		if n.Msg != nil {
			c.expr(n.Msg)
			c.setPos(n.Test)
			c.emit(CALL, 1)
		}
		c.emit(RAISE_VARARGS, 1)
		c.patch(j, c.here())
	case *syntax.Try:
		if len(n.Finalbody) > 0 {
			c.tryFinally(n)
		} else {
			c.tryExcept(n)
		}
	case *syntax.With:
		c.with(n, 0)
	case *syntax.Import:
		for _, a := range n.Names {
			c.setPos(a)
			c.loadConst(0 * 1)
			c.loadConst(nil)
			c.emit(IMPORT_NAME, c.nameIndex(a.Name))
			if a.Asname != "" {
				parts := splitDots(a.Name)
				for _, p := range parts[1:] {
					c.emit(IMPORT_FROM, c.nameIndex(p))
					c.emit(ROT_TWO, 0)
					c.emit(POP_TOP, 0)
				}
				c.storeName(a.Asname)
			} else {
				c.storeName(splitDots(a.Name)[0])
			}
		}
	case *syntax.ImportFrom:
		names := make(Tuple, len(n.Names))
		for i, a := range n.Names {
			names[i] = a.Name
		}
		c.loadConst(n.Level)
		c.loadConst(names)
		c.emit(IMPORT_NAME, c.nameIndex(n.Module))
		for _, a := range n.Names {
			c.setPos(a)
			if a.Name == "*" {
				c.emit(IMPORT_STAR, 0)
				return
			}
			c.emit(IMPORT_FROM, c.nameIndex(a.Name))
			if a.Asname != "" {
				c.storeName(a.Asname)
			} else {
				c.storeName(a.Name)
			}
		}
		c.emit(POP_TOP, 0)
	case *syntax.Global, *syntax.Nonlocal:
	default:
		c.fail(st, "unsupported statement")
	}
}

func splitDots(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func (c *compiler) stmts(body []syntax.Stmt) {
	for _, st := range body {
		c.stmt(st)
	}
}

func (c *compiler) augAssign(n *syntax.AugAssign) {
	switch t := n.Target.(type) {
	case *syntax.Name:
		c.setPos(t)
		c.loadName(t.Id)
		c.expr(n.Value)
		c.setPos(n)
		c.emit(BINARY_OP, int(n.Op)+16)
		c.setPos(t)
		c.storeName(t.Id)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emit(DUP_TOP, 0)
		c.setPos(t)
		c.emit(LOAD_ATTR, c.nameIndex(c.mangle(t.Attr)))
		c.expr(n.Value)
		c.setPos(n)
		c.emit(BINARY_OP, int(n.Op)+16)
		c.emit(ROT_TWO, 0)
		c.setPos(t)
		c.emit(STORE_ATTR, c.nameIndex(c.mangle(t.Attr)))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(DUP_TOP_TWO, 0)
		c.setPos(t)
		c.emit(BINARY_SUBSCR, 0)
		c.expr(n.Value)
		c.setPos(n)
		c.emit(BINARY_OP, int(n.Op)+16)
		c.emit(ROT_THREE, 0)
		c.setPos(t)
		c.emit(STORE_SUBSCR, 0)
	default:
		c.fail(n.Target, "'%s' is an illegal expression for augmented assignment", exprName(n.Target))
	}
}

// store compiles an assignment of the value on top of the stack to target.
func (c *compiler) store(t syntax.Expr) {
	switch n := t.(type) {
	case *syntax.Name:
		c.setPos(n)
		c.storeName(n.Id)
	case *syntax.Attribute:
		c.expr(n.Value)
		c.setPos(n)
		c.emit(STORE_ATTR, c.nameIndex(c.mangle(n.Attr)))
	case *syntax.Subscript:
		c.expr(n.Value)
		c.expr(n.Slice)
		c.setPos(n)
		c.emit(STORE_SUBSCR, 0)
	case *syntax.Tuple:
		c.unpack(n, n.Elts)
	case *syntax.List:
		c.unpack(n, n.Elts)
	case *syntax.Starred:
		c.fail(n, "starred assignment target must be in a list or tuple")
	default:
		c.fail(t, "cannot assign to %s", exprName(t))
	}
}

func (c *compiler) unpack(n syntax.Node, elts []syntax.Expr) {
	c.setPos(n)
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.fail(n, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, len(elts))
	} else {
		c.emit(UNPACK_EX, star|(len(elts)-star-1)<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.store(s.Value)
		} else {
			c.store(e)
		}
	}
}

func (c *compiler) del(t syntax.Expr) {
	c.setPos(t)
	switch n := t.(type) {
	case *syntax.Name:
		c.nameOp(n.Id, syntax.Del)
	case *syntax.Attribute:
		c.expr(n.Value)
		c.setPos(n)
		c.emit(DELETE_ATTR, c.nameIndex(c.mangle(n.Attr)))
	case *syntax.Subscript:
		c.expr(n.Value)
		c.expr(n.Slice)
		c.setPos(n)
		c.emit(DELETE_SUBSCR, 0)
	case *syntax.Tuple:
		for _, e := range n.Elts {
			c.del(e)
		}
	case *syntax.List:
		for _, e := range n.Elts {
			c.del(e)
		}
	default:
		c.fail(t, "cannot delete %s", exprName(t))
	}
}

func (c *compiler) whileStmt(n *syntax.While) {
	// The test is compiled twice, before the loop and at its bottom, so an
	// iteration costs one conditional jump and no unconditional one.
	fb := &fblock{kind: fbWhile}
	c.expr(n.Test)
	jf := c.emit(POP_JUMP_IF_FALSE, 0)
	top := c.here()
	var conts []int
	fb.contFix = &conts
	c.u.fblocks = append(c.u.fblocks, fb)
	c.stmts(n.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	cont := c.here()
	for _, j := range conts {
		c.patch(j, cont)
	}
	c.expr(n.Test)
	c.setPos(n.Test)
	c.emit(POP_JUMP_IF_TRUE, top)
	c.patch(jf, c.here())
	c.stmts(n.Orelse)
	for _, b := range fb.breaks {
		c.patch(b, c.here())
	}
}

func (c *compiler) forStmt(n *syntax.For) {
	c.expr(n.Iter)
	c.setPos(n.Iter)
	c.emit(GET_ITER, 0)
	top := c.here()
	c.setPos(n.Iter)
	fi := c.emit(FOR_ITER, 0)
	fb := &fblock{kind: fbFor, cont: top}
	switch n.Iter.(type) {
	case *syntax.Call, *syntax.GeneratorExp:
		fb.temp = true
	}
	c.store(n.Target)
	c.u.fblocks = append(c.u.fblocks, fb)
	c.stmts(n.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.setPos(n)
	c.emit(JUMP, top)
	c.patch(fi, c.here())
	c.stmts(n.Orelse)
	for _, b := range fb.breaks {
		c.patch(b, c.here())
	}
}

// unwind emits the exits of fblocks above depth (the innermost first);
// preserveTop keeps a return value on top of the stack.
func (c *compiler) unwind(depth int, preserveTop bool) {
	saved := c.u.fblocks
	for i := len(saved) - 1; i >= depth; i-- {
		fb := saved[i]
		switch fb.kind {
		case fbFor:
			if preserveTop {
				c.emit(ROT_TWO, 0)
			}
			c.popIter(fb)
		case fbTryExcept:
			c.emit(POP_BLOCK, 0)
		case fbFinallyTry:
			c.emit(POP_BLOCK, 0)
			c.u.fblocks = saved[:i]
			pos := c.u.pos
			c.stmts(fb.finalbody)
			c.u.pos = pos
			c.u.fblocks = saved
		case fbFinallyEnd:
			if preserveTop {
				c.emit(ROT_TWO, 0)
			}
			c.emit(POP_TOP, 0)
			c.emit(POP_EXCEPT, 0)
		case fbHandler:
			c.emit(POP_EXCEPT, 0)
			if fb.name != "" {
				c.loadConst(nil)
				c.storeName(fb.name)
				c.nameOp(fb.name, syntax.Del)
			}
		case fbWith:
			c.emit(POP_BLOCK, 0)
			if preserveTop {
				c.emit(ROT_TWO, 0)
			}
			c.emit(WITH_EXIT, 0)
		}
	}
}

func (c *compiler) loopIndex() int {
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		if k := c.u.fblocks[i].kind; k == fbWhile || k == fbFor {
			return i
		}
	}
	return -1
}

func (c *compiler) breakStmt(n *syntax.Break) {
	i := c.loopIndex()
	if i < 0 {
		c.fail(n, "'break' outside loop")
	}
	c.unwind(i+1, false)
	fb := c.u.fblocks[i]
	if fb.kind == fbFor {
		c.popIter(fb)
	}
	fb.breaks = append(fb.breaks, c.emit(JUMP, 0))
}

func (c *compiler) continueStmt(n *syntax.Continue) {
	i := c.loopIndex()
	if i < 0 {
		c.fail(n, "'continue' not properly in loop")
	}
	c.unwind(i+1, false)
	fb := c.u.fblocks[i]
	if fb.contFix != nil {
		*fb.contFix = append(*fb.contFix, c.emit(JUMP, 0))
		return
	}
	c.emit(JUMP, fb.cont)
}

func (c *compiler) returnStmt(n *syntax.Return) {
	if !c.u.scope.isFunctionLike() {
		c.fail(n, "'return' outside function")
	}
	if n.Value != nil {
		c.expr(n.Value)
	} else {
		c.loadConst(nil)
	}
	c.setPos(n)
	c.unwind(0, true)
	c.setPos(n)
	c.emit(RETURN_VALUE, 0)
}

func exprName(e syntax.Expr) string {
	switch n := e.(type) {
	case *syntax.Call:
		return "function call"
	case *syntax.Constant:
		switch n.Value.(type) {
		case nil, bool, syntax.Ellipsis:
			if n.Value == nil {
				return "None"
			}
			if b, ok := n.Value.(bool); ok {
				if b {
					return "True"
				}
				return "False"
			}
			return "ellipsis"
		}
		return "literal"
	case *syntax.BinOp, *syntax.UnaryOp:
		return "expression"
	case *syntax.BoolOp:
		return "expression"
	case *syntax.Compare:
		return "comparison"
	case *syntax.Lambda:
		return "lambda"
	case *syntax.IfExp:
		return "conditional expression"
	case *syntax.NamedExpr:
		return "named expression"
	case *syntax.Dict:
		return "dict literal"
	case *syntax.Set:
		return "set display"
	case *syntax.ListComp:
		return "list comprehension"
	case *syntax.SetComp:
		return "set comprehension"
	case *syntax.DictComp:
		return "dict comprehension"
	case *syntax.GeneratorExp:
		return "generator expression"
	case *syntax.Yield, *syntax.YieldFrom:
		return "yield expression"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "f-string expression"
	case *syntax.Attribute:
		return "attribute"
	case *syntax.Subscript:
		return "subscript"
	case *syntax.Starred:
		return "starred"
	case *syntax.Name:
		return "name"
	case *syntax.List:
		return "list"
	case *syntax.Tuple:
		return "tuple"
	}
	return "expression"
}

// swapAssign compiles a, b = x, y (and three names) without building a
// tuple, as CPython does; it reports whether it applied.
func (c *compiler) swapAssign(n *syntax.Assign) bool {
	if len(n.Targets) != 1 {
		return false
	}
	tt, ok := n.Targets[0].(*syntax.Tuple)
	vt, ok2 := n.Value.(*syntax.Tuple)
	if !ok || !ok2 || len(tt.Elts) != len(vt.Elts) || len(tt.Elts) < 2 || len(tt.Elts) > 3 || hasStar(tt.Elts) || hasStar(vt.Elts) {
		return false
	}
	for _, e := range vt.Elts {
		c.expr(e)
	}
	c.setPos(n)
	if len(tt.Elts) == 2 {
		c.emit(ROT_TWO, 0)
	} else {
		c.emit(ROT_THREE, 0)
		c.emit(ROT_TWO, 0)
	}
	for _, t := range tt.Elts {
		c.store(t)
	}
	return true
}

// popIter drops a for loop's iterator when leaving the loop early.
func (c *compiler) popIter(fb *fblock) {
	if fb.temp {
		c.emit(CLOSE_ITER, 0)
	} else {
		c.emit(POP_TOP, 0)
	}
}
