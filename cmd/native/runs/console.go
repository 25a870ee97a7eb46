package runs

import (
	"fmt"
	"strings"
	"time"

	"github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

// A Line is one line of output, stamped with when it was printed and by which event.
type Line struct {
	T int64
	// Event is the index in the run's trace of the event that printed it (a traceback's: the error's,
	// else the last event), for a prediction to show only the lines of the events revealed.
	Event int
	Text  string
	Alert bool // part of the traceback of an uncaught error
	Note  bool // the window's remark, not the script's output
}

// Console returns the run's output: each printed line at its time (from the trace's print events),
// then the traceback of an uncaught error at the end (futurescope's own messages in lang), and, when the lesson expected that error,
// expected (the window's remark saying so); when the run used up its CPU budget, budget (a format
// of the steps and the CPU time allowed) says so.
func (r *Run) Console(lang, expected, budget string) []Line {
	var out []Line
	last := max(r.Trace.Len()-1, 0)
	for i, e := range r.Trace.Events() {
		if e.Kind == trace.Print {
			out = append(out, Line{T: e.Time, Event: i, Text: e.Value})
		}
	}
	if len(out) == 0 && r.Stdout != "" {
		for _, l := range strings.Split(strings.TrimRight(r.Stdout, "\n"), "\n") {
			out = append(out, Line{Event: last, Text: l})
		}
	}
	s := strings.TrimRight(r.StderrIn(lang), "\n")
	if s == "" {
		return out
	}
	at, ev := r.Trace.End(), last
	for i, e := range r.Trace.Events() { // the traceback belongs to the moment the error happened
		if e.Kind == trace.Error || e.Kind == trace.Deadlock || e.Kind == trace.Limit {
			at, ev = e.Time, i
		}
	}
	for _, l := range strings.Split(s, "\n") {
		out = append(out, Line{T: at, Event: ev, Text: l, Alert: true})
	}
	if r.Failed && r.Opts.ExpectError != "" && expected != "" {
		out = append(out, Line{T: at, Event: ev, Text: expected, Note: true})
	}
	if r.Runaway && budget != "" {
		out = append(out, Line{T: at, Event: ev, Text: fmt.Sprintf(budget, float64(r.MaxSteps),
			time.Duration(r.MaxSteps)*script.DefaultStepCost), Alert: true})
	}
	return out
}

// LastPrinted returns the index of the last of lines printed at or before t, or -1.
func LastPrinted(lines []Line, t int64) int {
	last := -1
	for i, l := range lines {
		if l.T <= t {
			last = i
		}
	}
	return last
}
