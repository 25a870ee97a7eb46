package syntax

import "strconv"

// stmt writes a statement (or the module) and reports whether n was one.
func (d *dumper) stmt(n Node) bool {
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
	default:
		return false
	}
	return true
}
