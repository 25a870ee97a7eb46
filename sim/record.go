package sim

import (
	"fmt"

	"github.com/futurescope/futurescope/sim/trace"
)

// emit records e for the running thread.
func (k *Kernel) emit(e trace.Event) {
	k.emitAs(k.cur, e)
}

// emitAs records e as caused by thread t (nil: no thread). Recording the MaxEvents-th event ends the run.
func (k *Kernel) emitAs(t *Thread, e trace.Event) {
	if k.tearingDown || k.stopping {
		return
	}
	if k.events.n >= k.cfg.MaxEvents {
		k.fail(&LimitError{Limit: "events", Msg: fmt.Sprintf("more than %d trace events", k.cfg.MaxEvents)})
	}
	e.Seq = int64(k.events.n)
	e.Time = int64(k.now)
	if t != nil && e.Thread == 0 {
		e.Thread = t.id
		if e.Line == 0 {
			e.Line = t.line
		}
	}
	if t != nil && e.Process == 0 {
		e.Process = t.proc.id
	}
	k.events.add(e)
}

// eventLog stores events in fixed-size blocks, so that recording never copies what is already recorded.
type eventLog struct {
	blocks [][]trace.Event
	n      int
}

const eventBlock = 4096

func (l *eventLog) add(e trace.Event) {
	if l.n%eventBlock == 0 {
		l.blocks = append(l.blocks, make([]trace.Event, 0, eventBlock))
	}
	b := &l.blocks[len(l.blocks)-1]
	*b = append(*b, e)
	l.n++
}

// all returns the events as one slice.
func (l *eventLog) all() []trace.Event {
	out := make([]trace.Event, 0, l.n)
	for _, b := range l.blocks {
		out = append(out, b...)
	}
	return out
}

func (k *Kernel) callStart(name string, fut int, args, _ string) {
	k.emit(trace.Event{Kind: trace.CallStart, Name: name, Future: fut, Args: args})
}

func (k *Kernel) callEnd(name string, fut int, value string) {
	k.emit(trace.Event{Kind: trace.CallEnd, Name: name, Future: fut, Value: value})
}
