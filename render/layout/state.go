package layout

import (
	"slices"
	"sort"

	"github.com/futurescope/futurescope/sim/trace"
)

// A State is a future's state, as concurrent.futures names it.
type State uint8

// The states. StateNotCreated is not Python's: the future does not exist yet at that time.
const (
	StateNotCreated State = iota
	StatePending
	StateRunning
	StateCancelled
	StateCancelledAndNotified
	StateFinished
)

var stateNames = [...]string{"NOT_CREATED", "PENDING", "RUNNING", "CANCELLED", "CANCELLED_AND_NOTIFIED", "FINISHED"}

// String returns Python's name of the state: "PENDING", "CANCELLED_AND_NOTIFIED"; "NOT_CREATED" for
// StateNotCreated.
func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return "STATE?"
}

// A FutureState is one future at one moment: what its methods would return then.
type FutureState struct {
	// Future is the future's id; Lane its lane in the futures view.
	Future, Lane int
	// State is its state.
	State State
	// Running, Done and Cancelled are what running(), done() and cancelled() would return.
	Running, Done, Cancelled bool
}

// A transition is a future entering a state.
type transition struct {
	t     int64
	state State
}

// transitions returns, per future lane, the state changes of the future in time order.
func transitions(t *trace.Trace, n *names) [][]transition {
	out := make([][]transition, len(n.futures))
	for _, e := range t.Events() {
		var st State
		switch e.Kind {
		case trace.FutureCreate:
			st = StatePending
		case trace.FutureRunning:
			st = StateRunning
		case trace.FutureFinish:
			st = StateFinished
		case trace.FutureCancelled:
			st = StateCancelled
		case trace.FutureNotified:
			st = StateCancelledAndNotified
		default:
			continue
		}
		if i, ok := n.future(e.Future); ok {
			out[i] = append(out[i], transition{e.Time, st})
		}
	}
	return out
}

// StateAt returns the state of every future at time t (after every event at t), in lane order.
func (s *Scene) StateAt(t int64) []FutureState {
	out := make([]FutureState, len(s.states))
	for i, ts := range s.states {
		st := StateNotCreated
		if j := sort.Search(len(ts), func(j int) bool { return ts[j].t > t }); j > 0 {
			st = ts[j-1].state
		}
		out[i] = FutureState{
			Future: s.Futures.Lanes[i].Future, Lane: i, State: st,
			Running:   st == StateRunning,
			Done:      st >= StateCancelled,
			Cancelled: st == StateCancelled || st == StateCancelledAndNotified,
		}
	}
	return out
}

// eventTimes returns the distinct times of t's events, ascending.
func eventTimes(t *trace.Trace) []int64 {
	var out []int64
	for _, e := range t.Events() {
		if len(out) == 0 || out[len(out)-1] != e.Time {
			out = append(out, e.Time)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// NextEvent returns the time of the first event after t, for stepping a playhead forward; false when
// there is none.
func (s *Scene) NextEvent(t int64) (int64, bool) {
	j := sort.Search(len(s.times), func(j int) bool { return s.times[j] > t })
	if j == len(s.times) {
		return 0, false
	}
	return s.times[j], true
}

// PrevEvent returns the time of the last event before t, for stepping a playhead back; false when
// there is none.
func (s *Scene) PrevEvent(t int64) (int64, bool) {
	j := sort.Search(len(s.times), func(j int) bool { return s.times[j] >= t })
	if j == 0 {
		return 0, false
	}
	return s.times[j-1], true
}
