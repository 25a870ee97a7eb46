// Package reveal finds a prediction's reveal points in the trace of its run: the events a predict
// block's questions are about (see lessons.Reveal). The lessons checker uses it to check that every
// question's event happens, and front ends to know how far to reveal a run before each question.
//
// An index here is an index into a trace's events (trace.Trace.At). Revealing a run "up to i" shows the events
// before index i; a question at index i is asked with the run revealed up to i, and its answer
// reveals event i. Front ends reveal by index, never by virtual time: many events share one instant
// (a run may happen all at 0 s), and revealing by time would show a question's event with the one
// before it. IsStep says where stepping through a run stops. GiveAways finds the questions whose
// answer the run already shows when they are asked.
package reveal

import (
	"fmt"

	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/sim/trace"
)

// Find returns the index in t's events of the event r names, and whether t has it.
func Find(t *trace.Trace, r lessons.Reveal) (int, bool) {
	evs := events(t)
	if r.Kind == "end" {
		return len(evs) - 1, len(evs) > 0
	}
	prints := 0
	for i, e := range evs {
		switch {
		case r.Kind == "print" && e.Kind == trace.Print:
			if prints++; prints == r.N {
				return i, true
			}
		case e.Future == r.N && e.Kind == futureKinds[r.Kind]:
			return i, true
		}
	}
	return 0, false
}

// futureKinds are the event kinds of the reveal points that name a future.
var futureKinds = map[string]trace.Kind{"start": trace.FutureRunning, "finish": trace.FutureFinish,
	"callback": trace.CallbackStart, "cancel": trace.FutureCancel}

// Points returns the index of each question's event in t, in order. It fails when an event does not
// happen in t, or when a question's event comes before the previous question's: a presenter reaches
// the questions in the order the run does.
func Points(t *trace.Trace, p *lessons.Prediction) ([]int, error) {
	out := make([]int, len(p.Questions))
	for i, q := range p.Questions {
		at, ok := Find(t, q.At)
		if !ok {
			return nil, fmt.Errorf("question %d (line %d): the run has no `%s`%s", i+1, q.Line, q.At, whatItHas(t, q.At))
		}
		if i > 0 && at < out[i-1] {
			return nil, fmt.Errorf("question %d (line %d): `%s` happens before question %d's `%s`: order the questions as the run reaches them",
				i+1, q.Line, q.At, i, p.Questions[i-1].At)
		}
		out[i] = at
	}
	return out, nil
}

// whatItHas says what the run has instead of r: how many lines it prints, or how many futures it makes.
func whatItHas(t *trace.Trace, r lessons.Reveal) string {
	prints, futures := 0, 0
	for _, e := range events(t) {
		switch e.Kind {
		case trace.Print:
			prints++
		case trace.FutureCreate:
			futures++
		}
	}
	if r.Kind == "print" {
		return fmt.Sprintf(" (it prints %s)", count(prints, "line"))
	}
	return fmt.Sprintf(" (it makes %s)", count(futures, "future"))
}

// count writes n things: "1 line", "2 lines".
func count(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

// events returns t's events: the one place this package reads them.
func events(t *trace.Trace) []trace.Event { return t.Collect() }
