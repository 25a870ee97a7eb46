package format

import "math/big"

// Converter answers, for printf-style formatting, what only the interpreter knows about its values.
// Percent handles the Go values int, int64, *big.Int, float64, string, bool, nil (None) and []any
// (a tuple) itself and asks the Converter about everything else.
type Converter interface {
	// TypeName returns type(v).__name__, for error messages.
	TypeName(v any) string
	// Str, Repr and ASCII return str(v), repr(v) and ascii(v).
	Str(v any) (string, error)
	Repr(v any) (string, error)
	ASCII(v any) (string, error)
	// Tuple returns the items of v if v is a tuple (or an instance of a subclass).
	Tuple(v any) ([]any, bool)
	// IsMapping reports whether v has __getitem__ (PyMapping_Check: dicts, lists, …); Percent
	// looks %(name)s up in a right operand that is a mapping and neither a tuple nor a str.
	IsMapping(v any) bool
	// GetItem returns v[key] (its error, KeyError and the like, is passed through).
	GetItem(v any, key string) (any, error)
	// String returns the value of a str instance (or subclass instance).
	String(v any) (string, bool)
	// Int converts v for %d, %i, %u (index false: int(v) via __int__/__index__, for any v that is
	// a number) and %x, %o, %X, %c and * (index true: __index__ only). ok is false when v is not such a
	// number (Percent words the TypeError); err is an exception raised by the conversion itself.
	// The result is x, or big when big is non-nil.
	Int(v any, index bool) (x int64, big *big.Int, ok bool, err error)
	// Float converts v for %e, %f, %g via __float__ (or __index__); ok false when v has neither.
	Float(v any) (f float64, ok bool, err error)
}

// TupleAccess is an optional interface of a Converter: when it has it, Percent reads the items of
// a tuple right operand through it, without the copy Tuple makes.
type TupleAccess interface {
	// TupleLen returns len(v) if v is a tuple (or an instance of a subclass).
	TupleLen(v any) (n int, ok bool)
	// TupleItem returns v[i] for 0 <= i < TupleLen(v).
	TupleItem(v any, i int) any
}
