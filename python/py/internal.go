package py

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// InternalError is a bug of the interpreter surfacing: a Go runtime error (a nil pointer, an index
// out of range, a failed type assertion) inside a run, caught by RunCode or CallSafe. It is a Go
// error, not a Python exception: no except or finally clause sees it, and it carries the Go stack of
// the panic so that a test shows where the bug is. Other panics (a host unwinding a thread from its
// hook) pass through untouched.
type InternalError struct {
	// Value is what panicked.
	Value any
	// Stack is the goroutine's stack at the panic.
	Stack string
}

// Error reads "internal interpreter error: " and the panic's value.
func (e *InternalError) Error() string { return fmt.Sprintf("internal interpreter error: %v", e.Value) }

// internalError turns a recovered Go runtime error into an *InternalError, and re-panics anything
// else (it must be called directly by a deferred function, with recover's result).
func internalError(p any) *InternalError {
	if _, ok := p.(runtime.Error); !ok {
		panic(p)
	}
	return &InternalError{Value: p, Stack: string(debug.Stack())}
}
