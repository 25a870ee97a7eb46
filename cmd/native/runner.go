package main

import (
	"bytes"
	"strings"

	"github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

// A run is one execution of a scenario's script: its trace and what it printed.
type run struct {
	// index is the scenario it ran, gen the App's run counter when it started.
	index, gen int
	source     []byte
	trace      *trace.Trace
	stdout     string
	stderr     string
	failed     bool
}

// execute runs src on a fresh simulation. It never panics on a bad script: the error is in stderr.
func execute(name string, src []byte) (*trace.Trace, string, string, bool) {
	var out, errs bytes.Buffer
	res := script.Run(script.Options{Filename: name, Source: src, Stdout: &out, Stderr: &errs})
	t := res.Trace
	if t == nil {
		t = &trace.Trace{Version: trace.Version}
	}
	if t.Meta == nil {
		t.Meta = map[string]string{}
	}
	if t.Meta["file"] == "" {
		t.Meta["file"] = name
	}
	return t, out.String(), errs.String(), res.Err != nil
}

// start runs scenario i's script in the background; Update picks the result up from a.results.
func (a *App) start(i int) {
	a.gen++
	a.running = true
	sc := a.scenarios[i]
	r := &run{index: i, gen: a.gen, source: sc.Source}
	go func() {
		r.trace, r.stdout, r.stderr, r.failed = execute(sc.Name+".py", sc.Source)
		a.results <- r
	}()
}

// A consoleLine is one line of output, stamped with when it was printed.
type consoleLine struct {
	t     int64
	text  string
	alert bool // part of the traceback of an uncaught error
}

// console returns the run's output: each printed line at its time (from the trace's print events),
// then the traceback of an uncaught error at the end.
func (r *run) console() []consoleLine {
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
	if s := strings.TrimRight(r.stderr, "\n"); s != "" {
		at := r.trace.End()
		for _, e := range r.trace.Events { // the traceback belongs to the moment the error happened
			if e.Kind == trace.Error || e.Kind == trace.Deadlock || e.Kind == trace.Limit {
				at = e.Time
			}
		}
		for _, l := range strings.Split(s, "\n") {
			out = append(out, consoleLine{t: at, text: l, alert: true})
		}
	}
	return out
}
