package viewstate

import (
	"sort"
	"strconv"
	"strings"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

// EventsAt returns the events of t that happened at time at, in order. The slice is the trace's:
// do not change it.
func EventsAt(t *trace.Trace, at int64) []trace.Event {
	evs := t.Events
	i := sort.Search(len(evs), func(i int) bool { return evs[i].Time >= at })
	j := i + sort.Search(len(evs)-i, func(j int) bool { return evs[i+j].Time > at })
	return evs[i:j]
}

// EventBySeq returns the event numbered seq.
func EventBySeq(t *trace.Trace, seq int64) (trace.Event, bool) {
	evs := t.Events
	if seq >= 0 && seq < int64(len(evs)) && evs[seq].Seq == seq {
		return evs[seq], true
	}
	i := sort.Search(len(evs), func(i int) bool { return evs[i].Seq >= seq })
	if i < len(evs) && evs[i].Seq == seq {
		return evs[i], true
	}
	return trace.Event{}, false
}

// argList turns an argument repr into what goes between a call's parentheses, as the futures
// view's labels write it: "(3,)" → "3", "(1, 2)" → "1, 2".
func argList(args string) string {
	if len(args) >= 2 && args[0] == '(' && args[len(args)-1] == ')' {
		return strings.TrimSuffix(args[1:len(args)-1], ",")
	}
	return args
}

// call writes a blocking call: "f2.result(timeout=1)", "wait(return_when=FIRST_COMPLETED)".
func call(e trace.Event) string {
	c := e.Name + "(" + e.Args + ")"
	if e.Future != 0 {
		c = "f" + strconv.Itoa(e.Future) + "." + c
	}
	return c
}

// value writes a call's outcome after its name: " → done=1 not_done=2", or "".
func value(v string) string {
	if v == "" {
		return ""
	}
	return " → " + v
}

// at writes a time for panels: "0.25 s".
func at(t int64) string { return layout.FormatTime(t) }
