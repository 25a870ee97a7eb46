package main

import (
	"bytes"
	"strings"

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
}

// A run is one execution of a job: its trace and what it printed.
type run struct {
	job
	// gen is the App's run counter when it started.
	gen    int
	trace  *trace.Trace
	stdout string
	stderr string
	failed bool
}

// execute runs j's script on a fresh simulation with its options. It never panics on a bad script:
// the error is in stderr.
func execute(j job) (*trace.Trace, string, string, bool) {
	var out, errs bytes.Buffer
	res := script.Run(script.Options{
		Filename: j.name, Source: j.source, Stdout: &out, Stderr: &errs,
		Cores: j.opts.Cores, FreeThreaded: j.opts.FreeThreaded,
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
	return t, out.String(), errs.String(), res.Err != nil
}

// start runs j in the background; Update picks the result up from a.results.
func (a *App) start(j job) {
	a.gen++
	a.running, a.runName = true, j.name
	r := &run{job: j, gen: a.gen}
	go func() {
		r.trace, r.stdout, r.stderr, r.failed = execute(j)
		a.results <- r
	}()
}

// A consoleLine is one line of output, stamped with when it was printed.
type consoleLine struct {
	t     int64
	text  string
	alert bool // part of the traceback of an uncaught error
	note  bool // the window's remark, not the script's output
}

// console returns the run's output: each printed line at its time (from the trace's print events),
// then the traceback of an uncaught error at the end, and, when the lesson expected that error,
// expected (the window's remark saying so).
func (r *run) console(expected string) []consoleLine {
	var out []consoleLine
	for _, e := range r.trace.Events {
		if e.Kind == trace.Print {
			out = append(out, consoleLine{t: e.Time, text: e.Value})
		}
	}
	if len(out) == 0 && r.stdout != "" {
		for _, l := range strings.Split(strings.TrimRight(r.stdout, "\n"), "\n") {
			out = append(out, consoleLine{text: l})
		}
	}
	s := strings.TrimRight(r.stderr, "\n")
	if s == "" {
		return out
	}
	at := r.trace.End()
	for _, e := range r.trace.Events { // the traceback belongs to the moment the error happened
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
	return out
}
