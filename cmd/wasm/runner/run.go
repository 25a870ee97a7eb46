package main

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/futurescope/futurescope/render/words"
	script "github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

// BrowserMaxSteps is a run's interpreter step budget in the browser: 300 ms of virtual CPU time at the
// default step cost, and about 12 s of real time in WebAssembly (an instruction of a counting loop
// costs about 120 ns under node, 12 times what it costs natively).
// A runaway loop so ends with the simulator's own report, which marks the loop's line, before the
// page's watchdog (30 s) has to terminate the worker; Stop ends it sooner.
const BrowserMaxSteps = 100_000_000

// BrowserMaxEvents caps a run's trace in the browser: the worker's simulation and the page's timeline
// must fit a tab's memory together. Three million events are about 500,000 futures: measured under
// node (Dec 2026), the runner's wasm memory is 177 MB for 100,000 trivial futures, 578 MB for 330,000
// and 1.95 GB for a million (1.1 GB for 330,000 before traces were stored packed), the timeline's
// about as much again, so half a million keep both under a gigabyte each where a million would not
// fit. A bigger run ends with the simulator's limit report, its partial trace drawn.
const BrowserMaxEvents = 3_000_000

// RunOptions are the settings of one run, as the page sends them.
type RunOptions struct {
	Filename     string        // the script's name in tracebacks (default "script.py")
	Cores        int           // simulated cores (default 4)
	FreeThreaded bool          // run without a GIL
	MaxSteps     int64         // interpreter step budget (default BrowserMaxSteps)
	TimeLimit    time.Duration // virtual time limit (default 60 s)
	Lang         string        // the language of the reports' words: "en" (default) or "zh"
	// Cancel, when closed, stops the run (sim/script's Options.Cancel): it ends with a "cancelled"
	// report and its partial trace. Yield is called where the run checks Cancel; in the browser it
	// lets the worker's event loop run now and then, so that a Stop message can close Cancel.
	Cancel <-chan struct{}
	Yield  func()
}

// A RunResult is what the page shows of a run.
type RunResult struct {
	Stdout, Stderr string
	ExitCode       int
	// Error is the failure in one line ("ZeroDivisionError: division by zero"); "" on success.
	Error string
	// Kind is the kind of the failure (sim/script's Report.Kind: "syntax", "exception", "exit",
	// "deadlock", "limit", "cancelled"); "" on success.
	Kind string
	// Marks are the script spans to mark in the editor, innermost first.
	Marks []Mark
	// Futures and Events count the run's futures and its trace's events.
	Futures, Events int
	// TraceBin is the trace in its binary form (trace.EncodeBinary): what the timeline, the page's
	// predictions and draw.wasm (its picture and exports) read; a tenth of the JSON's size, and
	// decoded many times faster.
	TraceBin []byte
	// VirtualNs is when the run's last event happened, in virtual nanoseconds; WallMs how long the
	// simulation took in real time.
	VirtualNs int64
	WallMs    float64
}

func (o RunOptions) withDefaults() RunOptions {
	if o.Filename == "" {
		o.Filename = "script.py"
	}
	if o.Cores <= 0 {
		o.Cores = 4
	}
	if o.MaxSteps <= 0 {
		o.MaxSteps = BrowserMaxSteps
	}
	if o.TimeLimit <= 0 {
		o.TimeLimit = 60 * time.Second
	}
	return o
}

// eagerEvents is the most events a run is drawn for with it, where it is drawn with it (the course's
// runs, course.go): a bigger run's picture (tens of megabytes) is drawn only when exported.
const eagerEvents = 50_000

// runScript runs source on a fresh simulation. It always returns a result: a script's failure is in
// Error and Marks, not in err, which is set only if the trace could not be written.
func runScript(source string, opts RunOptions) (*RunResult, error) {
	opts = opts.withDefaults()
	start := time.Now()
	var stdout, stderr bytes.Buffer
	res := script.Run(script.Options{
		Filename: opts.Filename, Source: []byte(source), Stdout: &stdout, Stderr: &stderr,
		Cores: opts.Cores, FreeThreaded: opts.FreeThreaded, MaxSteps: opts.MaxSteps, TimeLimit: opts.TimeLimit,
		MaxEvents: BrowserMaxEvents, Cancel: opts.Cancel, Yield: opts.Yield,
	})
	out := &RunResult{Stdout: stdout.String(), Stderr: stderr.String(), ExitCode: res.ExitCode}
	if res.Report != nil {
		out.Error, out.Marks = summary(res.Report, opts.Filename)
		out.Kind = string(res.Report.Kind)
		// A Chinese page reads futurescope's own reports in Chinese; Python's traceback stays as
		// CPython prints it, with a line explaining a common exception (sim/script's TextIn).
		if opts.Lang == "zh" {
			out.Stderr = strings.TrimSuffix(out.Stderr, res.Report.Text) + res.Report.TextIn(opts.Lang)
			out.Error = res.Report.MessageIn(opts.Lang)
			for i := range out.Marks {
				out.Marks[i].Message = words.MessageIn(out.Marks[i].Message, opts.Lang)
			}
		}
	}
	out.Events, out.Futures = res.Trace.Len(), len(res.Trace.Futures())
	bin, err := trace.EncodeBinary(res.Trace)
	if err != nil {
		return nil, fmt.Errorf("run: writing the trace: %v", err)
	}
	out.TraceBin = bin
	if n := res.Trace.Len(); n > 0 {
		out.VirtualNs = res.Trace.At(n - 1).Time
	}
	out.WallMs = float64(time.Since(start).Microseconds()) / 1000
	return out, nil
}
