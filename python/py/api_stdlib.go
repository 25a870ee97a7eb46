package py

import "math/big"

// binOpIndex maps an operator's symbol to its index in the dunder tables.
var binOpIndex = map[string]int{"+": opAdd, "-": opSub, "*": opMul, "@": opMatMul, "/": opDiv, "%": opMod,
	"**": opPow, "<<": opLShift, ">>": opRShift, "|": opOr, "^": opXor, "&": opAnd, "//": opFloorDiv}

// BinaryOp computes a op b as the expression would, op being the operator's
// symbol ("+", "*", "//", ...), with Python's dispatch to __op__ and
// __rop__. The standard library (math.prod, ...) uses it.
func (t *Thread) BinaryOp(op string, a, b Object) (Object, error) {
	i, ok := binOpIndex[op]
	if !ok {
		return nil, Errorf(SystemErrorType, "BinaryOp: unknown operator %q", op)
	}
	return t.binaryOp(i, a, b, false)
}

// FormatError turns a *format.Error into the Python exception it names;
// other errors are returned unchanged.
func FormatError(err error) error { return fmtErr(err) }

// IntValue returns an int, bool or big int object as a *big.Int, or nil
// for any other object (__index__ is not called).
func IntValue(o Object) *big.Int { return toBig(o) }
