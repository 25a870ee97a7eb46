package layout

import (
	"strings"

	"github.com/futurescope/futurescope/render/words"
	"github.com/futurescope/futurescope/sim/trace"
)

// overlays builds the rules that cross every lane: moments that explain what happens around them.
type overlays struct {
	n         *names
	lang      string // the scene's language, for the simulator's own messages (render/words)
	out       []Shape
	calls     map[int][]trace.Event // thread → its open CallStart events, innermost last
	waits     map[int]trace.Event   // thread → the Timeout that ended its current wait(), if any
	lastTO    trace.Event           // the last Timeout that raised, to merge the Error that repeats it
	toRule    int                   // the index in out of its rule
	done      []doneAt              // futures finishing or notified of their cancellation while a wait() is open, in order
	waitsOpen int                   // how many wait() calls are open
}

// doneAt is a future becoming done, as far as wait() is concerned.
type doneAt struct {
	t      int64
	seq    int64
	future int
	kind   trace.Kind
	raised bool
}

// buildOverlays returns the overlay rules of t, in time order, and the first line of how the run
// ended abnormally: its last error, deadlock or limit ("" when it has none). A deadlock's and a
// limit's words are the simulator's, said in lang by render/words; an error is Python's, as it is.
func buildOverlays(t *trace.Trace, n *names, lang string, pace *pacer) (rules []Shape, outcome string) {
	o := &overlays{n: n, lang: lang, calls: map[int][]trace.Event{}, waits: map[int]trace.Event{}}
	for _, e := range t.Events() {
		o.add(e)
		pace.step()
		switch e.Kind {
		case trace.Error:
			outcome = firstLine(e.Value)
		case trace.Deadlock, trace.Limit:
			outcome = firstLine(words.MessageIn(e.Value, lang))
		}
	}
	return o.out, outcome
}

// rule adds a rule of style st at e's time.
func (o *overlays) rule(st Style, e trace.Event, label, detail string) {
	o.out = append(o.out, Shape{Kind: Line, Style: st, Lane: -1, T0: e.Time, T1: e.Time, Y0: 0, Y1: 1,
		Thread: int32(e.Thread), Future: int32(e.Future), Seq: e.Seq, Label: label, Detail: detail})
}

func (o *overlays) add(e trace.Event) {
	w := o.n.w
	switch e.Kind {
	case trace.CallStart:
		o.calls[e.Thread] = append(o.calls[e.Thread], e)
		if e.Name == "wait" {
			o.waitsOpen++
		}
	case trace.CallEnd:
		o.callEnd(e)
	case trace.FutureFinish, trace.FutureNotified:
		if o.waitsOpen > 0 { // only a wait() open now can ask what became done (whyWait)
			o.done = append(o.done, doneAt{e.Time, e.Seq, e.Future, e.Kind, e.Name == "raised"})
		}
	case trace.Timeout:
		o.timeout(e)
	case trace.ExecutorShutdown:
		o.rule(Shutdown, e, "shutdown("+shortArgs(e.Args)+")", fill(w.shutdownCalled, "who", o.n.thread(e.Thread),
			"args", e.Args, "executor", o.n.executors[e.Target], "at", FormatTime(e.Time)))
	case trace.ExecutorBroken:
		o.rule(Broken, e, w.brokenLabel, fill(w.broke, "executor", o.n.executors[e.Target], "at", FormatTime(e.Time), "value", e.Value))
	case trace.Error:
		if o.lastTO.Time == e.Time && o.lastTO.Thread == e.Thread && o.lastTO.Value == e.Value {
			o.out[o.toRule].Detail = fill(w.nothingCaught, "detail", o.out[o.toRule].Detail)
			return
		}
		o.rule(Failed, e, firstLine(e.Value), fill(w.scriptStopped, "at", FormatTime(e.Time), "value", e.Value))
	case trace.Deadlock:
		o.rule(Deadlocked, e, w.deadlockLabel, words.MessageIn(e.Value, o.lang))
	case trace.Limit:
		o.rule(LimitHit, e, fill(w.limitLabel, "name", e.Name), words.MessageIn(e.Value, o.lang))
	}
}

// timeout adds the rule of a timeout that raised; a wait() timeout is told by its return instead.
func (o *overlays) timeout(e trace.Event) {
	if e.Name == "wait" {
		o.waits[e.Thread] = e
		return
	}
	call := e.Name + "()"
	if start, ok := o.open(e.Thread, e.Name); ok {
		call = callLabel(o.n, start)
	}
	w := o.n.w
	d := fill(w.timedOutRule, "who", o.n.thread(e.Thread), "call", call, "at", FormatTime(e.Time))
	label := fill(w.timedOutLabel, "name", e.Name)
	if e.Value != "" {
		d = fill(w.andRaised, "detail", d, "value", e.Value)
		label = firstLine(e.Value)
	}
	o.lastTO, o.toRule = e, len(o.out)
	o.rule(TimedOut, e, label, d)
}

// open returns the innermost open call named name of thread th.
func (o *overlays) open(th int, name string) (trace.Event, bool) {
	calls := o.calls[th]
	for j := len(calls) - 1; j >= 0; j-- {
		if calls[j].Name == name {
			return calls[j], true
		}
	}
	return trace.Event{}, false
}

// callEnd closes a call; the end of a wait() gets a rule saying why it returned.
func (o *overlays) callEnd(e trace.Event) {
	start, ok := o.open(e.Thread, e.Name)
	if ok {
		calls := o.calls[e.Thread]
		for j := len(calls) - 1; j >= 0; j-- {
			if calls[j].Seq == start.Seq {
				o.calls[e.Thread] = append(calls[:j], calls[j+1:]...)
				break
			}
		}
	}
	if e.Name != "wait" {
		return
	}
	if ok {
		o.waitsOpen--
		if o.waitsOpen == 0 {
			defer func() { o.done = o.done[:0] }()
		}
	}
	w := o.n.w
	label, why := o.whyWait(start, e)
	d := fill(w.waitReturnedAt, "who", o.n.thread(e.Thread), "call", callLabel(o.n, start), "at", FormatTime(e.Time))
	if e.Value != "" {
		d = fill(w.withResult, "detail", d, "value", e.Value)
	}
	o.rule(WaitReturned, e, label, fill(w.because, "detail", d, "why", why))
}

// whyWait explains what made a wait() return: its timeout, the future whose completion satisfied its
// return_when, or that it held already when wait() was called.
func (o *overlays) whyWait(start, end trace.Event) (label, why string) {
	w := o.n.w
	mode, timeout := "ALL_COMPLETED", ""
	for _, a := range strings.Split(start.Args, ", ") {
		if m, ok := strings.CutPrefix(a, "return_when="); ok {
			mode = m
		}
		if t, ok := strings.CutPrefix(a, "timeout="); ok {
			timeout = fill(w.timeoutArg, "timeout", t)
		}
	}
	if to, ok := o.waits[end.Thread]; ok && to.Time == end.Time {
		delete(o.waits, end.Thread)
		return fill(w.waitTimedOutLabel, "timeout", timeout), fill(w.waitTimedOut, "timeout", timeout, "mode", mode)
	}
	label = fill(w.waitReturnedLabel, "mode", mode)
	// Only a future done after the call began can have satisfied it: one done before, even at the
	// same instant, means the condition held on entry.
	for j := len(o.done) - 1; j >= 0 && o.done[j].seq > start.Seq; j-- {
		if d := o.done[j]; d.t == end.Time {
			what := w.whatFinished
			if d.kind == trace.FutureNotified {
				what = w.whatNotified
			} else if d.raised {
				what = w.whatRaised
			}
			return label, fill(w.heldOnce, "mode", mode, "future", o.n.futureLabel(d.future), "what", what)
		}
	}
	return label, fill(w.alreadyHeld, "mode", mode)
}

// shortArgs shortens shutdown's parameters for a label: "wait=True, cancel_futures=False" →
// "wait=True"; non-default settings stay.
func shortArgs(args string) string {
	var keep []string
	for _, a := range strings.Split(args, ", ") {
		if a != "cancel_futures=False" && a != "" {
			keep = append(keep, a)
		}
	}
	return strings.Join(keep, ", ")
}
