// Package python is the root of futurescope's own Python 3 interpreter. The
// pipeline runs one way:
//
//	python/syntax   source → tree (CPython's ast), syntax errors as CPython words them
//	python/compile  tree → bytecode: scopes resolved, a source range per instruction,
//	                compile-time SyntaxErrors and SyntaxWarnings
//	python/py       the object model and the evaluator: classes, generators,
//	                exceptions, tracebacks as CPython 3.13 prints them, builtins,
//	                and the host interface the simulator drives
//
// python/format and python/pystr hold the pure formatting and string work
// (format specs, %, str.format, float repr, number parsing) that python/py
// calls; python/stdlib adds modules such as math. py.RunMain runs a script
// as `python3 file.py` does.
//
// Not supported yet: async/await and match (reported by the parser),
// __del__ and weak references (there is no reference counting; Go's
// collector would run them at moments that differ from run to run), and
// subclasses of bytes and complex. What reference counting does for
// generators is kept: a generator suspended inside try/finally or with is
// closed the moment it is dropped (del, rebinding, leaving a loop over it,
// a function returning) when a mark from the roots proves it unreachable,
// so Executor.map's generator cancels the calls it has not yielded as on
// CPython. \N{name} escapes read Unicode 15.1 names (package unames).
//
// Bad input ends cleanly: a built-in that loops in Go counts its work as
// instructions (so the host's step limit stops sum(range(10**12))), values
// past py.MaxIntBits, py.MaxStrLen or py.MaxContainerLen raise a MemoryError
// (CPython's OverflowError where CPython raises one), and an interpreter bug
// returns as a *py.InternalError with its Go stack, never as a Python
// exception.
package python
