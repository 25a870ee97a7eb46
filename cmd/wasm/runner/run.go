package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/render/svg"
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
	Lang         string        // the language of the timeline's words in SVG: "en" (default) or "zh"
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
	// TraceJSON is the run's trace as trace.Encode writes it and SVG its timeline from render/svg,
	// both "" for a run of more than eagerEvents events: lastTraceJSON, timelineSVG and chromeTrace
	// make them from the last run when an export asks.
	TraceJSON, SVG string
	// Futures and Events count the run's futures and its trace's events.
	Futures, Events int
	// TraceBin is the trace in its binary form (trace.EncodeBinary), what the timeline reads: a
	// tenth of the JSON's size, and decoded many times faster.
	TraceBin []byte
	// VirtualNs is when the run's last event happened, in virtual nanoseconds; WallMs how long the
	// simulation and the drawing took in real time.
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

// eagerEvents is the most events a run's JSON and SVG are written for with the run: a bigger run's
// (tens of megabytes, copied from the worker to the page) would cost time and memory for an export
// nobody may ask for, so they are written from the last run when asked.
const eagerEvents = 50_000

// last is the trace of the last run, for the exports of a run too big to write them with it. The
// runner runs one script at a time, in its own worker.
var last *trace.Trace

// runScript runs source on a fresh simulation and draws its timeline. It always returns a result:
// a script's failure is in Error and Marks, not in err, which is set only if the trace could not be
// written or drawn.
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
	last = res.Trace
	out.Events, out.Futures = res.Trace.Len(), len(res.Trace.Futures())
	var tj, img strings.Builder
	if out.Events <= eagerEvents {
		if err := trace.Encode(&tj, res.Trace); err != nil {
			return nil, fmt.Errorf("run: writing the trace: %v", err)
		}
		if err := drawSVG(&img, res.Trace, opts.Lang); err != nil {
			return nil, fmt.Errorf("run: drawing the timeline: %v", err)
		}
	}
	bin, err := trace.EncodeBinary(res.Trace)
	if err != nil {
		return nil, fmt.Errorf("run: writing the trace: %v", err)
	}
	out.TraceJSON, out.SVG, out.TraceBin = tj.String(), img.String(), bin
	if n := res.Trace.Len(); n > 0 {
		out.VirtualNs = res.Trace.At(n - 1).Time
	}
	out.WallMs = float64(time.Since(start).Microseconds()) / 1000
	return out, nil
}

// drawSVG lays t out in lang ("en" or "zh") and draws it as SVG to w.
func drawSVG(w io.Writer, t *trace.Trace, lang string) error {
	return svg.Write(w, layout.BuildWith(t, layout.BuildOptions{Lang: lang}), svg.Options{})
}

// traceOf reads a trace written by trace.Encode, or returns the last run's for "".
func traceOf(traceJSON string) (*trace.Trace, error) {
	if traceJSON != "" {
		return trace.Decode(strings.NewReader(traceJSON))
	}
	if last == nil {
		return nil, errors.New("no run to export: run the script first")
	}
	return last, nil
}

// lastTraceJSON returns the last run's trace as trace.Encode writes it.
func lastTraceJSON() (string, error) {
	t, err := traceOf("")
	if err != nil {
		return "", fmt.Errorf("traceJSON: %v", err)
	}
	var b strings.Builder
	if err := trace.Encode(&b, t); err != nil {
		return "", fmt.Errorf("traceJSON: %v", err)
	}
	return b.String(), nil
}

// timelineSVG draws a trace written by trace.Encode ("": the last run's) as SVG in lang: an export in
// the page's language, or of a run too big to draw with it.
func timelineSVG(traceJSON, lang string) (string, error) {
	t, err := traceOf(traceJSON)
	if err != nil {
		return "", fmt.Errorf("svg: %v", err)
	}
	var b strings.Builder
	if err := drawSVG(&b, t, lang); err != nil {
		return "", fmt.Errorf("svg: %v", err)
	}
	return b.String(), nil
}

// chromeTrace converts a trace written by trace.Encode ("": the last run's) to Chrome Trace Event JSON.
func chromeTrace(traceJSON string) (string, error) {
	t, err := traceOf(traceJSON)
	if err != nil {
		return "", fmt.Errorf("chromeTrace: %v", err)
	}
	var b strings.Builder
	if err := trace.WriteChrome(&b, t); err != nil {
		return "", fmt.Errorf("chromeTrace: %v", err)
	}
	return b.String(), nil
}
