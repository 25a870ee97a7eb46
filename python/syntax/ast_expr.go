package syntax

// Expression nodes.

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
