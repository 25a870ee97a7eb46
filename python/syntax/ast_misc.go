package syntax

// The nodes that are neither statements nor expressions, the operators
// and the expression contexts.

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
