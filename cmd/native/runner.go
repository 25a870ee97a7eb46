package main

import (
	"bytes"
	"cmp"
	"fmt"
	"strings"
	"time"

	"github.com/futurescope/futurescope/cmd/native/cli"
	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

// A job is a script to run: a scenario, or a script block of a lesson.
type job struct {
	// key names what runs: a new run of the key shown keeps the viewer's state (view, zoom, playhead).
	key string
	// name is the script's file name in tracebacks.
	name   string
	source []byte
	// opts are the block's options (the zero value for a scenario).
	opts lessons.Options
	// maxSteps is the run's CPU budget in interpreter instructions (0: cli.InteractiveMaxSteps).
	maxSteps int64
	// cancel, when closed, stops the run at its next instruction (nil: never).
	cancel <-chan struct{}
}

// A run is one execution of a job: its trace and what it printed.
type run struct {
	job
	// gen is the executor's run counter when it started.
	gen    int
	trace  *trace.Trace
	stdout string
	stderr string
	failed bool
	// syntax says the script did not compile: it has no run to show.
	syntax bool
	// runaway says the run used up its CPU budget (job.maxSteps).
	runaway bool
	// errLine is the script line where a failed run stopped (the report's Line: the innermost frame
	// of the uncaught exception, the syntax error, the loop that used up the budget); 0 if none.
	errLine int
	// report says why the run failed (nil when it did not): stderrIn words it in the window's language.
	report *script.Report
}

// stderrIn is what the run wrote on stderr, as a person reads it in lang: its report's text in lang
// (futurescope's own messages, a deadlock's or a limit's, in Chinese on a Chinese course; Python's
// tracebacks as CPython prints them, with a line in Chinese saying what a common exception means)
// after what the script's threads wrote before it.
func (r *run) stderrIn(lang string) string {
	if r.report == nil || !strings.HasSuffix(r.stderr, r.report.Text) {
		return r.stderr
	}
	return strings.TrimSuffix(r.stderr, r.report.Text) + r.report.TextIn(lang)
}

// execute runs j's script on a fresh simulation with its options and the window's CPU budget. It
// never panics on a bad script: the error is in stderr.
func execute(j job) (*trace.Trace, string, string, bool) {
	t, out, errs, rep := executeReport(j)
	return t, out, errs, rep != nil
}

// executeReport is execute, returning why the run failed as data (nil when it did not).
func executeReport(j job) (*trace.Trace, string, string, *script.Report) {
	var out, errs bytes.Buffer
	res := script.Run(script.Options{
		Filename: j.name, Source: j.source, Stdout: &out, Stderr: &errs,
		Cores: j.opts.Cores, FreeThreaded: j.opts.FreeThreaded,
		MaxSteps: cmp.Or(j.maxSteps, cli.InteractiveMaxSteps), Cancel: j.cancel,
	})
	t := res.Trace
	if t == nil {
		t = &trace.Trace{Version: trace.Version}
	}
	if t.Meta == nil {
		t.Meta = map[string]string{}
	}
	if t.Meta["file"] == "" {
		t.Meta["file"] = j.name
	}
	rep := res.Report
	if rep == nil && res.Err != nil { // a failure the report does not describe still fails the run
		rep = &script.Report{Kind: script.KindInternal, Message: res.Err.Error()}
	}
	return t, out.String(), errs.String(), rep
}

// An executor runs the window's jobs in the background, one at a time: starting one cancels the one
// in progress, whose result is then dropped, and Update collects the result of the last.
type executor struct {
	results  chan *run
	maxSteps int64 // each run's CPU budget, in interpreter instructions
	gen      int   // counts the runs started
	running  bool  // a run is in progress
	name     string
	cancel   chan struct{} // closing it stops the run in progress; nil when none is
	runs     int           // counts the runs finished
}

// newExecutor returns an executor whose runs may take maxSteps interpreter instructions (0:
// cli.InteractiveMaxSteps).
func newExecutor(maxSteps int64) *executor {
	return &executor{results: make(chan *run, 4), maxSteps: cmp.Or(maxSteps, cli.InteractiveMaxSteps)}
}

// start runs j in the background, cancelling the run in progress; collect picks the result up.
func (x *executor) start(j job) {
	x.cancelRun()
	cancel := make(chan struct{})
	x.gen++
	x.running, x.name, x.cancel = true, j.name, cancel
	j.maxSteps, j.cancel = x.maxSteps, cancel
	r := &run{job: j, gen: x.gen}
	results := x.results
	go func() {
		var rep *script.Report
		r.trace, r.stdout, r.stderr, rep = executeReport(j)
		if rep != nil {
			r.report = rep
			r.failed, r.syntax, r.errLine = true, rep.Kind == script.KindSyntax, rep.Line
			r.runaway = rep.Kind == script.KindLimit && rep.Limit == "steps"
		}
		results <- r
	}()
}

// collect returns the run last started once it has finished, else nil (an older run is dropped).
func (x *executor) collect() *run {
	select {
	case r := <-x.results:
		if r.gen != x.gen {
			return nil
		}
		x.running, x.cancel = false, nil
		x.runs++
		return r
	default:
		return nil
	}
}

// stop cancels the run in progress: the simulation stops at its next instruction, and its result
// is dropped.
func (x *executor) stop() {
	x.cancelRun()
	x.gen++
	x.running = false
}

// cancelRun stops the run in progress, if any, at its next instruction: its result, which says it was
// cancelled, is then dropped (its gen is old).
func (x *executor) cancelRun() {
	if x.cancel != nil {
		close(x.cancel)
		x.cancel = nil
	}
}

// A consoleLine is one line of output, stamped with when it was printed.
type consoleLine struct {
	t     int64
	text  string
	alert bool // part of the traceback of an uncaught error
	note  bool // the window's remark, not the script's output
}

// console returns the run's output: each printed line at its time (from the trace's print events),
// then the traceback of an uncaught error at the end (futurescope's own messages in lang), and, when the lesson expected that error,
// expected (the window's remark saying so); when the run used up its CPU budget, budget (a format
// of the steps and the CPU time allowed) says so.
func (r *run) console(lang, expected, budget string) []consoleLine {
	var out []consoleLine
	for _, e := range r.trace.Events() {
		if e.Kind == trace.Print {
			out = append(out, consoleLine{t: e.Time, text: e.Value})
		}
	}
	if len(out) == 0 && r.stdout != "" {
		for _, l := range strings.Split(strings.TrimRight(r.stdout, "\n"), "\n") {
			out = append(out, consoleLine{text: l})
		}
	}
	s := strings.TrimRight(r.stderrIn(lang), "\n")
	if s == "" {
		return out
	}
	at := r.trace.End()
	for _, e := range r.trace.Events() { // the traceback belongs to the moment the error happened
		if e.Kind == trace.Error || e.Kind == trace.Deadlock || e.Kind == trace.Limit {
			at = e.Time
		}
	}
	for _, l := range strings.Split(s, "\n") {
		out = append(out, consoleLine{t: at, text: l, alert: true})
	}
	if r.failed && r.opts.ExpectError != "" && expected != "" {
		out = append(out, consoleLine{t: at, text: expected, note: true})
	}
	if r.runaway && budget != "" {
		out = append(out, consoleLine{t: at, text: fmt.Sprintf(budget, float64(r.maxSteps),
			time.Duration(r.maxSteps)*script.DefaultStepCost), alert: true})
	}
	return out
}
