package reveal

import (
	"fmt"

	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/sim/trace"
)

// GiveAways returns, for each question of p whose answer is already on screen when it is asked, a
// sentence saying which event gives it away; points are the questions' events (Points). A question
// is asked with the run revealed up to its event, so what the timeline shows then must not decide
// its answer.
//
// It catches two kinds of give-away. The one a predict block most easily makes is a `print N`
// question asked after the event that decides what line N says. That event is, in the printing thread and
// since its previous line (and the previous question), the end of a blocking call a learner predicts
// (result, exception, wait, as_completed, map: the timeline writes its outcome, "result() → 10"), an
// as_completed yield ("yields f2"), or a cancel() call (the timeline writes what it returned).
// The other is any question asked after the run failed on screen, since the previous question: an
// uncaught error, a timeout that raised, a deadlock, a broken pool (a question about how the run ends is then
// answered before it is asked).
//
// Its limits: it reads events, not the question's words, so it cannot tell a state the question asks
// the learner to read off the timeline (which futures are running at 1.5 s) from one it asks them
// to predict; it does not look at time (a `print N` question about when a line is printed, asked
// after the future it waits for has finished, is not caught unless a blocking call ends in between);
// and it asks nothing more of questions about futures (start, finish, callback, cancel) and `end`,
// whose own events the run cannot show before they happen.
func GiveAways(t *trace.Trace, p *lessons.Prediction, points []int) []string {
	evs := events(t)
	var out []string
	for i, q := range p.Questions {
		if i >= len(points) {
			break
		}
		from := -1
		if i > 0 {
			from = points[i-1]
		}
		if e, ok := failure(evs, from, points[i]); ok {
			out = append(out, fmt.Sprintf("question %d (line %d): `%s` is asked after the run failed (%s): pin it to an earlier event",
				i+1, q.Line, q.At, e.Kind))
			continue
		}
		if q.At.Kind != "print" {
			continue
		}
		if e, ok := decider(evs, from, points[i]); ok {
			out = append(out, fmt.Sprintf("question %d (line %d): `%s` is asked after %s, which decides what it prints: pin it to an earlier event",
				i+1, q.Line, q.At, describe(e)))
		}
	}
	return out
}

// decider returns the event after index from that decides what the print at index at says: walking
// back from it in its thread, a blocking call's end, a yield or a cancel() before the thread's
// previous line.
func decider(evs []trace.Event, from, at int) (trace.Event, bool) {
	p := evs[at]
	for j := at - 1; j > from; j-- {
		e := evs[j]
		if e.Thread != p.Thread || e.Process != p.Process {
			continue
		}
		switch {
		case e.Kind == trace.Print:
			return trace.Event{}, false
		case e.Kind == trace.CallEnd && stepCalls[e.Name], e.Kind == trace.Yield, e.Kind == trace.FutureCancel:
			return e, true
		}
	}
	return trace.Event{}, false
}

// failure returns the first event between indexes from and at, both left out, that shows the run
// failing.
func failure(evs []trace.Event, from, at int) (trace.Event, bool) {
	for _, e := range evs[from+1 : at] {
		switch {
		case e.Kind == trace.Error, e.Kind == trace.Deadlock, e.Kind == trace.ExecutorBroken,
			e.Kind == trace.Timeout && e.Value != "": // wait() returns at its timeout, raising nothing
			return e, true
		}
	}
	return trace.Event{}, false
}

// describe names a give-away event as the timeline shows it.
func describe(e trace.Event) string {
	switch e.Kind {
	case trace.Yield:
		return fmt.Sprintf("as_completed() yielding f%d", e.Future)
	case trace.FutureCancel:
		return fmt.Sprintf("f%d.cancel() returning %s", e.Future, e.Value)
	}
	if e.Value == "" {
		return e.Name + "() returning"
	}
	return fmt.Sprintf("%s() returning %s", e.Name, e.Value)
}
