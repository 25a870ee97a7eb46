package layout_test

import (
	"strings"
	"testing"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

// waitTrace is a run in which future 1 raises at 0, before (by sequence) or during a wait for futures
// 1 and 2 with return_when=FIRST_EXCEPTION that begins at 0 and returns at end.
func waitTrace(raiseFirst bool, end int64) *trace.Trace {
	ev := []trace.Event{
		{Kind: trace.ProcessStart, Process: 1, Target: 3001, Name: "MainProcess"},
		{Kind: trace.ThreadStart, Thread: 1, Process: 1, Name: "MainThread"},
		{Kind: trace.FutureCreate, Thread: 1, Process: 1, Future: 1, Name: "fail"},
		{Kind: trace.FutureCreate, Thread: 1, Process: 1, Future: 2, Name: "slow"},
	}
	raise := trace.Event{Time: end, Kind: trace.FutureFinish, Thread: 2, Process: 1, Future: 1, Name: "raised", Value: "ValueError('boom')"}
	start := trace.Event{Kind: trace.CallStart, Thread: 1, Process: 1, Name: "wait", Args: "return_when=FIRST_EXCEPTION"}
	if raiseFirst {
		raise.Time = 0
		ev = append(ev, raise, start)
	} else {
		ev = append(ev, start, raise)
	}
	ev = append(ev, trace.Event{Time: end, Kind: trace.CallEnd, Thread: 1, Process: 1, Name: "wait", Value: "done=1 not_done=1"})
	for i := range ev {
		ev[i].Seq = int64(i)
	}
	return trace.New(map[string]string{}, ev)
}

// TestWaitReturnedSaysWhy: the rule drawn where wait() returned says why it did. A FIRST_EXCEPTION wait
// satisfied on entry (a future had already raised when it was called, even at the same instant) says
// it held already; one that a future raising during the wait satisfied (at once, at the same instant,
// or later) names that future.
func TestWaitReturnedSaysWhy(t *testing.T) {
	for _, tc := range []struct {
		name       string
		raiseFirst bool
		end        int64
		want       string
	}{
		{"raised before the call, same instant", true, 0, "FIRST_EXCEPTION already held when wait() was called"},
		{"raised during the wait, same instant", false, 0, "FIRST_EXCEPTION held once"},
		{"raised during the wait, later", false, 5_000_000, "FIRST_EXCEPTION held once"},
	} {
		var rule *layout.Shape
		s := layout.Build(waitTrace(tc.raiseFirst, tc.end))
		for i := range s.Overlays {
			if s.Overlays[i].Style == layout.WaitReturned {
				rule = &s.Overlays[i]
			}
		}
		if rule == nil {
			t.Errorf("%s: no wait() returned rule", tc.name)
			continue
		}
		if !strings.Contains(rule.Detail, tc.want) || rule.T0 != tc.end {
			t.Errorf("%s: the rule at %d says %q, want it at %d to say %q", tc.name, rule.T0, rule.Detail, tc.end, tc.want)
		}
	}
}
