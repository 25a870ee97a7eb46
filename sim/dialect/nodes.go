package script

import (
	"strconv"
	"strings"

	"go.starlark.net/syntax"
)

// Names of the internal builtins and variables that shimmed code uses.
// Scripts may not define them (isReserved); Predeclared provides the
// builtins.
const (
	modName      = "__mod__"      // x % y with Python's string formatting
	withName     = "__with__"     // enters a context manager, returns a one-shot iterable
	withEndName  = "__with_end__" // raises the error of the __exit__ that just ran
	assertName   = "__assert__"   // raises AssertionError
	raiseName    = "__raise__"    // the raise statement
	setName      = "__set__"      // set(), even if the script rebinds set
	powName      = "__pow__"      // pow(), for x ** y
	isName       = "__is__"       // x is y, Python's identity
	divName      = "__truediv__"  // x / y with Python's ZeroDivisionError
	floordivName = "__floordiv__" // x // y with Python's ZeroDivisionError
	nameOfName   = "__name_of__"  // x.__name__, which Starlark functions lack
	importFunc   = "__import__"   // reads modules; also Python's own builtin
	withPrefix   = "__with"       // prefix of with-statement variables
)

// isReserved reports whether a script may not use name.
func isReserved(name string) bool {
	switch name {
	case modName, assertName, raiseName, setName, powName, iterName, nameOfName:
		return true
	}
	return strings.HasPrefix(name, withPrefix) && strings.HasSuffix(name, "__") // __withN__, __with_end__

}

// ident returns a name at pos.
func ident(pos syntax.Position, name string) *syntax.Ident {
	return &syntax.Ident{NamePos: pos, Name: name}
}

// none returns the expression None at pos.
func none(pos syntax.Position) syntax.Expr { return ident(pos, "None") }

// intLit returns the literal v at pos.
func intLit(pos syntax.Position, v int64) *syntax.Literal {
	return &syntax.Literal{Token: syntax.INT, TokenPos: pos, Raw: strconv.FormatInt(v, 10), Value: v}
}

// strLit returns the string literal s at pos.
func strLit(pos syntax.Position, s string) *syntax.Literal {
	return &syntax.Literal{Token: syntax.STRING, TokenPos: pos, Raw: strconv.Quote(s), Value: s}
}

// call returns fn(args...) at pos; runtime errors of the call are reported
// at pos.
func callNode(pos syntax.Position, fn string, args ...syntax.Expr) *syntax.CallExpr {
	return &syntax.CallExpr{Fn: ident(pos, fn), Lparen: pos, Args: args, Rparen: pos}
}

// modCall returns __mod__(x, y) for "x % y", its errors reported at the '%'.
func modCall(pos syntax.Position, x, y syntax.Expr) syntax.Expr {
	return callNode(pos, modName, x, y)
}

// assign returns "lhs = rhs" at pos.
func assign(pos syntax.Position, lhs, rhs syntax.Expr) *syntax.AssignStmt {
	return &syntax.AssignStmt{OpPos: pos, Op: syntax.EQ, LHS: lhs, RHS: rhs}
}

// branch returns break, continue or pass at pos.
func branch(pos syntax.Position, tok syntax.Token) *syntax.BranchStmt {
	return &syntax.BranchStmt{Token: tok, TokenPos: pos}
}

// ifEq returns "if name == v: body" at pos.
func ifEq(pos syntax.Position, name string, v int64, body ...syntax.Stmt) *syntax.IfStmt {
	cond := &syntax.BinaryExpr{X: ident(pos, name), OpPos: pos, Op: syntax.EQL, Y: intLit(pos, v)}
	return &syntax.IfStmt{If: pos, Cond: cond, True: body}
}

// clone copies the target of an augmented assignment, "x" in "x %= y", so
// that it can also be read: names, attributes and indexes are copied down
// to their names. Other subexpressions are shared, and evaluated twice: in
// a[f()] %= y, f is called twice (Python calls it once).
func clone(e syntax.Expr) syntax.Expr {
	switch e := e.(type) {
	case *syntax.Ident:
		return ident(e.NamePos, e.Name)
	case *syntax.DotExpr:
		return &syntax.DotExpr{X: clone(e.X), Dot: e.Dot, NamePos: e.NamePos, Name: ident(e.Name.NamePos, e.Name.Name)}
	case *syntax.IndexExpr:
		return &syntax.IndexExpr{X: clone(e.X), Lbrack: e.Lbrack, Y: clone(e.Y), Rbrack: e.Rbrack}
	case *syntax.ParenExpr:
		return &syntax.ParenExpr{Lparen: e.Lparen, X: clone(e.X), Rparen: e.Rparen}
	}
	return e
}
