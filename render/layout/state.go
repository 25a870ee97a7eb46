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

// A stateTable holds every future's state changes in time order, lane after lane, in two parallel
// slices (9 bytes a change, not a padded 16): lane i's are at times t[start[i]:start[i+1]], into the
// states state[start[i]:start[i+1]].
type stateTable struct {
	t     []int64
	state []State
	start []int32
}

// stateOf returns the state an event puts its future in, and false for an event that changes none.
func stateOf(k trace.Kind) (State, bool) {
	switch k {
	case trace.FutureCreate:
		return StatePending, true
	case trace.FutureRunning:
		return StateRunning, true
	case trace.FutureFinish:
		return StateFinished, true
	case trace.FutureCancelled:
		return StateCancelled, true
	case trace.FutureNotified:
		return StateCancelledAndNotified, true
	}
	return 0, false
}

// newStateTable makes room for the futures' state changes, counted by indexFutures; add fills it.
func newStateTable(futures []futureName) (stateTable, []int32) {
	start := make([]int32, len(futures)+1)
	for i, f := range futures {
		start[i+1] = start[i] + f.states
	}
	n := start[len(futures)]
	return stateTable{make([]int64, n), make([]State, n), start}, slices.Clone(start[:len(futures)])
}

// add records that the future of lane i entered st at t; next[i] is where its next change goes.
func (s *stateTable) add(next []int32, i int, t int64, st State) {
	if next[i] < s.start[i+1] {
		s.t[next[i]], s.state[next[i]] = t, st
		next[i]++
	}
}

// StateAt returns the state of every future at time t (after every event at t), in lane order.
func (s *Scene) StateAt(t int64) []FutureState {
	out := make([]FutureState, len(s.Futures.Lanes))
	for i := range out {
		out[i] = s.LaneStateAt(i, t)
	}
	return out
}

// LaneStateAt returns the state at time t (after every event at t) of the future of lane i of the
// futures view: what StateAt(t)[i] is, for the lanes a window shows, without the others.
func (s *Scene) LaneStateAt(i int, t int64) FutureState {
	st := StateNotCreated
	if i >= 0 && len(s.states.start) > i+1 {
		a, b := s.states.start[i], s.states.start[i+1]
		ts := s.states.t[a:b]
		if j := sort.Search(len(ts), func(j int) bool { return ts[j] > t }); j > 0 {
			st = s.states.state[int(a)+j-1]
		}
	}
	fs := FutureState{Lane: i, State: st,
		Running:   st == StateRunning,
		Done:      st >= StateCancelled,
		Cancelled: st == StateCancelled || st == StateCancelledAndNotified,
	}
	if i >= 0 && i < len(s.Futures.Lanes) {
		fs.Future = s.Futures.Lanes[i].Future
	}
	return fs
}

// NextEvent returns the time of the first event after t, for stepping a playhead forward; false when
// there is none.
func (s *Scene) NextEvent(t int64) (int64, bool) {
	if s.trace == nil {
		return 0, false
	}
	n := s.trace.Len()
	j := sort.Search(n, func(j int) bool { return s.trace.At(j).Time > t })
	if j == n {
		return 0, false
	}
	return s.trace.At(j).Time, true
}

// PrevEvent returns the time of the last event before t, for stepping a playhead back; false when
// there is none.
func (s *Scene) PrevEvent(t int64) (int64, bool) {
	if s.trace == nil {
		return 0, false
	}
	j := sort.Search(s.trace.Len(), func(j int) bool { return s.trace.At(j).Time >= t })
	if j == 0 {
		return 0, false
	}
	return s.trace.At(j - 1).Time, true
}
