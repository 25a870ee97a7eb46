// Package browserrun holds what runner.wasm and compare.wasm share about running a learner's script in
// the browser: its limits, the options the page sends and how they default, and (GOOS=js) how the page's
// options object is read and how a run lets its worker's event loop in. A script compared with a
// recorded run so runs exactly as the learner's Run runs it.
package browserrun

import (
	"io"
	"time"

	script "github.com/futurescope/futurescope/sim/script"
)

// MaxSteps is a run's interpreter step budget in the browser: 300 ms of virtual CPU time at the
// default step cost, and about 12 s of real time in WebAssembly (an instruction of a counting loop
// costs about 120 ns under node, 12 times what it costs natively).
// A runaway loop so ends with the simulator's own report, which marks the loop's line, before the
// page's watchdog (30 s) has to terminate the worker; Stop ends it sooner.
const MaxSteps = 100_000_000

// MaxEvents caps a run's trace in the browser: the worker's simulation and the page's timeline
// must fit a tab's memory together. Three million events are about 500,000 futures: measured under
// node (Dec 2026), the runner's wasm memory is 177 MB for 100,000 trivial futures, 578 MB for 330,000
// and 1.95 GB for a million (1.1 GB for 330,000 before traces were stored packed), the timeline's
// about as much again, so half a million keep both under a gigabyte each where a million would not
// fit. A bigger run ends with the simulator's limit report, its partial trace drawn.
const MaxEvents = 3_000_000

// Options are the settings of one run, as the page sends them.
type Options struct {
	Filename     string        // the script's name in tracebacks (default "script.py")
	Cores        int           // simulated cores (default 4)
	FreeThreaded bool          // run without a GIL
	MaxSteps     int64         // interpreter step budget (default MaxSteps)
	TimeLimit    time.Duration // virtual time limit (default 60 s)
	Lang         string        // the language of the reports' and drawings' words: "en" (default) or "zh"
}

// WithDefaults returns o with its unset fields at their defaults.
func (o Options) WithDefaults() Options {
	if o.Filename == "" {
		o.Filename = "script.py"
	}
	if o.Cores <= 0 {
		o.Cores = 4
	}
	if o.MaxSteps <= 0 {
		o.MaxSteps = MaxSteps
	}
	if o.TimeLimit <= 0 {
		o.TimeLimit = 60 * time.Second
	}
	return o
}

// Script returns sim/script's options for running source with o (defaults applied) in the browser's
// limits, its output to stdout and stderr; the caller sets Cancel and Yield.
func (o Options) Script(source string, stdout, stderr io.Writer) script.Options {
	o = o.WithDefaults()
	return script.Options{
		Filename: o.Filename, Source: []byte(source), Stdout: stdout, Stderr: stderr,
		Cores: o.Cores, FreeThreaded: o.FreeThreaded, MaxSteps: o.MaxSteps, TimeLimit: o.TimeLimit,
		MaxEvents: MaxEvents,
	}
}
