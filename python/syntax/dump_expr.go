package syntax

import (
	"strconv"
	"strings"
)

// expr writes an expression and reports whether n was one.
func (d *dumper) expr(n Node) bool {
	switch n := n.(type) {
	case *BoolOp:
		d.open("BoolOp")
		d.raw("op", [...]string{"And()", "Or()"}[n.Op])
		d.exprs("values", n.Values)
		d.close(n, true)
	case *NamedExpr:
		d.open("NamedExpr")
		d.field("target", n.Target)
		d.field("value", n.Value)
		d.close(n, true)
	case *BinOp:
		d.open("BinOp")
		d.field("left", n.Left)
		d.raw("op", opNames[n.Op]+"()")
		d.field("right", n.Right)
		d.close(n, true)
	case *UnaryOp:
		d.open("UnaryOp")
		d.raw("op", [...]string{"Invert()", "Not()", "UAdd()", "USub()"}[n.Op])
		d.field("operand", n.Operand)
		d.close(n, true)
	case *Lambda:
		d.open("Lambda")
		d.field("args", n.Args)
		d.field("body", n.Body)
		d.close(n, true)
	case *IfExp:
		d.open("IfExp")
		d.field("test", n.Test)
		d.field("body", n.Body)
		d.field("orelse", n.Orelse)
		d.close(n, true)
	case *Dict:
		d.open("Dict")
		d.exprs("keys", n.Keys)
		d.exprs("values", n.Values)
		d.close(n, true)
	case *Set:
		d.open("Set")
		d.exprs("elts", n.Elts)
		d.close(n, true)
	case *ListComp:
		d.open("ListComp")
		d.field("elt", n.Elt)
		d.list("generators", nodes(n.Generators))
		d.close(n, true)
	case *SetComp:
		d.open("SetComp")
		d.field("elt", n.Elt)
		d.list("generators", nodes(n.Generators))
		d.close(n, true)
	case *DictComp:
		d.open("DictComp")
		d.field("key", n.Key)
		d.field("value", n.Value)
		d.list("generators", nodes(n.Generators))
		d.close(n, true)
	case *GeneratorExp:
		d.open("GeneratorExp")
		d.field("elt", n.Elt)
		d.list("generators", nodes(n.Generators))
		d.close(n, true)
	case *Yield:
		d.open("Yield")
		d.field("value", n.Value)
		d.close(n, true)
	case *YieldFrom:
		d.open("YieldFrom")
		d.field("value", n.Value)
		d.close(n, true)
	case *Compare:
		d.open("Compare")
		d.field("left", n.Left)
		ops := make([]string, len(n.Ops))
		for i, o := range n.Ops {
			ops[i] = cmpNames[o] + "()"
		}
		d.raw("ops", "["+strings.Join(ops, ", ")+"]")
		d.exprs("comparators", n.Comparators)
		d.close(n, true)
	case *Call:
		d.open("Call")
		d.field("func", n.Func)
		d.exprs("args", n.Args)
		d.list("keywords", nodes(n.Keywords))
		d.close(n, true)
	case *FormattedValue:
		d.open("FormattedValue")
		d.field("value", n.Value)
		d.raw("conversion", strconv.Itoa(n.Conversion))
		if n.FormatSpec != nil {
			d.field("format_spec", n.FormatSpec)
		}
		d.close(n, true)
	case *JoinedStr:
		d.open("JoinedStr")
		d.exprs("values", n.Values)
		d.close(n, true)
	case *Constant:
		d.open("Constant")
		d.raw("value", constRepr(n.Value))
		d.str("kind", n.Kind)
		d.close(n, true)
	case *Attribute:
		d.open("Attribute")
		d.field("value", n.Value)
		d.raw("attr", pyRepr(n.Attr))
		d.ctx(n.Ctx)
		d.close(n, true)
	case *Subscript:
		d.open("Subscript")
		d.field("value", n.Value)
		d.field("slice", n.Slice)
		d.ctx(n.Ctx)
		d.close(n, true)
	case *Starred:
		d.open("Starred")
		d.field("value", n.Value)
		d.ctx(n.Ctx)
		d.close(n, true)
	case *Name:
		d.open("Name")
		d.raw("id", pyRepr(n.Id))
		d.ctx(n.Ctx)
		d.close(n, true)
	case *List:
		d.open("List")
		d.exprs("elts", n.Elts)
		d.ctx(n.Ctx)
		d.close(n, true)
	case *Tuple:
		d.open("Tuple")
		d.exprs("elts", n.Elts)
		d.ctx(n.Ctx)
		d.close(n, true)
	case *Slice:
		d.open("Slice")
		d.field("lower", n.Lower)
		d.field("upper", n.Upper)
		d.field("step", n.Step)
		d.close(n, true)
	default:
		return false
	}
	return true
}
