package layout

import (
	"strconv"

	"github.com/futurescope/futurescope/sim/trace"
)

// A futureName is what a future's lane says of it: how it was made, and by whom (its FutureCreate
// event, kept as its index: a big run has one a future).
type futureName struct {
	ID     int32
	create int32 // the index in the trace of its FutureCreate, -1 for none
	states int32 // how many events change its state (see stateOf)
}

// made returns f's FutureCreate from t: its function (Name), arguments, executor (Target), script
// line and submitting thread; an empty event when it has none.
func (f futureName) made(t *trace.Trace) trace.Event {
	if f.create < 0 {
		return trace.Event{}
	}
	return t.At(int(f.create))
}

// An idIndex maps small non-negative ids (futures, threads) to indexes with a slice; the rare id too
// large for one (never in a simulator's trace) goes to a map.
type idIndex struct {
	at  []int32 // at[id] is index+1, 0 for none
	big map[int]int
}

// maxDense bounds the slice of an idIndex: ids up to it are found without hashing.
func maxDense(events int) int { return 4*events + 1024 }

func (x *idIndex) set(id, i, limit int) {
	if id >= 0 && id <= limit {
		if id >= len(x.at) {
			x.grow(id + 1)
		}
		x.at[id] = int32(i + 1)
		return
	}
	if x.big == nil {
		x.big = map[int]int{}
	}
	x.big[id] = i
}

// grow makes x.at n long, doubling its room when it must grow (one allocation, not two).
func (x *idIndex) grow(n int) {
	if n > cap(x.at) {
		at := make([]int32, n, max(n, 2*cap(x.at), 64))
		copy(at, x.at)
		x.at = at
		return
	}
	x.at = x.at[:n]
}

func (x *idIndex) get(id int) (int, bool) {
	if id >= 0 && id < len(x.at) {
		i := x.at[id]
		return int(i) - 1, i > 0
	}
	i, ok := x.big[id]
	return i, ok
}

// indexFutures finds every future the trace mentions, in the order they first appear (as
// trace.Futures does), with what their FutureCreate says, and writes their lane labels.
func (n *names) indexFutures(t *trace.Trace, pace *pacer) {
	limit := maxDense(t.Len())
	n.futures = make([]futureName, 0, t.Len()/6+16) // a future takes 6 events or more, mostly
	n.futureIdx.at = make([]int32, 0, t.Len()/6+17) // and a simulator numbers them from 1
	for j, e := range t.Events() {
		pace.step()
		if e.Future == 0 {
			continue
		}
		i, seen := n.futureIdx.get(e.Future)
		if !seen {
			i = len(n.futures)
			n.futureIdx.set(e.Future, i, limit)
			n.futures = append(n.futures, futureName{ID: int32(e.Future), create: -1})
		}
		if _, ok := stateOf(e.Kind); ok {
			n.futures[i].states++
		}
		if e.Kind == trace.FutureCreate {
			n.futures[i].create = int32(j)
		}
	}
	n.labels = make([]string, len(n.futures))
	var labels textArena
	var buf []byte
	for i, f := range n.futures {
		pace.step()
		buf = appendFutureLabel(buf[:0], f.ID, f.made(t))
		n.labels[i] = labels.string(buf)
	}
}

// appendFutureLabel appends the name of future id made by create, as its lane gives it, to b:
// "f3 gcd((1, 2))", "f1 Future()" for a bare one.
func appendFutureLabel(b []byte, id int32, create trace.Event) []byte {
	fn := create.Name
	if fn == "" {
		fn = "Future"
	}
	b = strconv.AppendInt(append(b, 'f'), int64(id), 10)
	b = append(append(append(b, ' '), fn...), '(')
	return append(append(b, argList(create.Args)...), ')')
}

// future returns the index of future id and whether the trace mentions it.
func (n *names) future(id int) (int, bool) { return n.futureIdx.get(id) }

// futureLabel returns the lane label of future id.
func (n *names) futureLabel(id int) string {
	if i, ok := n.futureIdx.get(id); ok {
		return n.labels[i]
	}
	return "f" + strconv.Itoa(id)
}
