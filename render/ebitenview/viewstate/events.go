package viewstate

import (
	"sort"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

// EventsAt returns the events of t that happened at time at, in order, in a new slice.
func EventsAt(t *trace.Trace, at int64) []trace.Event {
	n := t.Len()
	i := sort.Search(n, func(i int) bool { return t.At(i).Time >= at })
	var out []trace.Event
	for ; i < n && t.At(i).Time == at; i++ {
		out = append(out, t.At(i))
	}
	return out
}

// EventBySeq returns the event numbered seq.
func EventBySeq(t *trace.Trace, seq int64) (trace.Event, bool) {
	n := t.Len()
	if seq >= 0 && seq < int64(n) {
		if e := t.At(int(seq)); e.Seq == seq {
			return e, true
		}
	}
	i := sort.Search(n, func(i int) bool { return t.At(i).Seq >= seq })
	if i < n {
		if e := t.At(i); e.Seq == seq {
			return e, true
		}
	}
	return trace.Event{}, false
}

// at writes a time for panels: "0.25 s".
func at(t int64) string { return layout.FormatTime(t) }
