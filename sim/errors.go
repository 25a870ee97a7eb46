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
	// Blocked describes each blocked thread and what it waits for, in thread order.
	Blocked []string
}

func (e *DeadlockError) Error() string {
	return "deadlock: no thread can run and no timer is pending\n  " + strings.Join(e.Blocked, "\n  ")
}

// A LimitError ends a run that passed one of its limits (Config.TimeLimit, MaxThreads, ...).
type LimitError struct {
	// Limit names the limit: "time", "threads", "futures" or "events".
	Limit string
	// Msg says what happened.
	Msg string
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

// describeWait says what a parked thread waits for, for deadlock and limit reports.
func (k *Kernel) describeWait(t *Thread) string {
	who := t.name
	if t.proc.id != 1 {
		who += " (" + t.proc.name + ")"
	}
	if t.line > 0 {
		who += fmt.Sprintf(" [line %d]", t.line)
	}
	switch t.waitWhat {
	case "cpu":
		return who + " is running (on CPU)"
	case "result", "exception":
		return fmt.Sprintf("%s waits in %s() for future %d", who, t.waitWhat, t.waitID)
	case "join":
		return fmt.Sprintf("%s waits to join %s", who, k.threads[t.waitID-1].name)
	case "":
		return who + " is running"
	}
	if t.waitID != 0 {
		return fmt.Sprintf("%s waits in %s (%d)", who, t.waitWhat, t.waitID)
	}
	return fmt.Sprintf("%s waits in %s", who, t.waitWhat)
}

// Halt ends the run from the running thread with a *LimitError for limit ("steps", "output", ...):
// msg says what was exceeded; a report of what every live thread was doing is appended. The running
// thread unwinds; Halt does not return.
func Halt(ctx context.Context, limit, msg string) {
	k := kernelOf(ctx)
	msg += "\nstill running:\n  " + strings.Join(k.blockedReport(), "\n  ")
	k.fail(limit, msg)
}

func (k *Kernel) blockedReport() []string {
	var out []string
	for _, t := range k.threads {
		if !t.ended {
			out = append(out, k.describeWait(t))
		}
	}
	return out
}

func (k *Kernel) deadlock() error {
	e := &DeadlockError{Time: k.now, Blocked: k.blockedReport()}
	k.events.add(deadEvent(k, "deadlock", e.Error()))
	return e
}

func (k *Kernel) timeLimit() error {
	msg := fmt.Sprintf("virtual time limit %v reached\nstill running:\n  %s", k.cfg.TimeLimit,
		strings.Join(k.blockedReport(), "\n  "))
	k.events.add(deadEvent(k, "time", msg))
	return &LimitError{Limit: "time", Msg: msg}
}

func deadEvent(k *Kernel, name, msg string) trace.Event {
	e := trace.Event{Seq: int64(k.events.n), Time: int64(k.now), Kind: trace.Limit, Name: name, Value: msg}
	if name == "deadlock" {
		e.Kind, e.Name = trace.Deadlock, ""
	}
	return e
}
