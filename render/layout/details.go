package layout

import (
	"sort"
	"sync"

	"github.com/futurescope/futurescope/sim/trace"
)

// A describer writes the details of one view's shapes from the events they come from: all at once
// for Build, or each when first asked for in a scene from BuildLazy. The shapes keep only where their
// events are (Seq, val, outer), so a lazy scene holds no text but its labels.
type describer struct {
	n       *names
	t       *trace.Trace // never changed
	lanes   []Lane
	futures bool // the futures view (else the threads view)
	lazy    bool
	mu      sync.Mutex // guards the Detail of the shapes of a lazy view
}

// event returns the event numbered seq, and whether there is one. Seq is its index in a
// simulator's trace; other traces are searched.
func (d *describer) event(seq int64) (trace.Event, bool) {
	n := d.t.Len()
	if seq >= 0 && seq < int64(n) {
		if e := d.t.At(int(seq)); e.Seq == seq {
			return e, true
		}
	}
	i := sort.Search(n, func(i int) bool { return d.t.At(i).Seq >= seq })
	if i < n {
		if e := d.t.At(i); e.Seq == seq {
			return e, true
		}
	}
	return trace.Event{}, false
}

// start returns the event sh comes from (an empty event when it has none).
func (d *describer) start(sh *Shape) trace.Event {
	e, _ := d.event(sh.Seq)
	return e
}

// value returns the Value of the event that finishes sh's detail, or "".
func (d *describer) value(sh *Shape) string {
	if sh.val == 0 {
		return ""
	}
	e, _ := d.event(sh.Seq + int64(sh.val) - 1)
	return e.Value
}

// valueFrom records that e's Value finishes sh's detail.
func (sh *Shape) valueFrom(e trace.Event) { sh.val = int32(e.Seq-sh.Seq) + 1 }

// when describes sh's time span.
func (d *describer) when(sh *Shape) string {
	t1 := sh.T1
	if sh.Open {
		t1 = -1
	}
	return d.n.between(sh.T0, t1)
}

// describe writes every detail of a view built eagerly, pausing now and then, or prepares a lazy one.
func (d *describer) describe(v *View, pace *pacer) {
	d.lanes = v.Lanes
	v.details = d
	if d.lazy {
		return
	}
	for i := range v.Shapes {
		v.Shapes[i].Detail = d.detail(&v.Shapes[i])
		pace.steps(4) // a detail is a few phrases filled in
	}
}

// detail writes sh's detail.
func (d *describer) detail(sh *Shape) string {
	if d.futures {
		return d.futureDetail(sh)
	}
	return d.threadDetail(sh)
}

// Describe returns sh's detail, writing it first if the view is lazy (see BuildLazy) and it has not
// been written yet. sh is one of v's shapes.
func (v *View) Describe(sh *Shape) string {
	v.fill(sh)
	return sh.Detail
}

// fill writes sh's detail in a lazy view if it has none yet. It is safe to call from several
// goroutines; reading Detail while another goroutine fills it is not.
func (v *View) fill(sh *Shape) {
	d := v.details
	if d == nil || !d.lazy || sh.Lane < 0 { // overlays (Lane -1) have their details from Build
		return
	}
	d.mu.Lock()
	if sh.Detail == "" {
		sh.Detail = d.detail(sh)
	}
	d.mu.Unlock()
}

// futureDetail writes the detail of a shape of the futures view.
func (d *describer) futureDetail(sh *Shape) string {
	n, w := d.n, d.n.w
	name := ""
	if sh.Lane >= 0 && sh.Lane < len(n.labels) {
		name = n.labels[sh.Lane]
	}
	at := FormatTime(sh.T0)
	switch sh.Style {
	case Pending:
		return fill(w.pending, "future", name, "when", d.when(sh))
	case CallQueue:
		return fill(w.callQueue, "future", name, "when", d.when(sh))
	case Running:
		return fill(w.runsOn, "future", name, "worker", sh.Label, "when", d.when(sh))
	case Returning:
		return fill(w.returning, "future", name, "when", d.when(sh))
	case Cancelled:
		return fill(w.cancelledSpan, "future", name, "when", d.when(sh))
	case Result:
		return fill(w.returnedAt, "future", name, "value", d.value(sh), "at", at)
	case Exception:
		return fill(w.raisedAt, "future", name, "value", d.value(sh), "at", at)
	case Value:
		what := w.returned
		if e, ok := d.event(sh.Seq); sh.val != 0 && ok && e.Name == "raised" {
			what = w.raised
		}
		return fill(what, "future", name, "value", sh.Label)
	case CancelledEnd:
		return fill(w.cancelledAt, "future", name, "at", at)
	case Notified:
		return fill(w.notified, "future", name, "at", at)
	case Yielded:
		return fill(w.yieldedIt, "future", name, "who", n.thread(d.start(sh).Thread), "at", at)
	case CancelTrue, CancelFalse:
		return fill(w.cancelCall, "who", n.thread(int(sh.Thread)), "future", name, "at", at, "value", d.start(sh).Value)
	case Printed:
		return fill(w.printed, "who", n.thread(int(sh.Thread)), "at", at, "value", d.start(sh).Value)
	case Callback:
		out := fill(w.callbackRan, "callback", d.start(sh).Name, "future", name, "who", n.thread(int(sh.Thread)), "when", d.when(sh))
		if v := d.value(sh); v != "" {
			out = fill(w.itRaised, "detail", out, "value", v)
		}
		return out
	case Blocked:
		out := fill(w.waitsIn, "who", n.thread(int(sh.Thread)), "call", callLabel(n, d.start(sh)), "when", d.when(sh))
		if v := d.value(sh); v != "" {
			out = fill(w.itGot, "detail", out, "value", v)
		}
		return out
	}
	return ""
}

// threadDetail writes the detail of a shape of the threads view.
func (d *describer) threadDetail(sh *Shape) string {
	n, w := d.n, d.n.w
	who, at, e := n.thread(int(sh.Thread)), FormatTime(sh.T0), d.start(sh)
	var out string
	switch sh.Style {
	case ProcessLife:
		from, t1 := sh.T0, sh.T1
		if sh.Seq < 0 {
			from = -1 // the process never said it started
		}
		if sh.Open {
			t1 = -1
		}
		p := 0
		if sh.Lane >= 0 && sh.Lane < len(d.lanes) {
			p = d.lanes[sh.Lane].Process
		}
		out = fill(w.life, "name", n.process(p), "when", n.between(from, t1))
		if v := d.value(sh); v != "" {
			out = fill(w.exitCode, "detail", out, "code", v)
		}
		return out
	case ThreadLife:
		return fill(w.life, "name", who, "when", d.when(sh))
	case GILHeld:
		return fill(w.gilHolds, "who", who, "when", d.when(sh))
	case GILWait:
		return fill(w.gilWaits, "who", who, "when", d.when(sh))
	case Running:
		out = fill(w.runs, "who", who, "future", n.futureLabel(int(sh.Future)), "when", d.when(sh))
	case Callback:
		out = fill(w.runsCallback, "who", who, "callback", e.Name+"(f"+itoa(e.Future)+")", "when", d.when(sh))
		if v := d.value(sh); v != "" {
			out = fill(w.itRaised, "detail", out, "value", v)
		}
	case Blocked, Sleeping:
		if e.Name == startupCall {
			out = fill(w.startup, "process", n.process(e.Process), "when", d.when(sh))
			break
		}
		tmpl := w.blockedIn
		if sh.Style == Sleeping {
			tmpl = w.sleepsIn
		}
		out = fill(tmpl, "who", who, "call", callLabel(n, e), "when", d.when(sh))
		if v := d.value(sh); v != "" {
			out = fill(w.itReturned, "detail", out, "value", v)
		}
	default:
		return d.markerDetail(sh, e, who, at)
	}
	if sh.outer != 0 {
		if o, ok := d.event(sh.Seq + int64(sh.outer)); ok {
			out = fill(w.inside, "detail", out, "call", o.Name+"()")
		}
	}
	return out
}

// markerDetail writes the detail of a marker of the threads view, from its event e.
func (d *describer) markerDetail(sh *Shape, e trace.Event, who, at string) string {
	n, w := d.n, d.n.w
	switch sh.Style {
	case Yielded:
		return fill(w.yielded, "future", n.futureLabel(e.Future), "who", who, "at", at)
	case Printed:
		return fill(w.printed, "who", who, "at", at, "value", e.Value)
	case Logged:
		return fill(w.logged, "who", who, "level", e.Name, "at", at, "value", e.Value)
	case CancelTrue, CancelFalse:
		return fill(w.cancelCall, "who", who, "future", n.futureLabel(e.Future), "at", at, "value", e.Value)
	case TimedOut:
		out := fill(w.timedOutMark, "who", who, "name", e.Name, "at", at)
		if e.Value != "" {
			out = fill(w.timedOutRaised, "detail", out, "value", e.Value)
		}
		return out
	case Failed:
		return fill(w.stoppedUncaught, "who", who, "at", at, "value", e.Value)
	case Created:
		return fill(w.made, "who", who, "executor", n.executors[e.Target], "at", at)
	case Shutdown:
		return fill(w.shutDown, "who", who, "executor", n.executors[e.Target], "args", e.Args, "at", at)
	case Broken:
		return fill(w.broke, "executor", n.executors[e.Target], "at", at, "value", e.Value)
	}
	return ""
}
