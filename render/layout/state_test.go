package layout_test

import (
	"testing"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

// events numbers evs in order and wraps them in a trace.
func events(evs ...trace.Event) *trace.Trace {
	for i := range evs {
		evs[i].Seq = int64(i)
		if evs[i].Thread == 0 {
			evs[i].Thread, evs[i].Process = 1, 1
		}
	}
	return trace.New(nil, evs)
}

// lifeTrace: f1 runs and finishes; f2 is cancelled, then notified; f3 is made later and stays pending.
var lifeTrace = events(
	trace.Event{Time: 0, Kind: trace.FutureCreate, Future: 1, Name: "a"},
	trace.Event{Time: 0, Kind: trace.FutureCreate, Future: 2, Name: "b"},
	trace.Event{Time: 5, Kind: trace.FutureCancel, Future: 2, Value: "True"},
	trace.Event{Time: 5, Kind: trace.FutureCancelled, Future: 2},
	trace.Event{Time: 10, Kind: trace.FutureRunning, Future: 1},
	trace.Event{Time: 12, Kind: trace.FutureCreate, Future: 3, Name: "c"},
	trace.Event{Time: 15, Kind: trace.FutureNotified, Future: 2},
	trace.Event{Time: 20, Kind: trace.FutureFinish, Future: 1, Name: "returned", Value: "1"},
)

func TestStateAt(t *testing.T) {
	s := layout.Build(lifeTrace)
	type st = layout.FutureState
	tests := []struct {
		t    int64
		want [3]st
	}{
		{-1, [3]st{{Future: 1, Lane: 0}, {Future: 2, Lane: 1}, {Future: 3, Lane: 2}}},
		{0, [3]st{{1, 0, layout.StatePending, false, false, false}, {2, 1, layout.StatePending, false, false, false}, {3, 2, layout.StateNotCreated, false, false, false}}},
		{5, [3]st{{1, 0, layout.StatePending, false, false, false}, {2, 1, layout.StateCancelled, false, true, true}, {3, 2, layout.StateNotCreated, false, false, false}}},
		{11, [3]st{{1, 0, layout.StateRunning, true, false, false}, {2, 1, layout.StateCancelled, false, true, true}, {3, 2, layout.StateNotCreated, false, false, false}}},
		{15, [3]st{{1, 0, layout.StateRunning, true, false, false}, {2, 1, layout.StateCancelledAndNotified, false, true, true}, {3, 2, layout.StatePending, false, false, false}}},
		{20, [3]st{{1, 0, layout.StateFinished, false, true, false}, {2, 1, layout.StateCancelledAndNotified, false, true, true}, {3, 2, layout.StatePending, false, false, false}}},
		{1e9, [3]st{{1, 0, layout.StateFinished, false, true, false}, {2, 1, layout.StateCancelledAndNotified, false, true, true}, {3, 2, layout.StatePending, false, false, false}}},
	}
	for _, tt := range tests {
		got := s.StateAt(tt.t)
		if len(got) != 3 {
			t.Fatalf("StateAt(%d): %d futures, want 3", tt.t, len(got))
		}
		for i, w := range tt.want {
			if got[i] != w {
				t.Errorf("StateAt(%d)[%d] = %+v, want %+v", tt.t, i, got[i], w)
			}
		}
	}
}

func TestStateNames(t *testing.T) {
	want := map[layout.State]string{
		layout.StatePending: "PENDING", layout.StateRunning: "RUNNING", layout.StateCancelled: "CANCELLED",
		layout.StateCancelledAndNotified: "CANCELLED_AND_NOTIFIED", layout.StateFinished: "FINISHED",
		layout.StateNotCreated: "NOT_CREATED",
	}
	for st, name := range want {
		if st.String() != name {
			t.Errorf("%d.String() = %q, want %q", st, st.String(), name)
		}
	}
}

func TestStepEvents(t *testing.T) {
	s := layout.Build(lifeTrace)
	tests := []struct {
		t          int64
		next, prev int64
		okN, okP   bool
	}{
		{-5, 0, 0, true, false},
		{0, 5, 0, true, false},
		{7, 10, 5, true, true},
		{12, 15, 10, true, true},
		{20, 0, 15, false, true},
		{99, 0, 20, false, true},
	}
	for _, tt := range tests {
		if n, ok := s.NextEvent(tt.t); n != tt.next || ok != tt.okN {
			t.Errorf("NextEvent(%d) = %d, %v; want %d, %v", tt.t, n, ok, tt.next, tt.okN)
		}
		if p, ok := s.PrevEvent(tt.t); p != tt.prev || ok != tt.okP {
			t.Errorf("PrevEvent(%d) = %d, %v; want %d, %v", tt.t, p, ok, tt.prev, tt.okP)
		}
	}
}
