package sim

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// A Class is a Python exception class: a name and a base. Classes compare by identity.
type Class struct {
	Name string
	Base *Class
}

// NewClass returns a new exception class deriving from base (nil for a root).
func NewClass(name string, base *Class) *Class { return &Class{Name: name, Base: base} }

// IsSubclass reports whether c is base or derives from it.
func (c *Class) IsSubclass(base *Class) bool {
	for ; c != nil; c = c.Base {
		if c == base {
			return true
		}
	}
	return false
}

// The built-in classes the simulator raises, in Python's hierarchy.
var (
	BaseException     = NewClass("BaseException", nil)
	SystemExit        = NewClass("SystemExit", BaseException)
	KeyboardInterrupt = NewClass("KeyboardInterrupt", BaseException)
	ExceptionClass    = NewClass("Exception", BaseException)
	RuntimeError      = NewClass("RuntimeError", ExceptionClass)
	ValueError        = NewClass("ValueError", ExceptionClass)
	TypeError         = NewClass("TypeError", ExceptionClass)
	OSError           = NewClass("OSError", ExceptionClass)
	TimeoutError      = NewClass("TimeoutError", OSError)
	FuturesError      = NewClass("Error", ExceptionClass)
	CancelledError    = NewClass("CancelledError", FuturesError)
	InvalidStateError = NewClass("InvalidStateError", FuturesError)
	BrokenExecutor    = NewClass("BrokenExecutor", RuntimeError)
	BrokenThreadPool  = NewClass("BrokenThreadPool", BrokenExecutor)
	// BrokenInterpreterPool is concurrent.futures.interpreter.BrokenInterpreterPool (CPython 3.14).
	BrokenInterpreterPool = NewClass("BrokenInterpreterPool", BrokenThreadPool)
	BrokenProcessPool     = NewClass("BrokenProcessPool", BrokenExecutor)
	PicklingError         = NewClass("PicklingError", ExceptionClass)
	// RemoteTraceback is concurrent.futures.process._RemoteTraceback, the cause of a task exception
	// raised in a worker process.
	RemoteTraceback = NewClass("_RemoteTraceback", ExceptionClass)
)

// DirectCause is the line CPython's traceback prints between the traceback of an exception's cause
// (__cause__) and that of the exception.
const DirectCause = "The above exception was the direct cause of the following exception:"

// An Exception is a Python exception as a Go error: a class, a message and an optional cause
// (__cause__). Test for a class with errors.Is against the sentinel errors below, which match every
// exception of their class or a subclass.
type Exception struct {
	Class   *Class
	Message string
	Cause   error
}

// NewException returns an exception of class c with message msg.
func NewException(c *Class, msg string) *Exception { return &Exception{Class: c, Message: msg} }

// Error returns what Python prints as the last line of a traceback: "Class: message", or "Class".
func (e *Exception) Error() string {
	if e.Message == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + e.Message
}

// Unwrap returns the cause.
func (e *Exception) Unwrap() error { return e.Cause }

// Is reports whether target is a sentinel (an Exception without message) of e's class or a base of it.
func (e *Exception) Is(target error) bool {
	t, ok := target.(*Exception)
	return ok && t.Message == "" && t.Cause == nil && e.Class.IsSubclass(t.Class)
}

// Sentinel errors for errors.Is: each matches any exception of its class or a subclass.
var (
	ErrCancelled         = &Exception{Class: CancelledError}
	ErrTimeout           = &Exception{Class: TimeoutError}
	ErrInvalidState      = &Exception{Class: InvalidStateError}
	ErrBrokenExecutor    = &Exception{Class: BrokenExecutor}
	ErrBrokenThreadPool  = &Exception{Class: BrokenThreadPool}
	ErrBrokenProcessPool = &Exception{Class: BrokenProcessPool}
	ErrRuntime           = &Exception{Class: RuntimeError}
	ErrValue             = &Exception{Class: ValueError}
	ErrType              = &Exception{Class: TypeError}
	ErrPickling          = &Exception{Class: PicklingError}
)

// ClassOf returns the Python class of err: its own for an *Exception (also wrapped), Exception for
// any other error.
func ClassOf(err error) *Class {
	var e *Exception
	if errors.As(err, &e) {
		return e.Class
	}
	return ExceptionClass
}

// formatSeconds writes d in seconds as Python writes a float ("0.5", "2.0").
func formatSeconds(d time.Duration) string {
	s := strconv.FormatFloat(d.Seconds(), 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}
