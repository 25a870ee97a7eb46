// Package syntax scans and parses Python 3.12 source into an abstract syntax
// tree, and reports syntax errors as CPython 3.13 reports them.
//
// The tree mirrors CPython's ast module: one Go type per ast node class, with
// the same name (Module, FunctionDef, BinOp, ...; the lower-case ast classes
// arguments, arg, keyword, alias, withitem, comprehension and excepthandler
// become Arguments, Arg, Keyword, Alias, WithItem, Comprehension and
// ExceptHandler) and the same fields in Go case (decorator_list becomes
// DecoratorList). A field that ast leaves None is nil here; a list field that
// ast leaves empty is a nil slice. Operators and expression contexts are small
// integer enums named as the ast classes (Add, Eq, Load, ...).
//
// Every node has Pos and End: CPython's lineno/col_offset and
// end_lineno/end_col_offset (lines from 1, columns from 0 counted in UTF-8
// bytes). Dump prints a tree exactly as ast.dump(tree, include_attributes=True)
// does in CPython 3.13, which is how the tests compare trees with CPython's.
//
// Parse never panics and always returns: malformed input gives an *Error whose
// Traceback is what CPython 3.13 prints for a script with that error (the
// tests hold 860 such errors: CPython's own test_syntax cases, learners'
// mistakes and mutated scripts).
// Deep nesting ends with CPython's "too many nested parentheses" or, past
// 3000 levels of expressions and blocks, a "too complex" SyntaxError.
//
// The trees are those of CPython 3.12 and 3.13, which agree for this
// grammar; Dump follows 3.13's ast.dump, which leaves out empty fields.
// Sources are read as CPython reads a file: UTF-8, or the ASCII or Latin-1
// a coding comment declares; a BOM and \r\n line ends are accepted.
//
// Not supported yet, each reported as a SyntaxError saying so on its line:
// async def, async for, async with, await and asynchronous comprehensions; match
// statements; type statements and type parameters; except*; coding cookies
// other than UTF-8, ASCII and Latin-1. \N{name} escapes read names as
// CPython 3.13 does (package unames). Non-ASCII
// identifiers are not NFKC-normalized as CPython normalizes them. Errors
// CPython's compiler rather than its parser reports ('return' outside
// function, duplicate arguments, assignments to __debug__, ...) are the
// compiler's to report, with Module.Error.
package syntax

// Pos is a position in the source: Line counts from 1, Col from 0 in UTF-8
// bytes, as CPython's lineno and col_offset.
type Pos struct {
	Line, Col int
}

// Node is any node of the tree.
type Node interface {
	// Pos is where the node starts (lineno, col_offset).
	Pos() Pos
	// End is where the node ends, exclusive (end_lineno, end_col_offset).
	End() Pos
}

// Span holds a node's start and end; every node embeds one.
type Span struct {
	StartPos, EndPos Pos
}

// Pos returns the start of the node.
func (s Span) Pos() Pos { return s.StartPos }

// End returns the end of the node (exclusive).
func (s Span) End() Pos { return s.EndPos }

// Stmt is a statement node (ast.stmt).
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node (ast.expr).
type Expr interface {
	Node
	exprNode()
}

// Module is a parsed file (ast.Module). CPython gives it no position; here it
// spans the whole source.
type Module struct {
	Span
	Body []Stmt

	filename string
	src      []byte // as decoded to UTF-8
}
