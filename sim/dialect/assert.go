package script

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/futurescope/futurescope/sim"
)

// assert returns the statement that replaces "assert cond[, msg]":
//
//	if not (cond): __assert__(msg)
//
// As in Python, msg is evaluated only when the assertion fails. The error
// is reported at the assert statement.
func (r *rewriter) assert(p *assertPatch) syntax.Stmt {
	pos := r.pos(p.pos)
	cond := r.parseFragment(p.cond)
	fail := callNode(pos, assertName)
	if p.msg != nil {
		fail.Args = []syntax.Expr{r.parseFragment(*p.msg)}
	}
	not := &syntax.UnaryExpr{OpPos: pos, Op: syntax.NOT, X: &syntax.ParenExpr{Lparen: pos, X: cond, Rparen: pos}}
	return &syntax.IfStmt{If: pos, Cond: not, True: []syntax.Stmt{&syntax.ExprStmt{X: fail}}}
}

// assertBuiltin implements __assert__([msg]): it raises AssertionError with
// str(msg) as its message.
func assertBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var msg starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &msg); err != nil {
		return nil, err
	}
	if msg == nil {
		return nil, sim.NewException(AssertionError, "")
	}
	return nil, sim.NewException(AssertionError, Str(msg))
}
