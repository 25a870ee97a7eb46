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
	if d.stmt(n) || d.expr(n) {
		return
	}
	switch n := n.(type) {
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
