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

// Describe says in a few words what e records, as a learner reads it: "T1 submitted f3 gcd((1, 2))",
// "f3 finished: returned 7", "T2 is blocked in wait(FIRST_COMPLETED)". Events that say nothing by
// themselves (GIL hand-overs) return "".
func Describe(e trace.Event) string {
	who, f := "T"+strconv.Itoa(e.Thread), "f"+strconv.Itoa(e.Future)
	switch e.Kind {
	case trace.ProcessStart:
		return "process " + e.Name + " started"
	case trace.ProcessExit:
		return "a process exited (code " + e.Value + ")"
	case trace.ThreadStart:
		return who + " " + e.Name + " started"
	case trace.ThreadExit:
		return who + " exited"
	case trace.ExecutorCreate:
		return who + " made " + e.Name + "(" + e.Args + ")"
	case trace.ExecutorShutdown:
		return who + " called shutdown(" + e.Args + ")"
	case trace.ExecutorBroken:
		return "the executor broke: " + e.Value
	case trace.FutureCreate:
		return who + " submitted " + f + " " + e.Name + "(" + argList(e.Args) + ")"
	case trace.FutureQueued:
		return f + " entered the " + e.Name
	case trace.FutureRunning:
		return f + " is RUNNING now: running() returns True"
	case trace.TaskStart:
		return who + " started executing " + f
	case trace.TaskEnd:
		return who + " finished executing " + f
	case trace.FutureFinish:
		return f + " is FINISHED: it " + e.Name + " " + e.Value
	case trace.FutureCancel:
		return who + " called " + f + ".cancel(): it returned " + e.Value
	case trace.FutureCancelled:
		return f + " is CANCELLED"
	case trace.FutureNotified:
		return f + " is CANCELLED_AND_NOTIFIED: wait() and as_completed() see it"
	case trace.CallbackStart:
		return who + " runs the callback " + e.Name + "(" + f + ")"
	case trace.CallbackEnd:
		return who + " finished the callback " + e.Name
	case trace.CallStart:
		return who + " calls " + call(e)
	case trace.CallEnd:
		return who + " returns from " + e.Name + "()" + value(e.Value)
	case trace.Yield:
		return "as_completed() yields " + f + " to " + who
	case trace.Timeout:
		if e.Value != "" {
			return who + ": " + e.Name + "() timed out and raised " + e.Value
		}
		return who + ": " + e.Name + "() timed out"
	case trace.Print:
		return who + " prints " + strconv.Quote(e.Value)
	case trace.Log:
		return who + " logs " + e.Name + ": " + e.Value
	case trace.Error:
		return "uncaught: " + e.Value
	case trace.Deadlock:
		return "deadlock: nothing can run"
	case trace.Limit:
		return "limit reached: " + e.Name
	}
	return ""
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
