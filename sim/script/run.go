package script

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/futurescope/futurescope/python/compile"
	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/python/syntax"
	"github.com/futurescope/futurescope/sim"
	"github.com/futurescope/futurescope/sim/trace"
)

// A runtime is one run of one script: the kernel it runs on, the compiled module, and the state of
// every simulated process and thread.
type runtime struct {
	opts    Options
	k       *sim.Kernel
	code    *compile.Code
	threads map[*sim.Thread]*thread
	// interps holds the interpreter thread of each InterpreterPoolExecutor worker (interppool.go).
	interps map[*sim.Thread]*thread
	// helpers holds the interpreter thread of each simulator thread that runs Python code for the
	// script: a process pool's manager pickling an object with __reduce__ (pickle_reduce.go).
	helpers map[*sim.Thread]*thread
	out     *output
	steps   int64
	// excs remembers where each exception that went through the simulator came from (errors.go).
	excs    map[*sim.Exception]*excOrigin
	simExcs map[*py.Exception]*sim.Exception
	classes map[*py.Type]*sim.Class
	// stops end the generators started (as_completed's), when the run ends.
	stops []func()
	// traced is the last error of a callback or initializer, which the simulator logs next.
	traced *tracedError
	// rep is the report of the exception that ended the run (main), lines the script's lines
	// (report_build.go), stopLine the line to mark when a limit or a cancel stopped the run.
	rep      *Report
	lines    []string
	stopLine int
	// hunts look for the runaway loop near the end of the CPU budget (runaway.go).
	hunts map[*thread]*hunt
}

func newRuntime(opts Options) *runtime {
	rt := &runtime{opts: opts, threads: map[*sim.Thread]*thread{},
		interps: map[*sim.Thread]*thread{}, helpers: map[*sim.Thread]*thread{}, excs: map[*sim.Exception]*excOrigin{},
		simExcs: map[*py.Exception]*sim.Exception{}, classes: map[*py.Type]*sim.Class{}}
	rt.out = newOutput(rt)
	rt.k = sim.New(sim.Config{
		Cores:          opts.Cores,
		FreeThreaded:   opts.FreeThreaded,
		SwitchInterval: opts.SwitchInterval,
		TimeLimit:      opts.TimeLimit,
		MaxEvents:      opts.MaxEvents,
		Repr:           traceRepr,
		TypeName:       typeName,
		Log:            rt.log,
	})
	rt.k.SetMeta("file", opts.Filename)
	rt.k.SetMeta("step_cost", opts.StepCost.String())
	return rt
}

// Run compiles and runs a script on a fresh simulation. It never panics on bad input and always
// returns; a failing script's traceback has been written to Stderr.
func Run(opts Options) *Result {
	opts = opts.withDefaults()
	rt := newRuntime(opts)
	code, err := py.CompileSource(opts.Filename, opts.Source)
	if err != nil {
		ce := compileError(opts.Filename, err)
		fmt.Fprint(opts.Stderr, ce.Traceback)
		return &Result{Err: ce, ExitCode: 1, Trace: rt.k.Trace(), Report: syntaxReport(opts.Filename, err, ce)}
	}
	rt.code = code
	err = rt.k.Run(rt.main)
	for _, stop := range rt.stops {
		stop()
	}
	res := &Result{Err: err, Trace: rt.k.Trace()}
	if err != nil {
		res.ExitCode = 1
		var se *ScriptError
		if errors.As(err, &se) && se.exit != 0 {
			res.ExitCode = se.exit // sys.exit(n)
		}
		res.Report = rt.report(err)
	}
	return res
}

// main runs the script as the module __main__ of the main process.
func (rt *runtime) main(ctx context.Context) error {
	p := rt.newProc(ctx, false)
	th := rt.thread(ctx)
	sim.CPU(ctx, 0) // only the GIL's holder executes script code
	if rt.opts.cancelled() {
		sim.Halt(ctx, limitCancelled, "the run was cancelled at t=0s")
	}
	_, err := th.pt.ExecModule("__main__", rt.code)
	th.rethrowExit()
	defer rt.out.flush(ctx)
	if err == nil {
		return nil
	}
	exc, ok := err.(*py.Exception)
	if !ok {
		return err
	}
	if exc.Matches(py.SystemExitType) {
		var said strings.Builder
		stderr := th.pt.Interp.Stderr
		th.pt.Interp.Stderr = io.MultiWriter(stderr, &said)
		code := th.pt.ReportExit(exc)
		th.pt.Interp.Stderr = stderr
		if code != 0 {
			se := &ScriptError{Traceback: "", Last: exc.Error(), Exception: rt.toSim(p, exc), exit: code}
			rt.rep = rt.exceptionReport(th.pt, exc, said.String())
			rt.rep.Kind, rt.rep.Message = KindExit, strings.TrimSuffix(said.String(), "\n")
			return se
		}
		return nil
	}
	se := &ScriptError{Traceback: th.pt.FormatException(exc), Last: lastLine(th.pt, exc), Exception: rt.toSim(p, exc), exit: 1}
	rt.rep = rt.exceptionReport(th.pt, exc, se.Traceback)
	sim.Record(ctx, trace.Event{Kind: trace.Error, Value: se.Last})
	return se
}

// An Error is a syntax error in a script: Error() reads "file:line:col: message", as sim/script's.
type Error struct {
	File      string // the script's name
	Line, Col int    // 1-based; Col counts characters
	Msg       string // CPython's message
	// Traceback is what CPython prints for it on stderr.
	Traceback string
}

// Error returns "file:line:col: message".
func (e *Error) Error() string { return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg) }

func compileError(filename string, err error) *Error {
	var se *syntax.Error
	if errors.As(err, &se) {
		return &Error{File: filename, Line: se.Line, Col: se.Col, Msg: se.Kind + ": " + se.Msg, Traceback: se.Traceback()}
	}
	return &Error{File: filename, Line: 1, Col: 1, Msg: err.Error(), Traceback: err.Error() + "\n"}
}
