package layout

import (
	"github.com/futurescope/futurescope/sim/trace"
)

// futureEvents reads the events for the futures view: each future's life, and the shapes that other
// threads add to its lane (waiters, callbacks, cancel attempts, yields, prints).
type futureEvents struct {
	b       *builder
	n       *names
	lives   []futureLife
	threads map[int]*threadCalls
	states  stateTable // the futures' state changes, in time order
	next    []int32    // where each future's next state change goes in states
	at      int32      // the index in the trace of the event being read
}

// threadCalls is what a thread is in the middle of, as far as the futures view cares.
type threadCalls struct {
	calls []trace.Event // open CallStart and CallbackStart events, innermost last
	runs  []int         // futures (by index) whose task or callback the thread runs, innermost last
}

func (fe *futureEvents) thread(id int) *threadCalls {
	tc := fe.threads[id]
	if tc == nil {
		tc = &threadCalls{}
		fe.threads[id] = tc
	}
	return tc
}

// add reads one event.
func (fe *futureEvents) add(e trace.Event) {
	i, known := fe.n.future(e.Future)
	if !known {
		if e.Kind == trace.Print {
			fe.print(e)
		}
		fe.call(e, -1)
		return
	}
	l := &fe.lives[i]
	if st, ok := stateOf(e.Kind); ok {
		fe.states.add(fe.next, i, e.Time, st)
	}
	switch e.Kind {
	case trace.FutureCreate:
		l.set(created, fe.at)
	case trace.FutureQueued:
		l.set(queued, fe.at)
	case trace.FutureRunning:
		l.set(running, fe.at)
	case trace.TaskStart:
		if !l.happened(started) {
			l.worker = int32(e.Thread)
		}
		l.set(started, fe.at)
		tc := fe.thread(e.Thread)
		tc.runs = append(tc.runs, i)
	case trace.TaskEnd:
		l.set(stopped, fe.at)
		fe.thread(e.Thread).popRun(i)
	case trace.FutureFinish:
		if !l.happened(finished) && !l.happened(cancelled) {
			l.raised, l.valued = e.Name == "raised", true
		}
		l.set(finished, fe.at)
	case trace.FutureCancelled:
		l.set(cancelled, fe.at)
	case trace.FutureNotified:
		l.set(notified, fe.at)
	case trace.FutureCancel:
		fe.cancel(e, i)
	case trace.Yield:
		fe.b.marker(Yielded, i, e.Time, lowMiddle, smallMark, e.Seq).Future = int32(e.Future)
	default:
		fe.call(e, i)
	}
}

// cancel adds the marker of a cancel() call on future i.
func (fe *futureEvents) cancel(e trace.Event, i int) {
	st := CancelFalse
	if e.Value == "True" {
		st = CancelTrue
	}
	s := fe.b.marker(st, i, e.Time, cancelY, cancelSize, e.Seq)
	s.Future, s.Thread = int32(e.Future), int32(e.Thread)
}

// call handles calls and callbacks, which may concern future i (or none, i < 0).
func (fe *futureEvents) call(e trace.Event, i int) {
	switch e.Kind {
	case trace.CallStart:
		tc := fe.thread(e.Thread)
		tc.calls = append(tc.calls, e)
	case trace.CallbackStart:
		tc := fe.thread(e.Thread)
		tc.calls = append(tc.calls, e)
		if i >= 0 {
			tc.runs = append(tc.runs, i)
		}
	case trace.CallEnd, trace.CallbackEnd:
		start, ok := fe.thread(e.Thread).pop(e)
		if ok {
			fe.closed(start, e)
		}
	}
}

// closed adds the span of a call that a thread made on a future, now that it ended.
func (fe *futureEvents) closed(start, end trace.Event) {
	i, ok := fe.n.future(start.Future)
	if !ok {
		return
	}
	var s *Shape
	if start.Kind == trace.CallbackStart {
		fe.thread(start.Thread).popRun(i)
		s = fe.b.span(Callback, i, start.Time, end.Time, lowTop, lowBottom, start.Seq, start.Name)
	} else {
		s = fe.b.span(Blocked, i, start.Time, end.Time, waiterTop, waiterBottom, start.Seq, "")
	}
	s.Future, s.Thread = int32(start.Future), int32(start.Thread)
	s.valueFrom(end)
}

// print puts a line printed inside a task or callback on the lane of its future.
func (fe *futureEvents) print(e trace.Event) {
	tc := fe.threads[e.Thread]
	if tc == nil || len(tc.runs) == 0 {
		return
	}
	i := tc.runs[len(tc.runs)-1]
	s := fe.b.marker(Printed, i, e.Time, lowMiddle, smallMark, e.Seq)
	s.Future, s.Thread = fe.n.futures[i].ID, int32(e.Thread)
}

// pop removes and returns the innermost open call or callback that end closes.
func (tc *threadCalls) pop(end trace.Event) (trace.Event, bool) {
	want := trace.CallStart
	if end.Kind == trace.CallbackEnd {
		want = trace.CallbackStart
	}
	for j := len(tc.calls) - 1; j >= 0; j-- {
		if c := tc.calls[j]; c.Kind == want && c.Name == end.Name {
			tc.calls = append(tc.calls[:j], tc.calls[j+1:]...)
			return c, true
		}
	}
	return trace.Event{}, false
}

// popRun removes the innermost run of future i.
func (tc *threadCalls) popRun(i int) {
	for j := len(tc.runs) - 1; j >= 0; j-- {
		if tc.runs[j] == i {
			tc.runs = append(tc.runs[:j], tc.runs[j+1:]...)
			return
		}
	}
}

// finish draws, as open spans, the waits on futures that had not ended when the run did.
func (fe *futureEvents) finish() {
	for _, id := range sortedKeys(fe.threads) {
		for _, c := range fe.threads[id].calls {
			if i, ok := fe.n.future(c.Future); ok && c.Kind == trace.CallStart {
				s := fe.b.span(Blocked, i, c.Time, -1, waiterTop, waiterBottom, c.Seq, "")
				s.Future, s.Thread = int32(c.Future), int32(c.Thread)
			}
		}
	}
}
