package compile

import (
	"math/big"

	"github.com/futurescope/futurescope/python/syntax"
)

func (c *compiler) expr(e syntax.Expr) {
	switch n := e.(type) {
	case *syntax.Constant:
		c.setPos(n)
		c.loadConst(n.Value)
	case *syntax.Name:
		c.setPos(n)
		c.loadName(n.Id)
	case *syntax.BinOp:
		c.expr(n.Left)
		c.expr(n.Right)
		c.setPos(n)
		c.emit(BINARY_OP, int(n.Op))
	case *syntax.UnaryOp:
		if k, ok := n.Operand.(*syntax.Constant); ok && n.Op == syntax.USub {
			switch v := k.Value.(type) {
			case *big.Int:
				c.setPos(n)
				c.loadConst(new(big.Int).Neg(v))
				return
			case float64:
				c.setPos(n)
				c.loadConst(-v)
				return
			}
		}
		c.expr(n.Operand)
		c.setPos(n)
		c.emit([...]Op{UNARY_INVERT, UNARY_NOT, UNARY_POSITIVE, UNARY_NEGATIVE}[n.Op], 0)
	case *syntax.BoolOp:
		op := JUMP_IF_FALSE_OR_POP
		if n.Op == syntax.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		var jumps []int
		for i, v := range n.Values {
			c.expr(v)
			if i < len(n.Values)-1 {
				c.setPos(n)
				jumps = append(jumps, c.emit(op, 0))
			}
		}
		for _, j := range jumps {
			c.patch(j, c.here())
		}
	case *syntax.Compare:
		c.compare(n)
	case *syntax.IfExp:
		c.expr(n.Test)
		jf := c.emit(POP_JUMP_IF_FALSE, 0)
		c.expr(n.Body)
		je := c.emit(JUMP, 0)
		c.patch(jf, c.here())
		c.expr(n.Orelse)
		c.patch(je, c.here())
	case *syntax.Call:
		c.callExpr(n)
	case *syntax.Attribute:
		c.expr(n.Value)
		c.setPos(n)
		c.emit(LOAD_ATTR, c.nameIndex(c.mangle(n.Attr)))
	case *syntax.Subscript:
		c.checkSubscript(n)
		c.expr(n.Value)
		c.expr(n.Slice)
		c.setPos(n)
		c.emit(BINARY_SUBSCR, 0)
	case *syntax.Slice:
		k := 2
		for i, x := range []syntax.Expr{n.Lower, n.Upper, n.Step} {
			if x != nil {
				c.expr(x)
			} else if i < 2 {
				c.loadConst(nil)
			}
		}
		if n.Step != nil {
			k = 3
		}
		c.setPos(n)
		c.emit(BUILD_SLICE, k)
	case *syntax.Tuple:
		if k, ok := constTuple(n.Elts); ok {
			c.setPos(n)
			c.loadConst(k)
			return
		}
		c.sequence(n, n.Elts, BUILD_TUPLE)
	case *syntax.List:
		c.sequence(n, n.Elts, BUILD_LIST)
	case *syntax.Set:
		if k, ok := constTuple(n.Elts); ok && len(n.Elts) > 2 {
			c.setPos(n)
			c.emit(BUILD_SET, 0)
			c.u.code.Consts = append(c.u.code.Consts, FrozenSet(k))
			c.emit(LOAD_CONST, len(c.u.code.Consts)-1)
			c.emit(SET_UPDATE, 1)
			return
		}
		c.sequence(n, n.Elts, BUILD_SET)
	case *syntax.Dict:
		c.dict(n)
	case *syntax.ListComp:
		c.comprehension(n, "<listcomp>", n.Generators, BUILD_LIST, n.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(n, "<setcomp>", n.Generators, BUILD_SET, n.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(n, "<dictcomp>", n.Generators, BUILD_MAP, n.Key, n.Value)
	case *syntax.GeneratorExp:
		c.comprehension(n, "<genexpr>", n.Generators, NOP, n.Elt, nil)
	case *syntax.Lambda:
		c.setPos(n)
		flags := c.defaults(n.Args)
		s := c.scopes[n]
		code := c.functionCode(s, "<lambda>", n.Args, n.Pos().Line, func() {
			c.expr(n.Body)
			c.setPos(n.Body)
			c.emit(RETURN_VALUE, 0)
		})
		c.setPos(n)
		c.makeFunction(code, flags)
	case *syntax.Yield:
		if n.Value != nil {
			c.expr(n.Value)
		} else {
			c.loadConst(nil)
		}
		c.setPos(n)
		c.emit(YIELD_VALUE, 0)
	case *syntax.YieldFrom:
		c.expr(n.Value)
		c.setPos(n)
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
	case *syntax.NamedExpr:
		c.expr(n.Value)
		c.emit(DUP_TOP, 0)
		c.store(n.Target)
	case *syntax.JoinedStr:
		for _, v := range n.Values {
			c.expr(v)
		}
		c.setPos(n)
		if len(n.Values) != 1 {
			c.emit(BUILD_STRING, len(n.Values))
		} else if _, ok := n.Values[0].(*syntax.Constant); !ok {
			c.emit(BUILD_STRING, 1)
		}
	case *syntax.FormattedValue:
		c.expr(n.Value)
		flags := 0
		switch n.Conversion {
		case 's':
			flags = 1
		case 'r':
			flags = 2
		case 'a':
			flags = 3
		}
		if n.FormatSpec != nil {
			c.expr(n.FormatSpec)
			flags |= 4
		}
		c.setPos(n)
		c.emit(FORMAT_VALUE, flags)
	case *syntax.Starred:
		c.fail(n, "can't use starred expression here")
	default:
		c.fail(e, "unsupported expression")
	}
}

func constTuple(elts []syntax.Expr) (Tuple, bool) {
	if len(elts) == 0 {
		return Tuple{}, true
	}
	out := make(Tuple, len(elts))
	for i, e := range elts {
		k, ok := e.(*syntax.Constant)
		if !ok {
			return nil, false
		}
		out[i] = k.Value
	}
	return out, true
}

func hasStar(elts []syntax.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

func (c *compiler) sequence(n syntax.Expr, elts []syntax.Expr, build Op) {
	if !hasStar(elts) {
		for _, e := range elts {
			c.expr(e)
		}
		c.setPos(n)
		c.emit(build, len(elts))
		return
	}
	add, ext := LIST_APPEND, LIST_EXTEND
	c.setPos(n)
	if build == BUILD_SET {
		c.emit(BUILD_SET, 0)
		add, ext = SET_ADD, SET_UPDATE
	} else {
		c.emit(BUILD_LIST, 0)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.expr(s.Value)
			c.setPos(s)
			c.emit(ext, 1)
		} else {
			c.expr(e)
			c.emit(add, 1)
		}
	}
	if build == BUILD_TUPLE {
		c.setPos(n)
		c.emit(LIST_TO_TUPLE, 0)
	}
}

func (c *compiler) dict(n *syntax.Dict) {
	star := false
	for _, k := range n.Keys {
		if k == nil {
			star = true
		}
	}
	if !star {
		for i, k := range n.Keys {
			c.expr(k)
			c.expr(n.Values[i])
		}
		c.setPos(n)
		c.emit(BUILD_MAP, len(n.Keys))
		return
	}
	c.setPos(n)
	c.emit(BUILD_MAP, 0)
	for i, k := range n.Keys {
		if k == nil {
			c.expr(n.Values[i])
			c.setPos(n.Values[i])
			c.emit(DICT_UPDATE, 1)
		} else {
			c.expr(k)
			c.expr(n.Values[i])
			c.emit(MAP_ADD, 1)
		}
	}
}

func (c *compiler) compare(n *syntax.Compare) {
	c.checkIs(n)
	c.expr(n.Left)
	if len(n.Ops) == 1 {
		c.expr(n.Comparators[0])
		c.setPos(n)
		c.cmpOp(n.Ops[0])
		return
	}
	var cleanup []int
	for i, op := range n.Ops {
		c.expr(n.Comparators[i])
		c.setPos(n)
		if i < len(n.Ops)-1 {
			c.emit(DUP_TOP, 0)
			c.emit(ROT_THREE, 0)
			c.cmpOp(op)
			cleanup = append(cleanup, c.emit(JUMP_IF_FALSE_OR_POP, 0))
		} else {
			c.cmpOp(op)
		}
	}
	end := c.emit(JUMP, 0)
	for _, j := range cleanup {
		c.patch(j, c.here())
	}
	c.emit(ROT_TWO, 0)
	c.emit(POP_TOP, 0)
	c.patch(end, c.here())
}

func (c *compiler) cmpOp(op syntax.CmpOperator) {
	switch op {
	case syntax.Is:
		c.emit(IS_OP, 0)
	case syntax.IsNot:
		c.emit(IS_OP, 1)
	case syntax.In:
		c.emit(CONTAINS_OP, 0)
	case syntax.NotIn:
		c.emit(CONTAINS_OP, 1)
	default:
		c.emit(COMPARE_OP, int(op))
	}
}

func (c *compiler) callExpr(n *syntax.Call) {
	c.checkCaller(n)
	simple := !hasStar(n.Args)
	for _, k := range n.Keywords {
		if k.Arg == "" {
			simple = false
		}
	}
	if a, ok := n.Func.(*syntax.Attribute); ok && simple {
		c.expr(a.Value)
		c.setPos(a)
		c.emit(LOAD_METHOD, c.nameIndex(c.mangle(a.Attr)))
		for _, x := range n.Args {
			c.expr(x)
		}
		for _, k := range n.Keywords {
			c.expr(k.Value)
		}
		c.setPos(n)
		if len(n.Keywords) > 0 {
			c.loadConst(kwnames(n.Keywords))
			c.emit(CALL_METHOD_KW, len(n.Args)+len(n.Keywords))
		} else {
			c.emit(CALL_METHOD, len(n.Args))
		}
		return
	}
	c.expr(n.Func)
	c.setPos(n)
	c.call(0, n.Args, n.Keywords)
}

func kwnames(kws []*syntax.Keyword) Tuple {
	t := make(Tuple, len(kws))
	for i, k := range kws {
		t[i] = k.Arg
	}
	return t
}

// call emits a call of the callable below prefix already-pushed positional arguments.
func (c *compiler) call(prefix int, args []syntax.Expr, kws []*syntax.Keyword) {
	pos := c.u.pos
	simple := !hasStar(args)
	for _, k := range kws {
		if k.Arg == "" {
			simple = false
		}
	}
	if simple {
		for _, x := range args {
			c.expr(x)
		}
		for _, k := range kws {
			c.expr(k.Value)
		}
		c.u.pos = pos
		if len(kws) > 0 {
			c.loadConst(kwnames(kws))
			c.emit(CALL_KW, prefix+len(args)+len(kws))
		} else {
			c.emit(CALL, prefix+len(args))
		}
		return
	}
	c.emit(BUILD_LIST, prefix)
	for _, x := range args {
		if s, ok := x.(*syntax.Starred); ok {
			c.expr(s.Value)
			c.u.pos = pos
			c.emit(LIST_EXTEND, 1|0x100)
		} else {
			c.expr(x)
			c.emit(LIST_APPEND, 1)
		}
	}
	c.u.pos = pos
	c.emit(LIST_TO_TUPLE, 0)
	flag := 0
	if len(kws) > 0 {
		flag = 1
		c.emit(BUILD_MAP, 0)
		for _, k := range kws {
			if k.Arg == "" {
				c.expr(k.Value)
			} else {
				c.loadConst(k.Arg)
				c.expr(k.Value)
				c.emit(BUILD_MAP, 1)
			}
			c.u.pos = pos
			c.emit(DICT_MERGE, 1)
		}
	}
	c.u.pos = pos
	c.emit(CALL_EX, flag)
}

// comprehension compiles a comprehension as a nested function called with
// the first iterator. build is the result's BUILD_ op (NOP: a generator).
func (c *compiler) comprehension(n syntax.Expr, name string, gens []*syntax.Comprehension, build Op, elt, val syntax.Expr) {
	s := c.scopes[n]
	c.expr(gens[0].Iter)
	c.setPos(gens[0].Iter)
	c.emit(GET_ITER, 0)
	flags := FlagInlined
	if build == NOP {
		flags = FlagGenerator
	}
	u := c.newUnit(s, name, c.qualname(name), flags, n.Pos().Line)
	u.code.ArgCount = 1
	saved := c.u
	c.u = u
	c.setPos(n)
	if build != NOP {
		c.emit(build, 0)
	}
	c.compGen(n, gens, 0, build, elt, val)
	c.setPos(n)
	if build == NOP {
		c.loadConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	code := c.finish()
	c.u = saved
	c.setPos(n)
	c.makeFunction(code, 0)
	c.emit(ROT_TWO, 0)
	c.emit(CALL, 1)
}

func (c *compiler) compGen(n syntax.Expr, gens []*syntax.Comprehension, i int, build Op, elt, val syntax.Expr) {
	g := gens[i]
	if i == 0 {
		c.setPos(g.Iter)
		c.emit(LOAD_FAST, 0)
	} else {
		c.expr(g.Iter)
		c.setPos(g.Iter)
		c.emit(GET_ITER, 0)
	}
	top := c.here()
	c.setPos(n)
	fi := c.emit(FOR_ITER, 0)
	c.store(g.Target)
	var skips []int
	for _, cond := range g.Ifs {
		c.expr(cond)
		skips = append(skips, c.emit(POP_JUMP_IF_FALSE, top))
	}
	if i+1 < len(gens) {
		c.compGen(n, gens, i+1, build, elt, val)
	} else {
		depth := len(gens) + 1
		switch build {
		case BUILD_LIST:
			c.expr(elt)
			c.setPos(n)
			c.emit(LIST_APPEND, depth)
		case BUILD_SET:
			c.expr(elt)
			c.setPos(n)
			c.emit(SET_ADD, depth)
		case BUILD_MAP:
			c.expr(elt)
			c.expr(val)
			c.setPos(n)
			c.emit(MAP_ADD, depth)
		default:
			c.expr(elt)
			c.setPos(n)
			c.emit(YIELD_VALUE, 0)
			c.emit(POP_TOP, 0)
		}
	}
	c.setPos(n)
	c.emit(JUMP, top)
	c.patch(fi, c.here())
	_ = skips
}
