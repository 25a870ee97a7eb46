package script

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"go.starlark.net/starlark"

	"github.com/futurescope/futurescope/sim"
	"github.com/futurescope/futurescope/sim/trace"
)

// DefaultStepCost is the virtual CPU time one interpreter step costs, calibrated against CPython 3.11.7
// on the development machine (AMD EPYC, 2 cores): testdata/calibrate/calibrate.py times three CPU-bound
// functions with time.perf_counter, and testdata/calibrate/cpython.txt holds CPython's best of 9 runs:
//
//	function                               CPython 3.11.7   futurescope at 2 ns/step
//	work: total += i * i % 7, 1e6 times      48.9 ms          30.0 ms
//	gcd((1963309, 2265973)), trial division  54.4 ms          62.8 ms
//	burn: total += i, 1e6 times              21.9 ms          20.0 ms
//
// so CPU-bound scripts take about as long in virtual time as in CPython (the geometric mean of the
// ratios is 0.87). TestStepCostCalibration holds it there: the mean within 0.8 to 1.25, each ratio
// within 0.5 to 2. Calls cost more in CPython than their steps do here: a loop calling a one-line
// function takes about 75 ns a turn in CPython 3.11, 40 ns here.
const DefaultStepCost = 2 * time.Nanosecond

// Options configure one run of a script.
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
	// StepCost is the virtual CPU time of one interpreter step (default DefaultStepCost).
	StepCost time.Duration
	// SwitchInterval is how long a thread waiting for the GIL waits before it asks the holder to let
	// go (sim.Config's; default 5 ms, like sys.getswitchinterval()).
	SwitchInterval time.Duration
	// MaxSteps caps the interpreter steps of the whole run, so that a runaway loop ends in a
	// fraction of a second of real time (default 1e9, about 2 s of virtual CPU time and a few seconds of real time).
	MaxSteps int64
	// MaxOutput caps what the script may print, in bytes (default 1 MiB).
	MaxOutput int
	// MaxEvents caps the trace's events (default sim.Config's: 10 million); a front end with less
	// memory to spare, a browser tab, sets it lower.
	MaxEvents int
	// Timestamps prefixes each printed line with its virtual time and thread.
	Timestamps bool
	// Seed seeds the random module (default 0; each worker process derives its own stream).
	Seed int64
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
	// traceback), a *SyntaxError, a *sim.DeadlockError or a *sim.LimitError; nil on success.
	Err error
	// ExitCode is what python3 would exit with: 0, or 1 on an error.
	ExitCode int
}

// Run compiles and runs a script on a fresh simulation. It never panics on bad input and always
// returns; a failing script's traceback has been written to Stderr.
func Run(opts Options) *Result {
	opts = opts.withDefaults()
	rt := newRuntime(opts)
	prog, err := rt.compile()
	if err != nil {
		fmt.Fprintln(opts.Stderr, err)
		return &Result{Err: err, ExitCode: 1, Trace: rt.k.Trace()}
	}
	rt.prog = prog
	err = rt.k.Run(rt.main)
	for _, it := range rt.pulls {
		it.close()
	}
	res := &Result{Err: err, Trace: rt.k.Trace()}
	if err != nil {
		res.ExitCode = 1
		rt.report(err)
	}
	return res
}

// main runs the script as the main module of the main process.
func (rt *runtime) main(ctx context.Context) error {
	_, err := rt.initModule(ctx, "__main__")
	if err == nil {
		return nil
	}
	var halt haltError
	if errors.As(err, &halt) {
		return nil
	}
	se := rt.scriptError(err)
	sim.Record(ctx, trace.Event{Kind: trace.Error, Value: se.Last})
	return se
}

// initModule executes the program as a module named name in the running thread's process, and
// stores its globals there.
func (rt *runtime) initModule(ctx context.Context, name string) (starlark.StringDict, error) {
	th := rt.thread(ctx)
	sim.CPU(ctx, 0) // only the GIL's holder executes script code
	globals, err := rt.prog.Init(th, rt.predeclared(name))
	err = fixErr(th, err)
	sim.CurrentProcess(ctx).SetValue(globalsKey{}, globals)
	return globals, err
}

type globalsKey struct{}

// haltError unwinds the interpreter when the run has been stopped.
type haltError struct{}

func (haltError) Error() string { return "run stopped" }
