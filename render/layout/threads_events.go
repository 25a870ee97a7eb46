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
		tv.line(ThreadLife, ts.lane, ts.start, e.Time).Thread = int32(ts.id)
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
	label := tv.spanLabel(o)
	outer, ok := ts.enclosingCall(j)
	if ok {
		label = outer.Name + "() › " + label
	}
	s := tv.b.span(o.style, ts.lane, o.start.Time, end.Time, y0, y1, o.start.Seq, label)
	s.Future, s.Thread = int32(o.start.Future), int32(ts.id)
	if end.Time >= 0 {
		s.valueFrom(end)
	}
	if ok {
		s.outer = int32(outer.Seq - s.Seq)
	}
	if o.style == Running {
		s.Worker = uint16(ts.worker)
	}
}

// spanLabel returns the label of a span of a thread: the future it runs, the callback, the call.
func (tv *threadView) spanLabel(o openSpan) string {
	s := o.start
	switch o.style {
	case Running:
		return tv.n.futureLabel(s.Future)
	case Callback:
		return s.Name + "(f" + itoa(s.Future) + ")"
	}
	if s.Name == startupCall {
		return tv.n.w.startupLabel
	}
	return callLabel(tv.n, s)
}

// gilSpan draws a stretch of holding (GILHeld) or waiting for (GILWait) the GIL.
func (tv *threadView) gilSpan(ts *threadState, st Style, from mark, to int64) {
	if to == from.t {
		return
	}
	s := tv.b.span(st, ts.lane, from.t, to, gilTop, gilBottom, from.seq, "")
	s.Thread = int32(ts.id)
}

// threadMarker draws the instant events of a thread on its lane.
func (tv *threadView) threadMarker(ts *threadState, e trace.Event) {
	var st Style
	switch e.Kind {
	case trace.Yield:
		st = Yielded
	case trace.Print:
		st = Printed
	case trace.Log:
		st = Logged
	case trace.FutureCancel:
		st = CancelFalse
		if e.Value == "True" {
			st = CancelTrue
		}
	case trace.Timeout:
		ts.timeout = e
		if e.Name == "wait" {
			return // wait() returns on a timeout: its overlay says so
		}
		st = TimedOut
	case trace.Error:
		if ts.timeout.Time == e.Time && ts.timeout.Value == e.Value {
			return // the timeout's marker says it already
		}
		st = Failed
	case trace.ExecutorCreate:
		st = Created
	case trace.ExecutorShutdown:
		st = Shutdown
	case trace.ExecutorBroken:
		st = Broken
	default:
		return
	}
	s := tv.b.marker(st, ts.lane, e.Time, markY, threadMark, e.Seq)
	s.Future, s.Thread = int32(e.Future), int32(ts.id)
}

// enclosingCall returns the start of the blocking call open under ts.open[j] (already removed from
// the stack), if any: a join() inside shutdown() is labelled "shutdown() › join(…)", since it hides
// its parent's label.
func (ts *threadState) enclosingCall(j int) (trace.Event, bool) {
	for k := min(j, len(ts.open)) - 1; k >= 0; k-- {
		if o := ts.open[k]; o.style == Blocked || o.style == Sleeping {
			return o.start, true
		}
	}
	return trace.Event{}, false
}
