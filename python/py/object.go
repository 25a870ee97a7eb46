// Package py is futurescope's Python 3 interpreter: the object model (int,
// float, str, bytes, tuple, list, dict, set, functions, classes, exceptions),
// the bytecode evaluator that runs what python/compile produces, generators,
// tracebacks printed as CPython 3.13 prints them, the built-in functions, and
// the host interface the simulator drives (a hook every N instructions and
// around blocking calls, cancellation, limits).
//
// Values are Go values implementing Object. Python exceptions travel as Go
// errors of type *Exception (never as panics); any other error returned by a
// host hook unwinds the thread without running except or finally clauses.
//
// Methods of built-in types are entries in their type's dict: library files
// (lib_*.go) add them with RegisterMethods, and built-in functions with
// RegisterBuiltins, from an init function.
//
// There are no reference counts, yet a generator suspended inside try/finally or with is closed
// where CPython's count would drop to zero (del, rebinding, break, a discarded value, a return),
// once a mark from the roots proves it unreachable; a proof that meets an object unable to say what
// it references (Traverser), or visits more than a budget of objects, keeps the generator open
// (finalize.go); one made while Go code that may hold objects out of sight runs is made again when
// that Go call returns. A host holding objects out of Python's sight says so (Interp.Keep,
// HostRoots, Type.HostKeeps); Go code running Python code says what it holds (Thread.Hold,
// Type.Transparent, Builtin.Transparent).
package py

// Object is a Python value.
type Object interface {
	// Type returns the value's Python class.
	Type() *Type
}

// NoneType is the type of None.
type NoneType struct{}

// None is Python's None.
var None Object = NoneType{}

// Type returns NoneTypeType.
func (NoneType) Type() *Type { return NoneTypeType }

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// NotImplemented is returned by binary dunders that do not handle an operand.
var NotImplemented Object = NotImplementedType{}

// Type returns NotImplementedTypeType.
func (NotImplementedType) Type() *Type { return NotImplementedTypeType }

// EllipsisType is the type of Ellipsis (...).
type EllipsisType struct{}

// Ellipsis is Python's Ellipsis.
var Ellipsis Object = EllipsisType{}

// Type returns EllipsisTypeType.
func (EllipsisType) Type() *Type { return EllipsisTypeType }

// Bool is a Python bool.
type Bool bool

// True and False are Python's booleans.
var (
	True  Object = Bool(true)
	False Object = Bool(false)
)

// Type returns BoolType.
func (Bool) Type() *Type { return BoolType }

// NewBool returns True or False.
func NewBool(b bool) Object {
	if b {
		return True
	}
	return False
}
