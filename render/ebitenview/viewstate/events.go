package viewstate

import (
	"sort"
	"strconv"
	"strings"

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
