package layout

import (
	"strings"

	"github.com/futurescope/futurescope/sim/trace"
)

// Heights inside a future's lane (0 top, 1 bottom).
const (
	waiterTop, waiterBottom = 0.04, 0.18 // a thread blocked in result() or exception() on the future
	barTop, barBottom       = 0.24, 0.70 // queued, in the call queue, running, returning, cancelled
	barMiddle               = (barTop + barBottom) / 2
	markSize                = 0.5        // outcome markers
	cancelY, cancelSize     = 0.15, 0.3  // cancel() markers, at the top with the other calls
	lowTop, lowBottom       = 0.76, 0.96 // callbacks
	lowMiddle               = (lowTop + lowBottom) / 2
	smallMark               = 0.26 // yields and prints
)

// A mark is when an event first happened, and its sequence number; t is -1 when it never did.
type mark struct{ t, seq int64 }

var never = mark{-1, -1}

func (m *mark) set(e trace.Event) {
	if m.t < 0 {
		*m = mark{e.Time, e.Seq}
	}
}

// The moments of a future's life that its bar is drawn from.
const (
	created = iota
	queued
	running
	started
	stopped
	finished
	cancelled
	notified
	numMoments
)

// futureLife is what the events say about one future's main bar, kept small while the events are
// read (a big run has one a future): where in the trace each moment's first event is.
type futureLife struct {
	at     [numMoments]int32 // the index in the trace of each moment's first event, -1 when none
	worker int32             // the thread that executed it
	raised bool              // it finished with an exception
	valued bool              // its value is its first FutureFinish's Value
}

// newLife returns the life of a future no event has mentioned yet.
func newLife() futureLife {
	return futureLife{at: [numMoments]int32{-1, -1, -1, -1, -1, -1, -1, -1}}
}

// set records that moment m happened at the trace's event i, unless it happened before.
func (l *futureLife) set(m int, i int32) {
	if l.at[m] < 0 {
		l.at[m] = i
	}
}

// happened reports whether moment m happened.
func (l *futureLife) happened(m int) bool { return l.at[m] >= 0 }

// life is a futureLife with its moments' times and sequence numbers read from the trace, to draw it.
type life struct {
	created, queued, running, started      mark
	stopped, finished, cancelled, notified mark
	raised                                 bool   // it finished with an exception
	value                                  string // its result or exception, "" when not valued
	valued                                 bool
	worker                                 int // the thread that executed it
}

// read returns l with its moments' times, from t.
func (l *futureLife) read(t *trace.Trace) life {
	var m [numMoments]mark
	for k, i := range l.at {
		m[k] = never
		if i >= 0 {
			e := t.At(int(i))
			m[k] = mark{e.Time, e.Seq}
		}
	}
	r := life{m[created], m[queued], m[running], m[started], m[stopped], m[finished], m[cancelled], m[notified],
		l.raised, "", l.valued, int(l.worker)}
	if l.valued {
		r.value = t.At(int(l.at[finished])).Value
	}
	return r
}

// buildFutures lays out the futures view: a lane per future, in creation order, pausing now and then.
// It returns the futures' state changes too (see Scene.StateAt).
func buildFutures(t *trace.Trace, n *names, pace *pacer, lazy bool) (View, stateTable) {
	b := &builder{end: t.End(), shapes: make([]Shape, 0, 4*len(n.futures)+16), pace: pace}
	lives := make([]futureLife, len(n.futures))
	for i := range lives {
		lives[i] = newLife()
	}
	fe := futureEvents{b: b, n: n, lives: lives, threads: map[int]*threadCalls{}}
	fe.states, fe.next = newStateTable(n.futures)
	for j, e := range t.Events() {
		fe.at = int32(j)
		fe.add(e)
		pace.step()
	}
	fe.finish()
	lanes := make([]Lane, len(n.futures))
	var details textArena
	for i, f := range n.futures {
		lanes[i] = Lane{Kind: FutureLane, Label: n.labels[i], Future: int(f.ID), Detail: futureDetail(n, i, f.made(t), &details), Height: FutureLaneHeight}
		l := lives[i].read(t)
		l.draw(b, n, i)
		pace.steps(4)
	}
	v := b.view("futures", lanes)
	(&describer{n: n, t: t, futures: true, lazy: lazy}).describe(&v, pace)
	return v, fe.states
}

// draw adds the future's main bar and outcome to lane i.
func (l *life) draw(b *builder, n *names, i int) {
	name, id := n.labels[i], int(n.futures[i].ID)
	first := l.queued
	if first.t < 0 || (l.created.t >= 0 && l.created.t < first.t) {
		first = l.created
	}
	done := l.finished
	if done.t < 0 {
		done = l.cancelled
	}
	// Pending: from creation until it runs or is cancelled.
	pendEnd := firstOf(l.running, done)
	if first.t >= 0 && (pendEnd.t < 0 || pendEnd.t > first.t) {
		b.span(Pending, i, first.t, pendEnd.t, barTop, barBottom, first.seq, "").Future = int32(id)
	}
	if l.running.t >= 0 {
		l.drawRun(b, n, i, id, name, done)
	}
	if l.cancelled.t >= 0 && l.finished.t < 0 {
		b.span(Cancelled, i, l.cancelled.t, l.notified.t, barTop+0.08, barBottom-0.08, l.cancelled.seq, "").Future = int32(id)
	}
	l.drawOutcome(b, n, i, id, name)
}

// drawRun adds the RUNNING part of the bar: in the call queue, executing, returning.
func (l *life) drawRun(b *builder, n *names, i, id int, name string, done mark) {
	w := n.workers[l.worker]
	execStart := l.started
	if execStart.t < 0 {
		execStart = done
	}
	if execStart.t < 0 || execStart.t > l.running.t { // a process pool's call queue
		s := b.span(CallQueue, i, l.running.t, execStart.t, barTop, barBottom, l.running.seq, n.w.callQueueLabel)
		s.Future, s.Worker = int32(id), uint16(w)
	}
	if l.started.t < 0 {
		return
	}
	execEnd := firstOf(l.stopped, done)
	s := b.span(Running, i, l.started.t, execEnd.t, barTop, barBottom, l.started.seq, b.who(n, l.worker))
	s.Future, s.Thread, s.Worker = int32(id), int32(l.worker), uint16(w)
	if l.stopped.t >= 0 && (done.t < 0 || done.t > l.stopped.t) {
		s := b.span(Returning, i, l.stopped.t, done.t, barTop, barBottom, l.stopped.seq, "")
		s.Future, s.Worker = int32(id), uint16(w)
	}
}

// drawOutcome adds the marker and text of how the future ended, and its notification.
func (l *life) drawOutcome(b *builder, n *names, i, id int, name string) {
	switch {
	case l.finished.t >= 0:
		st := Result
		if l.raised {
			st = Exception
		}
		var val int32
		if l.valued {
			val = 1 // the value is the finishing event's own
		}
		s := b.marker(st, i, l.finished.t, barMiddle, markSize, l.finished.seq)
		s.Future, s.val = int32(id), val
		b.add(Shape{Kind: Text, Style: Value, Lane: i, T0: l.finished.t, T1: l.finished.t, Y0: barTop, Y1: barBottom,
			Future: int32(id), Seq: l.finished.seq, Label: l.value, val: val})
	case l.cancelled.t >= 0:
		b.marker(CancelledEnd, i, l.cancelled.t, barMiddle, markSize, l.cancelled.seq).Future = int32(id)
	}
	if l.notified.t >= 0 {
		b.marker(Notified, i, l.notified.t, barMiddle, markSize, l.notified.seq).Future = int32(id)
	}
}

// firstOf returns the earlier of two marks that happened, or never.
func firstOf(a, b mark) mark {
	switch {
	case a.t < 0:
		return b
	case b.t < 0 || a.t <= b.t:
		return a
	}
	return b
}

// between describes a span: "from 0.1 s to 0.3 s (200 ms)", or "from 0.1 s on, unfinished when the run
// ended" when it never ended (t1 < 0).
// It fills its phrase itself, writing the times straight into one buffer: every span needs one.
func (n *names) between(t0, t1 int64) string {
	tmpl := n.w.between
	if t1 < 0 {
		tmpl = n.w.betweenOpen
	}
	var buf [128]byte
	b := buf[:0]
	for {
		open := strings.IndexByte(tmpl, '{')
		end := strings.IndexByte(tmpl[max(open, 0):], '}')
		if open < 0 || end < 0 {
			return string(append(b, tmpl...))
		}
		b = append(b, tmpl[:open]...)
		switch ph := tmpl[open : open+end+1]; ph {
		case "{from}":
			b = appendTime(b, t0)
		case "{to}":
			b = appendTime(b, t1)
		case "{took}":
			b = appendDuration(b, t1-t0)
		default:
			b = append(b, ph...)
		}
		tmpl = tmpl[open+end+1:]
	}
}
