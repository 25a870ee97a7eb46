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
// tests hold 340 such errors, CPython's own test_syntax cases among them).
// Deep nesting ends with CPython's "too many nested parentheses" or, past
// 3000 levels of expressions and blocks, a "too complex" SyntaxError.
//
// The trees are those of CPython 3.12 and 3.13, which agree for this
// grammar; Dump follows 3.13's ast.dump, which leaves out empty fields.
// Sources are read as CPython reads a file: UTF-8, or the ASCII or Latin-1
// a coding comment declares; a BOM and \r\n line ends are accepted.
//
// Not supported yet, each reported as a SyntaxError saying so on its line:
// async def/for/with, await and asynchronous comprehensions; match
// statements; type statements and type parameters; except*; \N{...}
// escapes; coding cookies other than UTF-8, ASCII and Latin-1. Non-ASCII
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

// ---- statements ----

// FunctionDef is a def statement.
type FunctionDef struct {
	Span
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // nil if no "->" annotation
}

// ClassDef is a class statement.
type ClassDef struct {
	Span
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
}

// Return is a return statement; Value is nil for a bare return.
type Return struct {
	Span
	Value Expr
}

// Delete is a del statement.
type Delete struct {
	Span
	Targets []Expr
}

// Assign is an assignment, a = b = value gives Targets [a, b].
type Assign struct {
	Span
	Targets []Expr
	Value   Expr
}

// AugAssign is an augmented assignment such as x += 1.
type AugAssign struct {
	Span
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is an annotated assignment such as x: int = 1; Value is nil
// without "=". Simple is 1 when the target is a plain name not in parentheses.
type AnnAssign struct {
	Span
	Target     Expr
	Annotation Expr
	Value      Expr
	Simple     int
}

// For is a for loop; Orelse is its else block.
type For struct {
	Span
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// While is a while loop; Orelse is its else block.
type While struct {
	Span
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is an if statement; an elif is an If alone in Orelse.
type If struct {
	Span
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is a with statement.
type With struct {
	Span
	Items []*WithItem
	Body  []Stmt
}

// Raise is a raise statement; Exc and Cause may be nil.
type Raise struct {
	Span
	Exc   Expr
	Cause Expr
}

// Try is a try statement.
type Try struct {
	Span
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// Assert is an assert statement; Msg may be nil.
type Assert struct {
	Span
	Test Expr
	Msg  Expr
}

// Import is an import statement.
type Import struct {
	Span
	Names []*Alias
}

// ImportFrom is a from ... import statement. Module is "" for "from . import
// x"; Level counts the leading dots.
type ImportFrom struct {
	Span
	Module string
	Names  []*Alias
	Level  int
}

// Global is a global statement.
type Global struct {
	Span
	Names []string
}

// Nonlocal is a nonlocal statement.
type Nonlocal struct {
	Span
	Names []string
}

// ExprStmt is an expression used as a statement (ast.Expr; the Go name Expr
// is the expression interface).
type ExprStmt struct {
	Span
	Value Expr
}

// Pass is a pass statement.
type Pass struct{ Span }

// Break is a break statement.
type Break struct{ Span }

// Continue is a continue statement.
type Continue struct{ Span }

// ---- expressions ----

// BoolOp is a chain of and or of or: a or b or c is one BoolOp.
type BoolOp struct {
	Span
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is an assignment expression (target := value).
type NamedExpr struct {
	Span
	Target Expr
	Value  Expr
}

// BinOp is a binary operation.
type BinOp struct {
	Span
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is a unary operation.
type UnaryOp struct {
	Span
	Op      UnaryOperator
	Operand Expr
}

// Lambda is a lambda expression.
type Lambda struct {
	Span
	Args *Arguments
	Body Expr
}

// IfExp is a conditional expression (Body if Test else Orelse).
type IfExp struct {
	Span
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is a dict display; a **mapping entry has a nil key.
type Dict struct {
	Span
	Keys   []Expr
	Values []Expr
}

// Set is a set display.
type Set struct {
	Span
	Elts []Expr
}

// ListComp is a list comprehension.
type ListComp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is a set comprehension.
type SetComp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is a dict comprehension.
type DictComp struct {
	Span
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is a generator expression.
type GeneratorExp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// Yield is a yield expression; Value may be nil.
type Yield struct {
	Span
	Value Expr
}

// YieldFrom is a yield from expression.
type YieldFrom struct {
	Span
	Value Expr
}

// Compare is a comparison chain: Left Ops[0] Comparators[0] Ops[1] ...
type Compare struct {
	Span
	Left        Expr
	Ops         []CmpOperator
	Comparators []Expr
}

// Call is a call.
type Call struct {
	Span
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// FormattedValue is one {replacement field} of an f-string. Conversion is
// -1 (none) or 's', 'r' or 'a'; FormatSpec is a *JoinedStr or nil.
type FormattedValue struct {
	Span
	Value      Expr
	Conversion int
	FormatSpec Expr
}

// JoinedStr is an f-string: its literal parts are *Constant strings and its
// fields *FormattedValue.
type JoinedStr struct {
	Span
	Values []Expr
}

// Constant is a literal. Value is a *big.Int (int), float64, complex128,
// string, Bytes, bool, nil (None) or Ellipsis{}. Kind is "u" for a string
// written with the u prefix, else "". A string is UTF-8, except that a lone
// surrogate written as an escape ("\ud800") is kept in its three-byte
// WTF-8 form.
type Constant struct {
	Span
	Value any
	Kind  string
}

// Bytes is the value of a bytes literal.
type Bytes string

// Ellipsis is the value of the ... literal.
type Ellipsis struct{}

// Attribute is an attribute reference (Value.Attr).
type Attribute struct {
	Span
	Value Expr
	Attr  string
	Ctx   ExprContext
}

// Subscript is a subscription (Value[Slice]).
type Subscript struct {
	Span
	Value Expr
	Slice Expr
	Ctx   ExprContext
}

// Starred is *Value in a call, display or assignment target.
type Starred struct {
	Span
	Value Expr
	Ctx   ExprContext
}

// Name is a variable reference.
type Name struct {
	Span
	Id  string
	Ctx ExprContext
}

// List is a list display or target.
type List struct {
	Span
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is a tuple display or target.
type Tuple struct {
	Span
	Elts []Expr
	Ctx  ExprContext
}

// Slice is lower:upper:step inside a subscript; any part may be nil.
type Slice struct {
	Span
	Lower Expr
	Upper Expr
	Step  Expr
}

// ---- other nodes ----

// Arguments is a parameter list (ast.arguments). KwDefaults has one entry
// per KwOnlyArgs entry, nil where there is no default; Defaults belong to the
// last of Posonlyargs+Args. CPython gives it no position; here it spans the
// parameters (zero when there are none).
type Arguments struct {
	Span
	Posonlyargs []*Arg
	Args        []*Arg
	Vararg      *Arg
	Kwonlyargs  []*Arg
	KwDefaults  []Expr
	Kwarg       *Arg
	Defaults    []Expr
}

// Arg is one parameter (ast.arg); Annotation may be nil.
type Arg struct {
	Span
	Arg        string
	Annotation Expr
}

// Keyword is a keyword argument (ast.keyword); Arg is "" for **mapping.
type Keyword struct {
	Span
	Arg   string
	Value Expr
}

// Alias is one name of an import (ast.alias); Asname is "" without "as".
type Alias struct {
	Span
	Name   string
	Asname string
}

// WithItem is one item of a with statement (ast.withitem); OptionalVars may
// be nil. CPython gives it no position; here it spans the item.
type WithItem struct {
	Span
	ContextExpr  Expr
	OptionalVars Expr
}

// Comprehension is one for clause of a comprehension with its if clauses
// (ast.comprehension; IsAsync is always 0 for now). CPython gives it no
// position; here it spans the clause.
type Comprehension struct {
	Span
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync int
}

// ExceptHandler is one except clause; Type may be nil (bare except), Name is
// "" without "as".
type ExceptHandler struct {
	Span
	Type Expr
	Name string
	Body []Stmt
}

// ---- operators and contexts ----

// ExprContext says how a Name, Attribute, Subscript, Starred, List or Tuple
// is used.
type ExprContext uint8

// Expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

// Operator is a binary (and augmented assignment) operator.
type Operator uint8

// Binary operators, in ast's order.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOperator is a unary operator.
type UnaryOperator uint8

// Unary operators.
const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

// BoolOperator is and or or.
type BoolOperator uint8

// Boolean operators.
const (
	And BoolOperator = iota
	Or
)

// CmpOperator is a comparison operator.
type CmpOperator uint8

// Comparison operators.
const (
	Eq CmpOperator = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}
