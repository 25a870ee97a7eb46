package syntax

import (
	"fmt"
	"strconv"
	"strings"
)

// Dump formats a tree exactly as CPython 3.13's
// ast.dump(tree, include_attributes=True) does: fields that are None or
// empty lists are left out (but a Constant's value), positions follow the
// fields of the nodes that have them.
func Dump(n Node) string {
	var d dumper
	d.node(n)
	return d.b.String()
}

type dumper struct {
	b     strings.Builder
	first []bool // per open node: no field written yet
}

func (d *dumper) open(name string) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	d.first = append(d.first, true)
}

func (d *dumper) sep() {
	n := len(d.first) - 1
	if !d.first[n] {
		d.b.WriteString(", ")
	}
	d.first[n] = false
}

func (d *dumper) close(n Node, attrs bool) {
	if attrs {
		p, e := n.Pos(), n.End()
		d.sep()
		fmt.Fprintf(&d.b, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", p.Line, p.Col, e.Line, e.Col)
	}
	d.first = d.first[:len(d.first)-1]
	d.b.WriteByte(')')
}

// field writes name=value for a node or nil (left out).
func (d *dumper) field(name string, n Node) {
	if isNil(n) {
		return
	}
	d.sep()
	d.b.WriteString(name)
	d.b.WriteByte('=')
	d.node(n)
}

func isNil(n Node) bool {
	switch n := n.(type) {
	case nil:
		return true
	case Expr:
		return n == nil || isNilExpr(n)
	case *Arguments:
		return n == nil
	case *Arg:
		return n == nil
	}
	return false
}

func isNilExpr(e Expr) bool {
	switch e := e.(type) {
	case *JoinedStr:
		return e == nil
	}
	return false
}

func (d *dumper) raw(name, value string) {
	d.sep()
	d.b.WriteString(name)
	d.b.WriteByte('=')
	d.b.WriteString(value)
}

func (d *dumper) str(name, value string) {
	if value == "" {
		return
	}
	d.raw(name, pyRepr(value))
}

func (d *dumper) stmts(name string, list []Stmt) {
	if len(list) == 0 {
		return
	}
	d.sep()
	d.b.WriteString(name + "=[")
	for i, s := range list {
		if i > 0 {
			d.b.WriteString(", ")
		}
		d.node(s)
	}
	d.b.WriteByte(']')
}

// exprs writes a list of expressions; nil entries print as None.
func (d *dumper) exprs(name string, list []Expr) {
	if len(list) == 0 {
		return
	}
	d.sep()
	d.b.WriteString(name + "=[")
	for i, e := range list {
		if i > 0 {
			d.b.WriteString(", ")
		}
		if e == nil {
			d.b.WriteString("None")
		} else {
			d.node(e)
		}
	}
	d.b.WriteByte(']')
}

func nodes[T Node](list []T) []Node {
	out := make([]Node, len(list))
	for i, x := range list {
		out[i] = x
	}
	return out
}

func (d *dumper) list(name string, list []Node) {
	if len(list) == 0 {
		return
	}
	d.sep()
	d.b.WriteString(name + "=[")
	for i, n := range list {
		if i > 0 {
			d.b.WriteString(", ")
		}
		d.node(n)
	}
	d.b.WriteByte(']')
}

func (d *dumper) names(name string, list []string) {
	if len(list) == 0 {
		return
	}
	d.sep()
	d.b.WriteString(name + "=[")
	for i, s := range list {
		if i > 0 {
			d.b.WriteString(", ")
		}
		d.b.WriteString(pyRepr(s))
	}
	d.b.WriteByte(']')
}

func (d *dumper) ctx(c ExprContext) {
	d.raw("ctx", [...]string{"Load()", "Store()", "Del()"}[c])
}

// node writes one node.
func (d *dumper) node(n Node) {
	switch n := n.(type) {
	case *Module:
		d.open("Module")
		d.stmts("body", n.Body)
		d.close(n, false)
	case *FunctionDef:
		d.open("FunctionDef")
		d.raw("name", pyRepr(n.Name))
		d.field("args", n.Args)
		d.stmts("body", n.Body)
		d.exprs("decorator_list", n.DecoratorList)
		d.field("returns", n.Returns)
		d.close(n, true)
	case *ClassDef:
		d.open("ClassDef")
		d.raw("name", pyRepr(n.Name))
		d.exprs("bases", n.Bases)
		d.list("keywords", nodes(n.Keywords))
		d.stmts("body", n.Body)
		d.exprs("decorator_list", n.DecoratorList)
		d.close(n, true)
	case *Return:
		d.open("Return")
		d.field("value", n.Value)
		d.close(n, true)
	case *Delete:
		d.open("Delete")
		d.exprs("targets", n.Targets)
		d.close(n, true)
	case *Assign:
		d.open("Assign")
		d.exprs("targets", n.Targets)
		d.field("value", n.Value)
		d.close(n, true)
	case *AugAssign:
		d.open("AugAssign")
		d.field("target", n.Target)
		d.raw("op", opNames[n.Op]+"()")
		d.field("value", n.Value)
		d.close(n, true)
	case *AnnAssign:
		d.open("AnnAssign")
		d.field("target", n.Target)
		d.field("annotation", n.Annotation)
		d.field("value", n.Value)
		d.raw("simple", strconv.Itoa(n.Simple))
		d.close(n, true)
	case *For:
		d.open("For")
		d.field("target", n.Target)
		d.field("iter", n.Iter)
		d.stmts("body", n.Body)
		d.stmts("orelse", n.Orelse)
		d.close(n, true)
	case *While:
		d.open("While")
		d.field("test", n.Test)
		d.stmts("body", n.Body)
		d.stmts("orelse", n.Orelse)
		d.close(n, true)
	case *If:
		d.open("If")
		d.field("test", n.Test)
		d.stmts("body", n.Body)
		d.stmts("orelse", n.Orelse)
		d.close(n, true)
	case *With:
		d.open("With")
		d.list("items", nodes(n.Items))
		d.stmts("body", n.Body)
		d.close(n, true)
	case *Raise:
		d.open("Raise")
		d.field("exc", n.Exc)
		d.field("cause", n.Cause)
		d.close(n, true)
	case *Try:
		d.open("Try")
		d.stmts("body", n.Body)
		d.list("handlers", nodes(n.Handlers))
		d.stmts("orelse", n.Orelse)
		d.stmts("finalbody", n.Finalbody)
		d.close(n, true)
	case *Assert:
		d.open("Assert")
		d.field("test", n.Test)
		d.field("msg", n.Msg)
		d.close(n, true)
	case *Import:
		d.open("Import")
		d.list("names", nodes(n.Names))
		d.close(n, true)
	case *ImportFrom:
		d.open("ImportFrom")
		d.str("module", n.Module)
		d.list("names", nodes(n.Names))
		d.raw("level", strconv.Itoa(n.Level))
		d.close(n, true)
	case *Global:
		d.open("Global")
		d.names("names", n.Names)
		d.close(n, true)
	case *Nonlocal:
		d.open("Nonlocal")
		d.names("names", n.Names)
		d.close(n, true)
	case *ExprStmt:
		d.open("Expr")
		d.field("value", n.Value)
		d.close(n, true)
	case *Pass:
		d.open("Pass")
		d.close(n, true)
	case *Break:
		d.open("Break")
		d.close(n, true)
	case *Continue:
		d.open("Continue")
		d.close(n, true)
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
	case *Arguments:
		d.open("arguments")
		d.list("posonlyargs", nodes(n.Posonlyargs))
		d.list("args", nodes(n.Args))
		if n.Vararg != nil {
			d.field("vararg", n.Vararg)
		}
		d.list("kwonlyargs", nodes(n.Kwonlyargs))
		d.exprs("kw_defaults", n.KwDefaults)
		if n.Kwarg != nil {
			d.field("kwarg", n.Kwarg)
		}
		d.exprs("defaults", n.Defaults)
		d.close(n, false)
	case *Arg:
		d.open("arg")
		d.raw("arg", pyRepr(n.Arg))
		d.field("annotation", n.Annotation)
		d.close(n, true)
	case *Keyword:
		d.open("keyword")
		d.str("arg", n.Arg)
		d.field("value", n.Value)
		d.close(n, true)
	case *Alias:
		d.open("alias")
		d.raw("name", pyRepr(n.Name))
		d.str("asname", n.Asname)
		d.close(n, true)
	case *WithItem:
		d.open("withitem")
		d.field("context_expr", n.ContextExpr)
		d.field("optional_vars", n.OptionalVars)
		d.close(n, false)
	case *Comprehension:
		d.open("comprehension")
		d.field("target", n.Target)
		d.field("iter", n.Iter)
		d.exprs("ifs", n.Ifs)
		d.raw("is_async", strconv.Itoa(n.IsAsync))
		d.close(n, false)
	case *ExceptHandler:
		d.open("ExceptHandler")
		d.field("type", n.Type)
		d.str("name", n.Name)
		d.stmts("body", n.Body)
		d.close(n, true)
	default:
		fmt.Fprintf(&d.b, "<%T>", n)
	}
}

var opNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}

var cmpNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
