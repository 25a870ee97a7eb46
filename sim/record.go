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
	if k.events.Len() >= k.cfg.MaxEvents {
		k.fail(&LimitError{Limit: "events", Msg: fmt.Sprintf("more than %d trace events", k.cfg.MaxEvents)})
	}
	e.Seq = int64(k.events.Len())
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
	k.events.Add(e)
}

func (k *Kernel) callStart(name string, fut int, args, _ string) {
	k.emit(trace.Event{Kind: trace.CallStart, Name: name, Future: fut, Args: args})
}

func (k *Kernel) callEnd(name string, fut int, value string) {
	k.emit(trace.Event{Kind: trace.CallEnd, Name: name, Future: fut, Value: value})
}
