package script

import (
	"io"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// DefaultStepCost is the virtual CPU time one interpreter instruction costs, calibrated against
// CPython 3.11.7 on sim/script's calibration script (TestStepCostCalibration):
//
//	function                               CPython 3.11.7   futurescope at 3 ns/instruction
//	work: total += i * i % 7, 1e6 times      48.9 ms          33.0 ms
//	gcd((1963309, 2265973)), trial division  54.4 ms          58.9 ms
//	burn: total += i, 1e6 times              21.9 ms          21.0 ms
const DefaultStepCost = 3 * time.Nanosecond

// Options configure one run of a script (the same fields as sim/script's).
type Options struct {
	// Filename names the script in errors and tracebacks.
	Filename string
	// Source is the script's text.
	Source []byte
	// Stdout receives what the script prints; Stderr the traceback of an uncaught error and the
	// records of the concurrent.futures logger. Nil discards.
	Stdout, Stderr io.Writer
	// Cores, FreeThreaded and TimeLimit are the simulator's settings (see sim.Config). TimeLimit
	// defaults to 60 s of virtual time.
	Cores        int
	FreeThreaded bool
	TimeLimit    time.Duration
	// StepCost is the virtual CPU time of one interpreter instruction (default DefaultStepCost).
	StepCost time.Duration
	// SwitchInterval is how long a thread waiting for the GIL waits before it asks the holder to let
	// go (sim.Config's; default 5 ms, like sys.getswitchinterval()).
	SwitchInterval time.Duration
	// MaxSteps caps the interpreter instructions of the whole run (default 1e9).
	MaxSteps int64
	// MaxOutput caps what the script may print, in bytes (default 1 MiB).
	MaxOutput int
	// MaxEvents caps the trace's events (default sim.Config's).
	MaxEvents int
	// Timestamps prefixes each printed line with its virtual time and thread.
	Timestamps bool
	// Seed seeds the random module (default 0; each worker process derives its own stream).
	Seed int64
	// Cancel, when closed, stops the run at the next instruction or blocking call of any thread:
	// Run returns the partial trace and a KindCancelled report (cancel.go). Nil never cancels.
	Cancel <-chan struct{}
	// Yield, if set, is called where the run checks Cancel (every thousand instructions or so of the
	// running thread, and at each blocking call), before the check: a host whose one thread runs the
	// script (WebAssembly) lets its event loop run there now and then, so that a Stop can close
	// Cancel. It must not touch the run; the run does not depend on it.
	Yield func()
}

func (o Options) withDefaults() Options {
	if o.Filename == "" {
		o.Filename = "script.py"
	}
	if o.Stdout == nil {
		o.Stdout = io.Discard
	}
	if o.Stderr == nil {
		o.Stderr = io.Discard
	}
	if o.TimeLimit <= 0 {
		o.TimeLimit = 60 * time.Second
	}
	if o.StepCost <= 0 {
		o.StepCost = DefaultStepCost
	}
	if o.MaxSteps <= 0 {
		o.MaxSteps = 1_000_000_000
	}
	if o.MaxOutput <= 0 {
		o.MaxOutput = 1 << 20
	}
	return o
}

// A Result is what a run produced besides its output.
type Result struct {
	// Trace is the run's trace, partial if the run was stopped.
	Trace *trace.Trace
	// Err is why the script failed: a *ScriptError (an uncaught Python exception, with its
	// traceback), an *Error (a syntax error), a *sim.DeadlockError or a *sim.LimitError; nil on
	// success.
	Err error
	// ExitCode is what python3 would exit with: 0, 1 on an error, or sys.exit's code.
	ExitCode int
	// Report is why the run failed, as data (report.go); nil on success.
	Report *Report
}
