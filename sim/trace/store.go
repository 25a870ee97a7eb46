package trace

import (
	"fmt"
	"iter"
	"math"
)

// How a trace stores its events: a Store appends them in fixed-size blocks of packed, pointer-free records
// (40 bytes each, against 120 for an Event full of string headers), whose strings live once in an
// interned table. An event's Seq is its index, as the simulator numbers them; a store given other
// numbers (a decoded trace may skip some) keeps them in a slice of their own. A Trace is a read-only view of a Store's first n events: taking one copies nothing, and
// the Store may keep growing behind it, since nothing already written ever moves or changes.

// packed is one event as a Store stores it. Strings are indexes into the log's string table, the kind an
// index into its kind table (kinds first, then any unknown kind a Store was given), and the process id
// shares a word with the kind. Seq is not stored (see Store.seqs).
type packed struct {
	time                         int64
	thread, future, target, line int32
	kindProc                     uint32 // kind in the low 8 bits, the process id (24 bits, signed) above
	name, args, value            uint32
}

// eventBlock is how many events a block holds.
const eventBlock = 4096

// The ranges Store.Add accepts: ids and lines are 32-bit, a process id 24-bit, and at most 256 kinds.
const (
	maxProcess = 1<<23 - 1
	minProcess = -1 << 23
	maxKinds   = 256
)

// A Store is an append-only store of events, the one behind every Trace. The simulator records into one
// and hands out Traces of it as it grows; decoders and New fill one. The zero Store is empty and ready.
type Store struct {
	blocks [][]packed
	n      int
	seqs   []int64 // every event's Seq, once one is not its index; nil before
	strs   strTable
	kinds  []Kind       // kinds first, then the unknown kinds added, in order
	other  map[Kind]int // unknown kind → its index in kinds
}

// Len returns the number of events recorded.
func (l *Store) Len() int { return l.n }

// Add appends e. Its Seq and Time are stored as given. Add panics if an id or the line does not fit in
// 32 bits, the process id in 24, or if e brings a 257th distinct kind; Check says beforehand whether
// an event fits.
func (l *Store) Add(e Event) {
	if !fits(&e) {
		panic(Check(e))
	}
	kind, ok := kindIndex(e.Kind)
	if !ok {
		kind = l.otherKind(e.Kind)
	}
	if l.seqs == nil && e.Seq != int64(l.n) {
		l.seqs = make([]int64, l.n, l.n+1)
		for i := range l.seqs {
			l.seqs[i] = int64(i)
		}
	}
	if l.seqs != nil {
		l.seqs = append(l.seqs, e.Seq)
	}
	if l.n%eventBlock == 0 {
		l.blocks = append(l.blocks, make([]packed, eventBlock))
	}
	l.blocks[len(l.blocks)-1][l.n%eventBlock] = packed{
		time:   e.Time,
		thread: int32(e.Thread), future: int32(e.Future), target: int32(e.Target), line: int32(e.Line),
		kindProc: uint32(kind) | uint32(int32(e.Process))<<8,
		name:     l.strs.intern(e.Name), args: l.strs.intern(e.Args), value: l.strs.intern(e.Value),
	}
	l.n++
}

// fits reports whether Check finds nothing wrong with e, without building an error.
func fits(e *Event) bool {
	return int(int32(e.Thread)) == e.Thread && int(int32(e.Future)) == e.Future &&
		int(int32(e.Target)) == e.Target && int(int32(e.Line)) == e.Line &&
		e.Process >= minProcess && e.Process <= maxProcess
}

// Check reports whether the store can hold e: its ids and line fit in 32 bits, its process id in 24.
// Decode and DecodeBinary refuse events that do not fit; Store.Add panics on them.
func Check(e Event) error {
	for _, f := range [...]struct {
		name string
		v    int
	}{{"thread", e.Thread}, {"future", e.Future}, {"target", e.Target}, {"line", e.Line}} {
		if f.v < math.MinInt32 || f.v > math.MaxInt32 {
			return fmt.Errorf("trace: %s %d out of range", f.name, f.v)
		}
	}
	if e.Process < minProcess || e.Process > maxProcess {
		return fmt.Errorf("trace: process %d out of range", e.Process)
	}
	return nil
}

// otherKind returns the index of a kind this package does not declare, adding it to the log's table.
func (l *Store) otherKind(k Kind) uint8 {
	if i, ok := l.other[k]; ok {
		return uint8(i)
	}
	if l.kinds == nil {
		l.kinds = append([]Kind(nil), kinds[:]...)
		l.other = map[Kind]int{}
	}
	if len(l.kinds) >= maxKinds {
		panic(fmt.Sprintf("trace: more than %d kinds in one log", maxKinds))
	}
	l.other[k] = len(l.kinds)
	l.kinds = append(l.kinds, k)
	return uint8(len(l.kinds) - 1)
}

// Trace returns a trace of the events recorded so far, with meta as its Meta (not copied) and this
// package's Version. It copies no event: the trace shares the log's blocks, and events added later do
// not show in it.
func (l *Store) Trace(meta map[string]string) *Trace {
	t := &Trace{Version: Version, Meta: meta}
	if l.n == 0 {
		return t
	}
	blocks := l.blocks[:len(l.blocks):len(l.blocks)]
	if last := l.n % eventBlock; last != 0 {
		// The last block keeps filling; the view sees only what is written now.
		blocks = append(blocks[:len(blocks)-1:len(blocks)-1], blocks[len(blocks)-1][:last])
	}
	t.events = view{blocks: blocks, n: l.n, strs: l.strs.snapshot(), kinds: l.kinds}
	if l.seqs != nil {
		t.events.seqs = l.seqs[:l.n:l.n]
	}
	return t
}

// New returns a trace of events, in the order given, with meta as its Meta (not copied). It panics on
// an event that Check refuses. New is for traces made by hand and by tools; the simulator and the
// decoders fill a Store.
func New(meta map[string]string, events []Event) *Trace {
	var l Store
	for _, e := range events {
		l.Add(e)
	}
	return l.Trace(meta)
}

// view is a Trace's events: the first n events of a Store.
type view struct {
	blocks [][]packed
	n      int
	seqs   []int64 // nil: each event's Seq is its index
	strs   []string
	kinds  []Kind // nil: the declared kinds alone
}

// event unpacks p, event i.
func (v *view) event(i int, p *packed) Event {
	kind := int(p.kindProc & 0xff)
	var k Kind
	if kind < len(kinds) {
		k = kinds[kind]
	} else {
		k = v.kinds[kind]
	}
	seq := int64(i)
	if v.seqs != nil {
		seq = v.seqs[i]
	}
	return Event{
		Seq: seq, Time: p.time, Kind: k,
		Thread: int(p.thread), Process: int(int32(p.kindProc) >> 8), Future: int(p.future), Target: int(p.target),
		Name: v.strs[p.name], Args: v.strs[p.args], Value: v.strs[p.value], Line: int(p.line),
	}
}

// Len returns the number of events in the trace.
func (t *Trace) Len() int { return t.events.n }

// At returns event i (0 ≤ i < Len()).
func (t *Trace) At(i int) Event {
	if i < 0 || i >= t.events.n {
		panic(fmt.Sprintf("trace: event %d of %d", i, t.events.n))
	}
	return t.events.event(i, &t.events.blocks[i/eventBlock][i%eventBlock])
}

// Events yields the trace's events with their indexes, in order. An event is built as it is yielded;
// nothing is copied beforehand.
func (t *Trace) Events() iter.Seq2[int, Event] {
	return func(yield func(int, Event) bool) {
		v := &t.events
		i := 0
		for _, b := range v.blocks {
			for j := range b {
				if !yield(i, v.event(i, &b[j])) {
					return
				}
				i++
			}
		}
	}
}

// Collect returns the trace's events as a new slice, the caller's to change.
func (t *Trace) Collect() []Event {
	out := make([]Event, 0, t.Len())
	for _, e := range t.Events() {
		out = append(out, e)
	}
	return out
}
