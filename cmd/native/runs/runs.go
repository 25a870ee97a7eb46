// Package runs runs the desktop window's scripts on the simulator in the background, one at a time,
// and says what each run printed, without a graphics library, so that starting, replacing and
// stopping runs (R, another block, Esc, a runaway loop) is tested without a display.
package runs

import (
	"bytes"
	"cmp"
	"strings"

	"github.com/futurescope/futurescope/cmd/native/cli"
	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

// A Job is a script to run: a scenario, or a script block of a lesson.
type Job struct {
	// Key names what runs: a new run of the key shown keeps the viewer's state (view, zoom, playhead).
	Key string
	// Name is the script's file name in tracebacks.
	Name   string
	Source []byte
	// Opts are the block's options (the zero value for a scenario).
	Opts lessons.Options
	// MaxSteps is the run's CPU budget in interpreter instructions (0: cli.InteractiveMaxSteps).
	MaxSteps int64
	// Cancel, when closed, stops the run at its next instruction (nil: never).
	Cancel <-chan struct{}
}

// A Run is one execution of a job: its trace and what it printed.
type Run struct {
	Job
	// Gen is the executor's run counter when it started.
	Gen    int
	Trace  *trace.Trace
	Stdout string
	Stderr string
	Failed bool
	// Syntax says the script did not compile: it has no run to show.
	Syntax bool
	// Runaway says the run used up its CPU budget (Job.MaxSteps).
	Runaway bool
	// ErrLine is the script line where a failed run stopped (the report's Line: the innermost frame
	// of the uncaught exception, the syntax error, the loop that used up the budget); 0 if none.
	ErrLine int
	// Report says why the run failed (nil when it did not): StderrIn words it in the window's language.
	Report *script.Report
}

// StderrIn is what the run wrote on stderr, as a person reads it in lang: its report's text in lang
// (futurescope's own messages, a deadlock's or a limit's, in Chinese on a Chinese course; Python's
// tracebacks as CPython prints them, with a line in Chinese saying what a common exception means)
// after what the script's threads wrote before it.
func (r *Run) StderrIn(lang string) string {
	if r.Report == nil || !strings.HasSuffix(r.Stderr, r.Report.Text) {
		return r.Stderr
	}
	return strings.TrimSuffix(r.Stderr, r.Report.Text) + r.Report.TextIn(lang)
}

// Execute runs j's script on a fresh simulation with its options and its CPU budget, here and now,
// and returns the run. It never panics on a bad script: the error is in stderr and the Report.
func Execute(j Job) *Run { return execute(j, 0) }

// execute runs j as run number gen.
func execute(j Job, gen int) *Run {
	r := &Run{Job: j, Gen: gen}
	var rep *script.Report
	r.Trace, r.Stdout, r.Stderr, rep = executeReport(j)
	if rep != nil {
		r.Report = rep
		r.Failed, r.Syntax, r.ErrLine = true, rep.Kind == script.KindSyntax, rep.Line
		r.Runaway = rep.Kind == script.KindLimit && rep.Limit == "steps"
	}
	return r
}

// executeReport runs j, returning why the run failed as data (nil when it did not).
func executeReport(j Job) (*trace.Trace, string, string, *script.Report) {
	var out, errs bytes.Buffer
	res := script.Run(script.Options{
		Filename: j.Name, Source: j.Source, Stdout: &out, Stderr: &errs,
		Cores: j.Opts.Cores, FreeThreaded: j.Opts.FreeThreaded,
		MaxSteps: cmp.Or(j.MaxSteps, cli.InteractiveMaxSteps), Cancel: j.Cancel,
	})
	t := res.Trace
	if t == nil {
		t = &trace.Trace{Version: trace.Version}
	}
	if t.Meta == nil {
		t.Meta = map[string]string{}
	}
	if t.Meta["file"] == "" {
		t.Meta["file"] = j.Name
	}
	rep := res.Report
	if rep == nil && res.Err != nil { // a failure the report does not describe still fails the run
		rep = &script.Report{Kind: script.KindInternal, Message: res.Err.Error()}
	}
	return t, out.String(), errs.String(), rep
}
