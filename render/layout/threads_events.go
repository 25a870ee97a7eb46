package layout

import (
	"github.com/futurescope/futurescope/sim/trace"
)

// startupCall is the call a new worker process spends its start-up time in.
const startupCall = "startup"

// threadEvent reads one event of thread ts.
func (tv *threadView) threadEvent(ts *threadState, e trace.Event) {
	switch e.Kind {
	case trace.ThreadStart:
		ts.start.set(e)
	case trace.ThreadExit:
		ts.exited = true
		tv.line(ThreadLife, ts.lane, ts.start, e.Time, tv.n.thread(ts.id)+" "+between(max(ts.start.t, 0), e.Time)).Thread = ts.id
	case trace.TaskStart:
		ts.open = append(ts.open, openSpan{e, Running})
	case trace.CallbackStart:
		ts.open = append(ts.open, openSpan{e, Callback})
	case trace.CallStart:
		st := Blocked
		if e.Name == "sleep" || e.Name == startupCall {
			st = Sleeping
		}
		ts.open = append(ts.open, openSpan{e, st})
	case trace.TaskEnd, trace.CallbackEnd, trace.CallEnd:
		tv.end(ts, e)
	case trace.GILAcquire:
		if ts.ready && ts.last < e.Time && ts.gil.t < 0 {
			tv.gilSpan(ts, GILWait, mark{ts.last, e.Seq}, e.Time)
		}
		ts.gil.set(e)
	case trace.GILRelease:
		if ts.gil.t >= 0 {
			tv.gilSpan(ts, GILHeld, ts.gil, e.Time)
			ts.gil = never
		}
	default:
		tv.threadMarker(ts, e)
	}
}

// end closes the innermost open span that e ends.
func (tv *threadView) end(ts *threadState, e trace.Event) {
	want := trace.CallStart
	switch e.Kind {
	case trace.TaskEnd:
		want = trace.TaskStart
	case trace.CallbackEnd:
		want = trace.CallbackStart
	}
	for j := len(ts.open) - 1; j >= 0; j-- {
		s := ts.open[j].start
		if s.Kind == want && s.Name == e.Name && s.Future == e.Future {
			tv.closeSpan(ts, j, e)
			return
		}
	}
}

// closeSpan draws ts.open[j], which end closes (end.Time < 0: the run ended first), and removes it.
func (tv *threadView) closeSpan(ts *threadState, j int, end trace.Event) {
	o := ts.open[j]
	ts.open = append(ts.open[:j], ts.open[j+1:]...)
	if end.Time == o.start.Time && (o.style == Blocked || o.style == Sleeping) {
		return // a call that did not block: nothing to see
	}
	y0, y1 := float32(runTop), float32(runBottom)
	if o.style == Blocked || o.style == Sleeping {
		y0, y1 = blockTop, blockBottom
	}
	label, detail := tv.spanText(ts, o, end)
	if outer := ts.enclosingCall(j); outer != "" {
		label, detail = outer+" › "+label, detail+", inside "+outer
	}
	s := tv.b.span(o.style, ts.lane, o.start.Time, end.Time, y0, y1, o.start.Seq, label, detail)
	s.Future, s.Thread = o.start.Future, ts.id
	if o.style == Running {
		s.Worker = ts.worker
	}
}

// spanText returns the label and the detail of a span of thread ts.
func (tv *threadView) spanText(ts *threadState, o openSpan, end trace.Event) (label, detail string) {
	who, s := tv.n.thread(ts.id), o.start
	when := between(s.Time, end.Time)
	switch o.style {
	case Running:
		label = tv.n.futureLabel(s.Future)
		return label, who + " runs " + label + " " + when
	case Callback:
		label = s.Name + "(f" + itoa(s.Future) + ")"
		detail = who + " runs the done-callback " + label + " " + when
		if end.Value != "" {
			detail += "; it raised " + end.Value
		}
		return label, detail
	}
	if s.Name == startupCall {
		return "start-up", tv.n.process(s.Process) + " starts: a new Python interpreter starts and imports the main module " + when
	}
	label = callLabel(tv.n, s)
	detail = who + " is blocked in " + label + " " + when
	if o.style == Sleeping {
		detail = who + " sleeps in " + label + " " + when
	}
	if end.Value != "" {
		detail += "; it returned " + end.Value
	}
	return label, detail
}

// gilSpan draws a stretch of holding (GILHeld) or waiting for (GILWait) the GIL.
func (tv *threadView) gilSpan(ts *threadState, st Style, from mark, to int64) {
	if to == from.t {
		return
	}
	what := " holds the GIL "
	if st == GILWait {
		what = " waits for the GIL "
	}
	s := tv.b.span(st, ts.lane, from.t, to, gilTop, gilBottom, from.seq, "", tv.n.thread(ts.id)+what+between(from.t, to))
	s.Thread = ts.id
}

// threadMarker draws the instant events of a thread on its lane.
func (tv *threadView) threadMarker(ts *threadState, e trace.Event) {
	switch e.Kind {
	case trace.Yield, trace.Print, trace.Log, trace.FutureCancel, trace.Timeout, trace.Error,
		trace.ExecutorCreate, trace.ExecutorShutdown, trace.ExecutorBroken:
	default:
		return
	}
	who, at := tv.n.thread(ts.id), " at "+FormatTime(e.Time)
	var st Style
	var d string
	switch e.Kind {
	case trace.Yield:
		st, d = Yielded, "as_completed() yielded "+tv.n.futureLabel(e.Future)+" to "+who+at
	case trace.Print:
		st, d = Printed, who+" printed"+at+": "+e.Value
	case trace.Log:
		st, d = Logged, who+" logged "+e.Name+at+": "+e.Value
	case trace.FutureCancel:
		st, d = CancelFalse, who+" called cancel() on "+tv.n.futureLabel(e.Future)+at+": it returned "+e.Value
		if e.Value == "True" {
			st = CancelTrue
		}
	case trace.Timeout:
		ts.timeout = e
		if e.Name == "wait" {
			return // wait() returns on a timeout: its overlay says so
		}
		st, d = TimedOut, who+": "+e.Name+"() timed out"+at
		if e.Value != "" {
			d += ": " + e.Value
		}
	case trace.Error:
		if ts.timeout.Time == e.Time && ts.timeout.Value == e.Value {
			return // the timeout's marker says it already
		}
		st, d = Failed, who+" stopped with an uncaught exception"+at+": "+e.Value
	case trace.ExecutorCreate:
		st, d = Created, who+" made "+tv.n.executors[e.Target]+at
	case trace.ExecutorShutdown:
		st, d = Shutdown, who+" shut down "+tv.n.executors[e.Target]+" ("+e.Args+")"+at
	case trace.ExecutorBroken:
		st, d = Broken, tv.n.executors[e.Target]+" broke"+at+": "+e.Value
	default:
		return
	}
	s := tv.b.marker(st, ts.lane, e.Time, markY, threadMark, e.Seq, "", d)
	s.Future, s.Thread = e.Future, ts.id
}

// enclosingCall names the call open under ts.open[j] (already removed from the stack), if any: a
// join() inside shutdown() is labelled "shutdown › join(…)", since it hides its parent's label.
func (ts *threadState) enclosingCall(j int) string {
	for k := min(j, len(ts.open)) - 1; k >= 0; k-- {
		if o := ts.open[k]; o.style == Blocked || o.style == Sleeping {
			return o.start.Name + "()"
		}
	}
	return ""
}
