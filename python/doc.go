// Package python is the root of futurescope's own Python 3 interpreter. The
// pipeline runs one way:
//
//	python/syntax   source → tree (CPython's ast), syntax errors as CPython words them
//	python/compile  tree → bytecode: scopes resolved, a source range per instruction
//	python/py       the object model and the evaluator: classes, generators,
//	                exceptions, tracebacks as CPython 3.13 prints them, builtins,
//	                and the host interface the simulator drives
//
// python/format and python/pystr hold the pure formatting and string work
// (format specs, %, str.format, float repr, number parsing) that python/py
// calls. py.RunMain runs a script as `python3 file.py` does.
package python
