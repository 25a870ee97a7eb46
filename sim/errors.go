package sim

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// errKilled is what a thread's function "returns" when its process was killed or the run ended.
var errKilled = errors.New("sim: thread killed")

// A DeadlockError ends a run in which no thread could run and no timer was pending.
type DeadlockError struct {
	// Time is when the deadlock was found.
	Time time.Duration
	// Threads is what each live thread waits for, in the order the threads started.
	Threads []ThreadState
}

func (e *DeadlockError) Error() string {
	return "deadlock: no thread can run and no timer is pending\n  " + strings.Join(stateLines(e.Threads), "\n  ")
}

// A LimitError ends a run that passed one of its limits (Config.TimeLimit, MaxThreads, ...).
type LimitError struct {
	// Limit names the limit: "time", "threads", "futures" or "events", or the one given to Halt.
	Limit string
	// Msg says what happened; after a time limit or a Halt it ends with Threads, one a line, under
	// "still running:".
	Msg string
	// Threads is what each live thread was doing, in the order the threads started, after a time
	// limit or a Halt; nil after the other limits.
	Threads []ThreadState
}

func (e *LimitError) Error() string { return "limit: " + e.Msg }

// A PanicError ends a run in which a simulated thread's Go code panicked.
type PanicError struct {
	Thread string
	Value  any
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("sim: thread %s panicked: %v", e.Thread, e.Value)
}

// Halt ends the run from the running thread with a *LimitError for limit ("steps", "output", ...):
// msg says what was exceeded; a report of what every live thread was doing is appended. The running
// thread unwinds; Halt does not return.
func Halt(ctx context.Context, limit, msg string) {
	k := kernelOf(ctx)
	states := k.threadStates()
	msg += stillRunning(states)
	k.fail(&LimitError{Limit: limit, Msg: msg, Threads: states})
}

// stillRunning is the part of a limit's message that lists the live threads.
func stillRunning(states []ThreadState) string {
	return "\nstill running:\n  " + strings.Join(stateLines(states), "\n  ")
}

func (k *Kernel) deadlock() error {
	e := &DeadlockError{Time: k.now, Threads: k.threadStates()}
	k.events.Add(deadEvent(k, "deadlock", e.Error()))
	return e
}

func (k *Kernel) timeLimit() error {
	states := k.threadStates()
	msg := fmt.Sprintf("virtual time limit %v reached", k.cfg.TimeLimit) + stillRunning(states)
	k.events.Add(deadEvent(k, "time", msg))
	return &LimitError{Limit: "time", Msg: msg, Threads: states}
}

func deadEvent(k *Kernel, name, msg string) trace.Event {
	e := trace.Event{Seq: int64(k.events.Len()), Time: int64(k.now), Kind: trace.Limit, Name: name, Value: msg}
	if name == "deadlock" {
		e.Kind, e.Name = trace.Deadlock, ""
	}
	return e
}
