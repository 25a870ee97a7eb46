package script

import (
	"errors"
	"fmt"

	"go.starlark.net/resolve"
	"go.starlark.net/syntax"

	"github.com/futurescope/futurescope/sim"
)

// Error is a compile error in a script: a position in the user's own source
// text and a message. Error() reads "file:line:col: message".
type Error struct {
	File      string // file name as given to Compile
	Line, Col int    // 1-based; Col counts runes, as Starlark does
	Msg       string // lowercase, no trailing period
}

// Error returns "file:line:col: message".
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// errorAt returns an *Error at pos.
func errorAt(pos syntax.Position, format string, args ...any) *Error {
	return &Error{File: pos.Filename(), Line: int(pos.Line), Col: int(pos.Col), Msg: fmt.Sprintf(format, args...)}
}

// compileError converts an error from the syntax or resolve packages into an
// *Error, rewording the messages a Python programmer would not recognize.
// Only the first error of a resolve.ErrorList is kept.
func compileError(filename string, err error) *Error {
	var e *Error
	switch {
	case errors.As(err, &e):
		return e
	}
	var se syntax.Error
	var list resolve.ErrorList
	switch {
	case errors.As(err, &se):
		return errorAt(fixPos(filename, se.Pos), "%s", reword(se.Msg))
	case errors.As(err, &list):
		return errorAt(fixPos(filename, list[0].Pos), "%s", reword(list[0].Msg))
	}
	return &Error{File: filename, Line: 1, Col: 1, Msg: err.Error()}
}

// fixPos gives a position without a line or file the first line of filename,
// so every *Error has Line ≥ 1.
func fixPos(filename string, pos syntax.Position) syntax.Position {
	if pos.Line < 1 {
		pos.Line = 1
	}
	if pos.Col < 1 {
		pos.Col = 1
	}
	if !pos.IsValid() {
		pos = syntax.MakePosition(&filename, pos.Line, pos.Col)
	}
	return pos
}

// pyErr returns a Python exception of class c: the runtime errors of this package's builtins are
// *sim.Exception values, whose Error() is CPython's last traceback line, such as
// "TypeError: not enough arguments for format string". Starlark wraps them in a *starlark.EvalError;
// errors.As finds them again.
func pyErr(c *sim.Class, format string, args ...any) *sim.Exception {
	return sim.NewException(c, fmt.Sprintf(format, args...))
}

// typeErr returns a TypeError.
func typeErr(format string, args ...any) *sim.Exception { return pyErr(sim.TypeError, format, args...) }

// valueErr returns a ValueError.
func valueErr(format string, args ...any) *sim.Exception {
	return pyErr(sim.ValueError, format, args...)
}
