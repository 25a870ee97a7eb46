package script

import "time"

// A Kind says what ended a run that did not succeed.
type Kind string

// The kinds of Report.
const (
	// KindSyntax: the script did not compile (SyntaxError, IndentationError, TabError).
	KindSyntax Kind = "syntax"
	// KindException: the main thread raised an exception it did not catch.
	KindException Kind = "exception"
	// KindExit: the script called sys.exit with a non-zero status (Message is what it passed).
	KindExit Kind = "exit"
	// KindDeadlock: no thread could run and no timer was pending.
	KindDeadlock Kind = "deadlock"
	// KindLimit: the run passed one of its limits (Report.Limit says which).
	KindLimit Kind = "limit"
	// KindCancelled: Options.Cancel stopped the run.
	KindCancelled Kind = "cancelled"
	// KindInternal: the simulator itself failed (a bug of futurescope, not of the script).
	KindInternal Kind = "internal"
)

// A Report says, as data for front ends, why a run failed: Result.Report is nil on success. The CLI
// prints Text (CPython's traceback, or futurescope's message for a deadlock or a limit); a front end
// marks Line and the frames' spans in the editor and lists the threads.
//
// Positions: lines are 1-based; columns are 1-based and count characters (not bytes); EndCol is one
// past the last character of the span, as CPython's SyntaxError.end_offset; 0 means unknown.
type Report struct {
	Kind Kind
	// Message is one line: "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
	// "SyntaxError: expected ':'", "deadlock: no thread can run and no timer is pending", or a
	// limit's first line.
	Message string
	// Text is the whole report as the CLI writes it on stderr.
	Text string
	// Line is the script line to mark: the innermost frame in the script of the exception that
	// ended the run; the syntax error's line; for a limit or a cancel, the line running when it hit
	// (for the CPU budget, the line of the loop that did not end); for a deadlock, the main thread's.
	Line int
	// Exceptions is the chain of a syntax error or an uncaught exception in the order a traceback
	// prints it: the last one ended the run, each earlier one is the __cause__ or __context__ of the
	// one after it (Link says which).
	Exceptions []ExceptionReport
	// Limit names the limit a KindLimit report passed: "steps" (the CPU budget), "time" (virtual
	// time), "output", "threads", "futures", "events", ...
	Limit string
	// Threads lists, for a deadlock, a limit or a cancel, every Python thread still alive and what
	// it was doing, in the order the threads started.
	Threads []ThreadReport
	// Time is the virtual time at which the run stopped.
	Time time.Duration
}

// An ExceptionReport is one exception of a chain.
type ExceptionReport struct {
	// Type is the class as the traceback's last line names it: "ValueError",
	// "concurrent.futures.process._RemoteTraceback".
	Type string
	// Message is str() of the exception, with what CPython adds ("Did you mean: 'print'?").
	Message string
	// Frames is the traceback, outermost call first (a syntax error has one frame: where it is).
	Frames []Frame
	// Link says how the next exception of the chain relates to this one: LinkCause ("The above
	// exception was the direct cause of the following exception"), LinkContext ("During handling
	// of the above exception, another exception occurred") or "" for the last.
	Link string
}

// Links between the exceptions of a chain.
const (
	LinkCause   = "cause"
	LinkContext = "context"
)

// A Frame is one entry of a traceback: a function and the span it was executing.
type Frame struct {
	File string
	// Func is the function's name, "<module>" for a module's code.
	Func string
	// Line, Col, EndLine and EndCol are the span (see Report for the conventions).
	Line, Col, EndLine, EndCol int
}

// A ThreadReport is one live thread at the end of a run.
type ThreadReport struct {
	// Name is the thread's name ("MainThread", "ThreadPoolExecutor-0_0").
	Name string
	// Process is the name of its process ("MainProcess", "SpawnProcess-1").
	Process string
	// Line is the script line it was at last, 0 if unknown.
	Line int
	// State says what it was doing, as the simulator says it: "waits in result() for future 1",
	// "is running (on CPU)".
	State string
}
