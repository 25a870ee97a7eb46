package script

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/futurescope/futurescope/sim"
)

// raisePatch records "raise [exc [from cause]]".
type raisePatch struct {
	pos   posKey
	exc   *fragment // nil for a bare raise
	cause *fragment // nil without "from"
}

// raise shims a raise statement.
func (s *shimmer) raise(stmt []token) {
	if len(stmt) == 1 {
		s.stmtPatch(stmt, &raisePatch{pos: stmt[0].key()})
		return
	}
	from := len(stmt)
	for i := 1; i < len(stmt); i++ {
		if stmt[i].depth == 0 && stmt[i].is("from") {
			from = i
			break
		}
	}
	if from == 1 || from == len(stmt)-1 {
		s.fail(&stmt[0], "invalid raise statement: want raise exception [from cause]")
		return
	}
	exc := tokenFragment(stmt[1:from])
	p := &raisePatch{pos: stmt[0].key(), exc: &exc}
	if from < len(stmt) {
		cause := tokenFragment(stmt[from+1:])
		p.cause = &cause
	}
	s.stmtPatch(stmt, p)
}

// raise returns the statement that replaces "raise [exc [from cause]]":
//
//	__raise__([exc[, cause]])
//
// reported, like Python's, at the raise statement.
func (r *rewriter) raise(p *raisePatch) syntax.Stmt {
	call := callNode(r.pos(p.pos), raiseName)
	if p.exc != nil {
		call.Args = append(call.Args, r.parseFragment(*p.exc))
	}
	if p.cause != nil {
		call.Args = append(call.Args, r.parseFragment(*p.cause))
	}
	return &syntax.ExprStmt{X: call}
}

// raiseBuiltin implements __raise__([exc[, cause]]): it raises exc, an exception or an exception class
// (which it calls with no arguments), with cause as its __cause__ (None for none), as Python's raise
// statement does. Without exc it is a bare raise, which re-raises the exception being handled: the
// dialect has no try/except, so there never is one, and CPython raises RuntimeError.
func raiseBuiltin(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var excArg, causeArg starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &excArg, &causeArg); err != nil {
		return nil, err
	}
	if excArg == nil {
		return nil, sim.NewException(sim.RuntimeError, "No active exception to reraise")
	}
	exc := exceptionValue(th, excArg)
	if exc == nil {
		return nil, typeErr("exceptions must derive from BaseException")
	}
	if causeArg != nil {
		cause := exceptionValue(th, causeArg)
		if cause == nil && causeArg != starlark.None {
			return nil, typeErr("exception causes must derive from BaseException")
		}
		exc.exc.Cause = nil
		if cause != nil {
			exc.exc.Cause = cause.exc
			registerExc(th, cause)
		}
	}
	registerExc(th, exc)
	return nil, exc.exc
}

// exceptionValue returns v as an exception instance: v itself, or an instance of the class v; nil if
// v is neither.
func exceptionValue(th *starlark.Thread, v starlark.Value) *excValue {
	switch v := v.(type) {
	case *excValue:
		return v
	case *excClass:
		return &excValue{exc: sim.NewException(v.c, "")}
	}
	return nil
}

// registerExc makes the script value of e's exception e itself, so that f.exception() returns the
// very object that was raised, args included.
func registerExc(th *starlark.Thread, e *excValue) {
	if rt, ok := th.Local(rtKey).(*runtime); ok {
		rt.excs[e.exc] = e
	}
}
