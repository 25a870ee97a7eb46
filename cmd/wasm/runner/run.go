package main

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/futurescope/futurescope/cmd/wasm/internal/browserrun"
	"github.com/futurescope/futurescope/render/words"
	script "github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

// RunOptions are the settings of one run, as the page sends them (browserrun.Options: the limits and
// defaults compare.wasm shares), and how it is stopped.
type RunOptions struct {
	browserrun.Options
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

// eagerEvents is the most events a run is drawn for with it, where it is drawn with it (the course's
// runs, course.go): a bigger run's picture (tens of megabytes) is drawn only when exported.
const eagerEvents = 50_000

// runScript runs source on a fresh simulation. It always returns a result: a script's failure is in
// Error and Marks, not in err, which is set only if the trace could not be written.
func runScript(source string, opts RunOptions) (*RunResult, error) {
	opts.Options = opts.WithDefaults()
	start := time.Now()
	var stdout, stderr bytes.Buffer
	so := opts.Script(source, &stdout, &stderr)
	so.Cancel, so.Yield = opts.Cancel, opts.Yield
	res := script.Run(so)
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
