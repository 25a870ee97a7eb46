package script

import (
	"fmt"

	"go.starlark.net/syntax"
)

// A with statement becomes a loop over a one-shot iterable, one loop per
// item, innermost item innermost:
//
//	with A() as a:             __withN__ = 0                 (only if needed)
//	    body                   for a in __with__(A()):       enters A()
//	                               (without "as": for __withN__ in __with__(A(), 0),
//	                               which binds None: no variable keeps the manager)
//	                               body'
//	                           __with_end__()                raises __exit__'s error
//	                           if __withN__ == 1: break      (only if needed)
//	                           if __withN__ == 2: continue
//	                           if __withN__ == 3: return __withN_ret__
//
// The loop runs its body once. Its second Next call runs __exit__ (see
// withrt.go), whose error __with_end__ then raises, so every way out of the
// body except an error passes through there: body' turns a break or
// continue meant for an enclosing loop, and every return, into "set
// __withN__; continue" (a return also saves its value), and the checks after
// the loop finish the job. A return inside a loop inside the body breaks out
// of that loop first. An error leaves through the iterator's Done, which
// Starlark calls on every way out of a loop; Done runs __exit__ too (see
// withrt.go for what happens to its error).

// with returns the statements that replace a with statement.
func (r *rewriter) with(p *withPatch, body []syntax.Stmt) []syntax.Stmt {
	for i := len(p.items) - 1; i >= 0; i-- {
		body = r.withItem(r.pos(p.pos), p.items[i], body)
	}
	return body
}

// escapes records how a with body is left other than by its end.
type escapes struct {
	brk, cont, ret *syntax.Position // first break, continue, return
}

// withItem returns the loop and checks for one item around body.
func (r *rewriter) withItem(pos syntax.Position, item withItem, body []syntax.Stmt) []syntax.Stmt {
	r.withs++
	ctl := fmt.Sprintf("%s%d__", withPrefix, r.withs)
	ret := fmt.Sprintf("%s%d_ret__", withPrefix, r.withs)
	x := r.parseFragment(item.expr)
	args := []syntax.Expr{x}
	var vars syntax.Expr = ident(pos, ctl) // without "as", the loop binds None to ctl
	if item.target != nil {
		vars = r.parseFragment(*item.target)
	} else {
		args = append(args, intLit(pos, 0)) // bind nothing
	}
	var esc escapes
	body = r.escapeStmts(body, ctl, ret, false, &esc)
	loop := &syntax.ForStmt{For: pos, Vars: vars, X: callNode(syntax.Start(x), withName, args...), Body: body}
	out := []syntax.Stmt{loop, &syntax.ExprStmt{X: callNode(pos, withEndName)}}
	if esc.brk == nil && esc.cont == nil && esc.ret == nil {
		return out
	}
	out = append([]syntax.Stmt{assign(pos, ident(pos, ctl), intLit(pos, 0))}, out...)
	if esc.brk != nil {
		out = append(out, ifEq(*esc.brk, ctl, 1, branch(*esc.brk, syntax.BREAK)))
	}
	if esc.cont != nil {
		out = append(out, ifEq(*esc.cont, ctl, 2, branch(*esc.cont, syntax.CONTINUE)))
	}
	if esc.ret != nil {
		out = append(out, ifEq(*esc.ret, ctl, 3, &syntax.ReturnStmt{Return: *esc.ret, Result: ident(*esc.ret, ret)}))
	}
	return out
}

// escapeStmts rewrites the ways out of a with body (see the comment at the
// top of this file). inLoop reports that list lies in a loop inside the
// body, whose break and continue are its own.
func (r *rewriter) escapeStmts(list []syntax.Stmt, ctl, ret string, inLoop bool, esc *escapes) []syntax.Stmt {
	jump := syntax.CONTINUE // ends the with loop
	if inLoop {
		jump = syntax.BREAK // ends the inner loop; a check after it goes on
	}
	leave := func(pos syntax.Position, code int64) []syntax.Stmt {
		return []syntax.Stmt{assign(pos, ident(pos, ctl), intLit(pos, code)), branch(pos, jump)}
	}
	if len(list) == 0 {
		return list
	}
	out := make([]syntax.Stmt, 0, len(list))
	for _, s := range list {
		switch s := s.(type) {
		case *syntax.BranchStmt:
			if !inLoop && s.Token == syntax.BREAK {
				esc.brk = first(esc.brk, s.TokenPos)
				out = append(out, leave(s.TokenPos, 1)...)
				continue
			}
			if !inLoop && s.Token == syntax.CONTINUE {
				esc.cont = first(esc.cont, s.TokenPos)
				out = append(out, leave(s.TokenPos, 2)...)
				continue
			}
		case *syntax.ReturnStmt:
			esc.ret = first(esc.ret, s.Return)
			result := s.Result
			if result == nil {
				result = none(s.Return)
			}
			out = append(out, assign(s.Return, ident(s.Return, ret), result))
			out = append(out, leave(s.Return, 3)...)
			continue
		case *syntax.IfStmt:
			s.True = r.escapeStmts(s.True, ctl, ret, inLoop, esc)
			s.False = r.escapeStmts(s.False, ctl, ret, inLoop, esc)
		case *syntax.ForStmt:
			var inner escapes
			s.Body = r.escapeStmts(s.Body, ctl, ret, true, &inner)
			out = append(out, s)
			out = append(out, r.afterLoop(inner, ctl, jump, esc)...)
			continue
		case *syntax.WhileStmt:
			var inner escapes
			s.Body = r.escapeStmts(s.Body, ctl, ret, true, &inner)
			out = append(out, s)
			out = append(out, r.afterLoop(inner, ctl, jump, esc)...)
			continue
		}
		out = append(out, s)
	}
	return out
}

// afterLoop returns the check that follows a loop inside a with body when
// a return inside the loop broke out of it: "if ctl == 3: jump".
func (r *rewriter) afterLoop(inner escapes, ctl string, jump syntax.Token, esc *escapes) []syntax.Stmt {
	if inner.ret == nil {
		return nil
	}
	esc.ret = first(esc.ret, *inner.ret)
	return []syntax.Stmt{ifEq(*inner.ret, ctl, 3, branch(*inner.ret, jump))}
}

// first returns p if it is set, else a pointer to q.
func first(p *syntax.Position, q syntax.Position) *syntax.Position {
	if p != nil {
		return p
	}
	return &q
}
