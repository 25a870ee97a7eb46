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
		d := fill(tv.n.w.life, "name", tv.n.thread(ts.id), "when", tv.n.between(max(ts.start.t, 0), e.Time))
		tv.line(ThreadLife, ts.lane, ts.start, e.Time, d).Thread = ts.id
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
		label, detail = outer+" › "+label, fill(tv.n.w.inside, "detail", detail, "call", outer)
	}
	s := tv.b.span(o.style, ts.lane, o.start.Time, end.Time, y0, y1, o.start.Seq, label, detail)
	s.Future, s.Thread = o.start.Future, ts.id
	if o.style == Running {
		s.Worker = ts.worker
	}
}

// spanText returns the label and the detail of a span of thread ts.
func (tv *threadView) spanText(ts *threadState, o openSpan, end trace.Event) (label, detail string) {
	w, who, s := tv.n.w, tv.n.thread(ts.id), o.start
	when := tv.n.between(s.Time, end.Time)
	switch o.style {
	case Running:
		label = tv.n.futureLabel(s.Future)
		return label, fill(w.runs, "who", who, "future", label, "when", when)
	case Callback:
		label = s.Name + "(f" + itoa(s.Future) + ")"
		detail = fill(w.runsCallback, "who", who, "callback", label, "when", when)
		if end.Value != "" {
			detail = fill(w.itRaised, "detail", detail, "value", end.Value)
		}
		return label, detail
	}
	if s.Name == startupCall {
		return w.startupLabel, fill(w.startup, "process", tv.n.process(s.Process), "when", when)
	}
	label = callLabel(tv.n, s)
	tmpl := w.blockedIn
	if o.style == Sleeping {
		tmpl = w.sleepsIn
	}
	detail = fill(tmpl, "who", who, "call", label, "when", when)
	if end.Value != "" {
		detail = fill(w.itReturned, "detail", detail, "value", end.Value)
	}
	return label, detail
}

// gilSpan draws a stretch of holding (GILHeld) or waiting for (GILWait) the GIL.
func (tv *threadView) gilSpan(ts *threadState, st Style, from mark, to int64) {
	if to == from.t {
		return
	}
	tmpl := tv.n.w.gilHolds
	if st == GILWait {
		tmpl = tv.n.w.gilWaits
	}
	d := fill(tmpl, "who", tv.n.thread(ts.id), "when", tv.n.between(from.t, to))
	s := tv.b.span(st, ts.lane, from.t, to, gilTop, gilBottom, from.seq, "", d)
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
	w, who, at := tv.n.w, tv.n.thread(ts.id), FormatTime(e.Time)
	var st Style
	var d string
	switch e.Kind {
	case trace.Yield:
		st, d = Yielded, fill(w.yielded, "future", tv.n.futureLabel(e.Future), "who", who, "at", at)
	case trace.Print:
		st, d = Printed, fill(w.printed, "who", who, "at", at, "value", e.Value)
	case trace.Log:
		st, d = Logged, fill(w.logged, "who", who, "level", e.Name, "at", at, "value", e.Value)
	case trace.FutureCancel:
		st, d = CancelFalse, fill(w.cancelCall, "who", who, "future", tv.n.futureLabel(e.Future), "at", at, "value", e.Value)
		if e.Value == "True" {
			st = CancelTrue
		}
	case trace.Timeout:
		ts.timeout = e
		if e.Name == "wait" {
			return // wait() returns on a timeout: its overlay says so
		}
		st, d = TimedOut, fill(w.timedOutMark, "who", who, "name", e.Name, "at", at)
		if e.Value != "" {
			d = fill(w.timedOutRaised, "detail", d, "value", e.Value)
		}
	case trace.Error:
		if ts.timeout.Time == e.Time && ts.timeout.Value == e.Value {
			return // the timeout's marker says it already
		}
		st, d = Failed, fill(w.stoppedUncaught, "who", who, "at", at, "value", e.Value)
	case trace.ExecutorCreate:
		st, d = Created, fill(w.made, "who", who, "executor", tv.n.executors[e.Target], "at", at)
	case trace.ExecutorShutdown:
		st, d = Shutdown, fill(w.shutDown, "who", who, "executor", tv.n.executors[e.Target], "args", e.Args, "at", at)
	case trace.ExecutorBroken:
		st, d = Broken, fill(w.broke, "executor", tv.n.executors[e.Target], "at", at, "value", e.Value)
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
