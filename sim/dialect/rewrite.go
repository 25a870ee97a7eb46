package script

import (
	"strings"

	"go.starlark.net/syntax"
)

// rewriter is the second step of the shims (see shims.go): it walks the
// syntax tree of the edited text, replaces each placeholder with the
// construct it stands for, and routes every '%' through __mod__ so strings
// format as in Python (percent.go). Statement lists may grow: one import
// placeholder becomes several assignments, a with placeholder becomes loops
// and checks (with.go).
type rewriter struct {
	filename string
	opts     *syntax.FileOptions
	sh       *shimmer
	imp      *importer // nil: no modules
	withs    int       // with statements seen, to name their variables
	err      *Error
}

// fail records the first error.
func (r *rewriter) fail(err *Error) {
	if r.err == nil {
		r.err = err
	}
}

// pos returns the position k in the script.
func (r *rewriter) pos(k posKey) syntax.Position {
	return syntax.MakePosition(&r.filename, int32(k.line), int32(k.col))
}

// take returns the patch of type T at position p, if any, and removes it:
// a patch applies once, even if the node it makes starts at the same
// position (the power "() ** 2" starts with the tuple "()").
func take[T any](r *rewriter, p syntax.Position) (T, bool) {
	k := posKey{int(p.Line), int(p.Col)}
	t, ok := r.sh.patches[k].(T)
	if ok {
		delete(r.sh.patches, k)
	}
	return t, ok
}

// unapplied reports a patch whose placeholder the walk did not meet: the
// construct would silently vanish otherwise.
func (r *rewriter) unapplied() {
	for k := range r.sh.patches {
		if r.err == nil || k.line < r.err.Line || k.line == r.err.Line && k.col < r.err.Col {
			r.err = &Error{File: r.filename, Line: k.line, Col: k.col, Msg: "this combination of Python syntax is not supported: simplify the expression"}
		}
	}
}

// parseFragment parses f as an expression at its original position, then
// rewrites it like the rest of the tree.
func (r *rewriter) parseFragment(f fragment) syntax.Expr {
	return r.expr(r.parseRaw(f))
}

// parseRaw parses f as an expression at its original position.
func (r *rewriter) parseRaw(f fragment) syntax.Expr {
	text := f.prefix + r.sh.ed.apply(f.off, f.end) + f.suffix
	// Leading blanks (from an edit) would read as indentation.
	trimmed := strings.TrimLeft(text, " \t")
	col := f.col + len(text) - len(trimmed)
	src := syntax.FilePortion{Content: []byte(trimmed), FirstLine: int32(f.line), FirstCol: int32(col)}
	e, err := r.opts.ParseExpr(r.filename, src, 0)
	if err != nil {
		r.fail(compileError(r.filename, err))
		return none(r.pos(posKey{f.line, f.col}))
	}
	return e
}

// stmts rewrites a statement list.
func (r *rewriter) stmts(list []syntax.Stmt) []syntax.Stmt {
	if len(list) == 0 {
		return list // keep nil: IfStmt.Span tells "no else" by a nil False
	}
	out := make([]syntax.Stmt, 0, len(list))
	for _, s := range list {
		out = append(out, r.stmt(s)...)
	}
	return out
}

// stmt rewrites one statement into one or more.
func (r *rewriter) stmt(s syntax.Stmt) []syntax.Stmt {
	switch s := s.(type) {
	case *syntax.BranchStmt:
		if p, ok := take[*importPatch](r, s.TokenPos); ok {
			return r.imports(p)
		}
		if p, ok := take[*assertPatch](r, s.TokenPos); ok {
			return []syntax.Stmt{r.assert(p)}
		}
		if p, ok := take[*raisePatch](r, s.TokenPos); ok {
			return []syntax.Stmt{r.raise(p)}
		}
	case *syntax.IfStmt:
		if p, ok := take[*withPatch](r, s.If); ok {
			return r.with(p, r.stmts(s.True))
		}
		s.Cond = r.expr(s.Cond)
		s.True, s.False = r.stmts(s.True), r.stmts(s.False)
	case *syntax.AssignStmt:
		s.LHS, s.RHS = r.expr(s.LHS), r.expr(s.RHS)
		switch {
		case s.Op == syntax.PERCENT_EQ:
			s.Op, s.RHS = syntax.EQ, modCall(s.OpPos, clone(s.LHS), s.RHS)
		case s.Op == syntax.SLASH_EQ && !isNonzeroNumber(s.RHS):
			s.Op, s.RHS = syntax.EQ, callNode(s.OpPos, divName, clone(s.LHS), s.RHS)
		case s.Op == syntax.SLASHSLASH_EQ && !isNonzeroNumber(s.RHS):
			s.Op, s.RHS = syntax.EQ, callNode(s.OpPos, floordivName, clone(s.LHS), s.RHS)
		}
		if _, ok := take[*powAssignPatch](r, s.OpPos); ok && s.Op == syntax.STAR_EQ {
			s.Op, s.RHS = syntax.EQ, callNode(s.OpPos, powName, clone(s.LHS), s.RHS)
		}
	case *syntax.DefStmt:
		r.exprs(s.Params)
		s.Body = r.stmts(s.Body)
	case *syntax.ExprStmt:
		s.X = r.expr(s.X)
	case *syntax.ForStmt:
		s.Vars, s.X = r.expr(s.Vars), iterLoop(r.expr(s.X))
		s.Body = r.stmts(s.Body)
	case *syntax.WhileStmt:
		s.Cond = r.expr(s.Cond)
		s.Body = r.stmts(s.Body)
	case *syntax.ReturnStmt:
		if s.Result != nil {
			s.Result = r.expr(s.Result)
		}
	}
	return []syntax.Stmt{s}
}

// exprs rewrites a list of expressions in place.
func (r *rewriter) exprs(list []syntax.Expr) {
	for i, e := range list {
		list[i] = r.expr(e)
	}
}

// expr rewrites an expression, children first.
func (r *rewriter) expr(e syntax.Expr) syntax.Expr {
	switch e := e.(type) {
	case nil:
		return nil
	case *syntax.BinaryExpr:
		e.X, e.Y = r.expr(e.X), r.expr(e.Y)
		if _, ok := take[*isPatch](r, e.OpPos); ok && (e.Op == syntax.EQL || e.Op == syntax.NEQ) {
			call := callNode(e.OpPos, isName, e.X, e.Y)
			if e.Op == syntax.NEQ {
				return &syntax.UnaryExpr{OpPos: e.OpPos, Op: syntax.NOT, X: call}
			}
			return call
		}
		switch {
		case e.Op == syntax.PERCENT && !isNumberLiteral(e.X):
			return modCall(e.OpPos, e.X, e.Y)
		case e.Op == syntax.SLASH && !isNonzeroNumber(e.Y):
			return callNode(e.OpPos, divName, e.X, e.Y)
		case e.Op == syntax.SLASHSLASH && !isNonzeroNumber(e.Y):
			return callNode(e.OpPos, floordivName, e.X, e.Y)
		}
	case *syntax.CallExpr:
		e.Fn = r.expr(e.Fn)
		r.exprs(e.Args)
		if p, ok := take[*genexpPatch](r, e.Lparen); ok {
			e.Args = []syntax.Expr{r.parseFragment(p.arg)}
		}
	case *syntax.Comprehension:
		e.Body = r.expr(e.Body)
		for _, c := range e.Clauses {
			switch c := c.(type) {
			case *syntax.ForClause:
				c.Vars, c.X = r.expr(c.Vars), iterLoop(r.expr(c.X))
			case *syntax.IfClause:
				c.Cond = r.expr(c.Cond)
			}
		}
		return r.setDisplay(e.Lbrack, e)
	case *syntax.ListExpr:
		r.exprs(e.List)
		return r.setDisplay(e.Lbrack, e)
	case *syntax.CondExpr:
		e.Cond, e.True, e.False = r.expr(e.Cond), r.expr(e.True), r.expr(e.False)
	case *syntax.DictEntry:
		e.Key, e.Value = r.expr(e.Key), r.expr(e.Value)
	case *syntax.DictExpr:
		r.exprs(e.List)
	case *syntax.DotExpr:
		e.X = r.expr(e.X)
		if e.Name.Name == "__name__" {
			return callNode(e.Dot, nameOfName, e.X)
		}
	case *syntax.IndexExpr:
		e.X, e.Y = r.expr(e.X), r.expr(e.Y)
	case *syntax.LambdaExpr:
		r.exprs(e.Params)
		e.Body = r.expr(e.Body)
	case *syntax.ParenExpr:
		e.X = r.expr(e.X)
	case *syntax.SliceExpr:
		e.X, e.Lo, e.Hi, e.Step = r.expr(e.X), r.expr(e.Lo), r.expr(e.Hi), r.expr(e.Step)
	case *syntax.TupleExpr:
		if p, ok := take[*powPatch](r, e.Lparen); ok && len(e.List) == 0 {
			return callNode(r.pos(p.op), powName, r.parseFragment(p.x), r.parseFragment(p.y))
		}
		r.exprs(e.List)
	case *syntax.UnaryExpr:
		e.X = r.expr(e.X)
	case *syntax.Literal:
		if p, ok := take[*concatPatch](r, e.TokenPos); ok {
			r.concat(e, p)
		}
	}
	return e
}

// setDisplay wraps a list that was a set display in Python in a call to
// set().
func (r *rewriter) setDisplay(at syntax.Position, list syntax.Expr) syntax.Expr {
	if _, ok := take[*setPatch](r, at); !ok {
		return list
	}
	return callNode(at, setName, list)
}

// concat gives the first of adjacent string literals the value of all.
func (r *rewriter) concat(lit *syntax.Literal, p *concatPatch) {
	var s string
	for _, f := range p.parts {
		part, ok := r.parseRaw(f).(*syntax.Literal)
		if !ok || part.Token != lit.Token {
			r.fail(errorAt(lit.TokenPos, "cannot mix bytes and nonbytes literals"))
			return
		}
		s += part.Value.(string)
	}
	lit.Value = s
}

// isNumberLiteral reports whether e is an int or float literal, whose '%'
// is arithmetic whatever the right operand.
func isNumberLiteral(e syntax.Expr) bool {
	lit, ok := e.(*syntax.Literal)
	return ok && (lit.Token == syntax.INT || lit.Token == syntax.FLOAT)
}

// isNonzeroNumber reports whether e is a nonzero int or float literal: x / e
// cannot divide by zero, so it needs no __truediv__ (percent.go).
func isNonzeroNumber(e syntax.Expr) bool {
	lit, ok := e.(*syntax.Literal)
	if !ok {
		return false
	}
	switch v := lit.Value.(type) {
	case int64:
		return v != 0
	case float64:
		return v != 0
	}
	return lit.Token == syntax.INT // a big int
}
