package compile

import (
	"math/big"

	"github.com/futurescope/futurescope/python/syntax"
)

// Warning is a compile-time SyntaxWarning (CPython prints these to stderr
// before running the module): Line is where, Msg what.
type Warning struct {
	Line int
	Msg  string
}

func (c *compiler) warn(n syntax.Node, msg string) {
	c.warnings = append(c.warnings, Warning{Line: n.Pos().Line, Msg: msg})
}

// literalType names the type of a literal expression, or "" for any other expression.
func literalType(e syntax.Expr) string {
	switch n := e.(type) {
	case *syntax.Constant:
		switch n.Value.(type) {
		case nil:
			return "NoneType"
		case bool:
			return "bool"
		case *big.Int:
			return "int"
		case float64:
			return "float"
		case complex128:
			return "complex"
		case string:
			return "str"
		case syntax.Bytes:
			return "bytes"
		case syntax.Ellipsis:
			return "ellipsis"
		}
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr:
		return "str"
	}
	return ""
}

// checkIs warns about "is" with a literal, as CPython's compiler does.
func (c *compiler) checkIs(n *syntax.Compare) {
	left := n.Left
	for i, op := range n.Ops {
		right := n.Comparators[i]
		if op == syntax.Is || op == syntax.IsNot {
			lit := ""
			if isLiteralForIs(left) {
				lit = literalType(left)
			} else if isLiteralForIs(right) {
				lit = literalType(right)
			}
			if lit != "" {
				if op == syntax.Is {
					c.warn(n, "\"is\" with '"+lit+"' literal. Did you mean \"==\"?")
				} else {
					c.warn(n, "\"is not\" with '"+lit+"' literal. Did you mean \"!=\"?")
				}
			}
		}
		left = right
	}
}

func isLiteralForIs(e syntax.Expr) bool {
	switch n := e.(type) {
	case *syntax.Constant:
		switch n.Value.(type) {
		case nil, bool, syntax.Ellipsis:
			return false
		}
		return true
	case *syntax.Tuple, *syntax.List, *syntax.Dict, *syntax.Set, *syntax.ListComp, *syntax.DictComp, *syntax.SetComp,
		*syntax.JoinedStr:
		return true
	}
	return false
}

// checkCaller warns about calling a literal ("perhaps you missed a comma?").
func (c *compiler) checkCaller(n *syntax.Call) {
	switch n.Func.(type) {
	case *syntax.Constant, *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.Dict, *syntax.DictComp,
		*syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.JoinedStr:
		c.warn(n, "'"+literalType(n.Func)+"' object is not callable; perhaps you missed a comma?")
	}
}

// checkSubscript warns about subscripting a literal that cannot be, or
// indexing a literal sequence with a literal that is not an int.
func (c *compiler) checkSubscript(n *syntax.Subscript) {
	switch v := n.Value.(type) {
	case *syntax.Constant:
		switch v.Value.(type) {
		case nil, bool, *big.Int, float64, complex128, syntax.Ellipsis:
			c.warn(n, "'"+literalType(v)+"' object is not subscriptable; perhaps you missed a comma?")
			return
		}
	case *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda:
		c.warn(n, "'"+literalType(v)+"' object is not subscriptable; perhaps you missed a comma?")
		return
	}
	seq := ""
	switch v := n.Value.(type) {
	case *syntax.Constant:
		switch v.Value.(type) {
		case string, syntax.Bytes:
			seq = literalType(v)
		}
	case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.JoinedStr:
		seq = literalType(v)
	}
	if seq == "" {
		return
	}
	idx := ""
	switch k := n.Slice.(type) {
	case *syntax.Constant:
		switch k.Value.(type) {
		case *big.Int, bool:
		default:
			idx = literalType(k)
		}
	case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.Dict, *syntax.DictComp, *syntax.Set,
		*syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda, *syntax.JoinedStr:
		idx = literalType(k)
	}
	if idx != "" {
		if seq == "str" {
			seq = "string"
		}
		c.warn(n, seq+" indices must be integers or slices, not "+idx+"; perhaps you missed a comma?")
	}
}
