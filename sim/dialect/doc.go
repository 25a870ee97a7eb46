// Package script (imported from sim/dialect) is the front end of futurescope's old
// Starlark dialect, being removed: sim/script, on the project's own interpreter,
// replaces it. It is the front end of the Python dialect: it turns
// a lesson script, written in Python, into a Starlark program that the
// simulator runs.
//
// Lesson scripts stay valid Python, so learners can paste them into CPython.
// Starlark (go.starlark.net) already reads most of the Python a lesson needs;
// this package closes the gap in three places:
//
//   - Before parsing, [Compile] reports Python that the dialect cannot run
//     (try/except, class, f-strings, …) with the construct's name and the
//     alternative, at the user's own file:line:col, never as a bare parser
//     error. See unsupported.go.
//   - Python-only statements and expressions (import, with, assert, raise
//     and raise … from …, x ** y, generator expressions, set literals,
//     x is None, type annotations, adjacent string literals, 1_000,
//     iteration over a str, x is y, …) are shimmed without moving a single
//     line or column that matters, so every error still points at the
//     user's own code. See shims.go; raise.go for raise, whose bare form
//     raises CPython's "RuntimeError: No active exception to reraise" when
//     it runs (no try/except, so never anything to re-raise); shimload.go
//     for load, a Starlark keyword that is an ordinary name in Python (def
//     load(path), x.load, load=1 all work, and messages say load).
//   - Builtins behave as CPython's do: print, repr and str print what
//     CPython prints, '%' formats like Python's printf-style formatting,
//     and round, sum, isinstance, type, divmod, pow and abs follow Python's
//     semantics and error messages. See [Builtins] and [Predeclared].
//
// The package never runs a script by itself and never touches a clock, a
// global variable or randomness: output goes to the writer set on the thread
// with [SetStdout], modules come from the caller's [Modules] table, and
// context managers ("with" blocks) are host values implementing
// [ContextManager].
//
// # Errors
//
// Compile errors are *[Error] values reading "file:line:col: message".
// Runtime errors are Python exceptions, *[sim.Exception] values (a class, a
// message and a cause) whose text is CPython's last traceback line, such as
// "ZeroDivisionError: integer division or modulo by zero": those of this
// package's builtins, those a script raises with raise, and those of the
// simulated executors alike. An uncaught one ends the script with CPython's
// traceback, its chain of causes included ("The above exception was the
// direct cause of the following exception:"), for raise … from … and for a
// process pool's _RemoteTraceback, which replaces the cause a task's
// exception had in the worker and holds, as text, the worker's traceback,
// that cause's chain included. When [Run] runs a
// script, the interpreter's own errors are mapped to CPython's exception and
// message too (pyerrors.go), tracebacks end with the "Did you mean" hints of
// CPython 3.13 (suggest.go), and an undefined name is a NameError raised when
// it is evaluated, as in Python ([Compile] alone still reports it as a
// compile error).
package script
