package sim

import (
	"fmt"
	"strconv"
)

// A ThreadState is what one live thread was doing when a run stopped: a deadlock, a time limit or a
// Halt lists one per thread still alive, in the order the threads started.
type ThreadState struct {
	// Thread is the thread's id (Thread.ID) and Name its name.
	Thread int
	Name   string
	// Process is the id of the thread's process (Process.ID) and ProcessName its name.
	Process     int
	ProcessName string
	// Line is the script line the thread was at (0: none known).
	Line int
	// Wait is what the thread waits in: "" if it is running, "cpu" if it is running on a core,
	// "result" or "exception" for a future, "join" for a thread, else the primitive ("lock",
	// "queue_get", "event_wait", "sleep", ...).
	Wait string
	// WaitID is the id of what it waits for: the future (result, exception), the thread (join), the
	// object if the primitive has one; 0 if none.
	WaitID int
	// Doing says it in words, as reports print it after Who: "waits in result() for future 2".
	Doing string
}

// Who names the thread as reports do: its name, its process's name if that is not the main process,
// and its line: "worker (Process-1) [line 7]".
func (s ThreadState) Who() string {
	who := s.Name
	if s.Process != 1 {
		who += " (" + s.ProcessName + ")"
	}
	if s.Line > 0 {
		who += " [line " + strconv.Itoa(s.Line) + "]"
	}
	return who
}

// String is the state's line in a report: Who, then Doing.
func (s ThreadState) String() string { return s.Who() + " " + s.Doing }

// threadState is what t is doing now.
func (k *Kernel) threadState(t *Thread) ThreadState {
	s := ThreadState{Thread: t.id, Name: t.name, Process: t.proc.id, ProcessName: t.proc.name, Line: t.line,
		Wait: t.waitWhat, WaitID: t.waitID}
	switch t.waitWhat {
	case "cpu":
		s.Doing = "is running (on CPU)"
	case "result", "exception":
		s.Doing = fmt.Sprintf("waits in %s() for future %d", t.waitWhat, t.waitID)
	case "join":
		s.Doing = "waits to join " + k.threads[t.waitID-1].name
	case "":
		s.Doing = "is running"
	default:
		s.Doing = "waits in " + t.waitWhat
		if t.waitID != 0 {
			s.Doing += " (" + strconv.Itoa(t.waitID) + ")"
		}
	}
	return s
}

// threadStates lists what every live thread is doing, in the order the threads started.
func (k *Kernel) threadStates() []ThreadState {
	var out []ThreadState
	for _, t := range k.threads {
		if !t.ended {
			out = append(out, k.threadState(t))
		}
	}
	return out
}

// stateLines is states as a report prints them, one line each.
func stateLines(states []ThreadState) []string {
	out := make([]string, len(states))
	for i, s := range states {
		out[i] = s.String()
	}
	return out
}
