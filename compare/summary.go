package compare

import (
	"strconv"
	"strings"

	"github.com/futurescope/futurescope/sim/trace"
)

// A summary is what Compare reads off one trace. Futures are numbered 1, 2, … in the order they
// were made (their ordinal), whatever ids the trace gave them.
type summary struct {
	ordinal     map[int]int      // future id -> ordinal
	futures     int              // how many futures were made
	name        map[int]string   // ordinal -> "job(3,)"
	pool        map[int]string   // ordinal -> the executor's class ("ProcessPoolExecutor")
	completions []int            // ordinals in the order they finished or were cancelled
	done        map[int]int64    // ordinal -> when it finished or was cancelled
	ready       map[int]int64    // ordinal -> when wait() can count it: finished, or cancelled and notified
	started     map[int]int64    // ordinal -> when its task started
	slept       map[int]bool     // ordinal -> its task slept (not CPU-bound)
	callbacks   map[int][]string // ordinal -> the threads that ran its callbacks, in order
	cancels     []cancel         // every cancel(), in order
	waits       []wait           // every wait() that returned, in order
	threads     map[int]string   // thread id -> name
	end         int64            // the last event's time
	offset      int64            // the script's start (0 for a simulation)
	ending      string           // "ValueError", "limit: time", or "" for a run that ended normally
}

// A cancel is one cancel() call: the future's ordinal, what it returned, and when.
type cancel struct {
	future int
	result string
	t      int64
}

// A wait is one wait() return: "done=2 not_done=1", and when.
type wait struct {
	value string
	t     int64
}

// summarize reads t's key events.
func summarize(t *trace.Trace) *summary {
	s := &summary{ordinal: map[int]int{}, name: map[int]string{}, pool: map[int]string{}, done: map[int]int64{}, ready: map[int]int64{},
		started: map[int]int64{}, slept: map[int]bool{}, callbacks: map[int][]string{}, threads: map[int]string{}}
	if v, err := strconv.ParseInt(t.Meta["script_start_ns"], 10, 64); err == nil {
		s.offset = v
	}
	executors := map[int]string{}
	running := map[int]int{} // thread -> ordinal of the task it runs
	for _, e := range t.Events() {
		at := max(e.Time-s.offset, 0)
		s.end = max(s.end, at)
		f := s.ordinal[e.Future]
		switch e.Kind {
		case trace.ThreadStart:
			s.threads[e.Thread] = e.Name
		case trace.ExecutorCreate:
			executors[e.Target] = e.Name
		case trace.FutureCreate:
			s.futures++
			s.ordinal[e.Future] = s.futures
			s.name[s.futures] = e.Name + e.Args
			s.pool[s.futures] = executors[e.Target]
		case trace.TaskStart:
			if f > 0 {
				s.started[f] = at
				running[e.Thread] = f
			}
		case trace.TaskEnd:
			delete(running, e.Thread)
		case trace.CallStart:
			if e.Name == "sleep" && running[e.Thread] > 0 {
				s.slept[running[e.Thread]] = true
			}
		case trace.FutureFinish, trace.FutureCancelled:
			if _, seen := s.done[f]; f > 0 && !seen {
				s.completions = append(s.completions, f)
				s.done[f] = at
			}
			if f > 0 && e.Kind == trace.FutureFinish {
				s.ready[f] = at
			}
		case trace.FutureNotified:
			if _, seen := s.ready[f]; f > 0 && !seen {
				s.ready[f] = at
			}
		case trace.CallbackStart:
			if f > 0 {
				s.callbacks[f] = append(s.callbacks[f], s.threads[e.Thread])
			}
		case trace.FutureCancel:
			if f > 0 {
				s.cancels = append(s.cancels, cancel{f, e.Value, at})
			}
		case trace.Error:
			if s.ending == "" {
				s.ending = errorType(e.Value)
			}
		case trace.Limit, trace.Deadlock:
			s.ending = string(e.Kind) + ": " + e.Name
		case trace.CallEnd:
			if e.Name == "wait" && strings.HasPrefix(e.Value, "done=") {
				s.waits = append(s.waits, wait{e.Value, at})
			}
		}
	}
	return s
}

// cpuBound reports whether future f's task ran without sleeping for longer than a millisecond.
func (s *summary) cpuBound(f int) bool {
	start, ok := s.started[f]
	return ok && !s.slept[f] && s.done[f]-start > 1e6
}

// samePool reports whether thread names a and b are workers of one pool ("ThreadPoolExecutor-0_1").
func samePool(a, b string) bool {
	i, j := strings.LastIndexByte(a, '_'), strings.LastIndexByte(b, '_')
	return i > 0 && j > 0 && a[:i] == b[:j]
}

// errorType is the exception's type in an error's last line: "ValueError" of "ValueError: boom",
// without a module ("concurrent.futures._base.CancelledError" is "CancelledError").
func errorType(msg string) string {
	if i := strings.LastIndexByte(msg, '\n'); i >= 0 {
		msg = msg[i+1:]
	}
	name, _, _ := strings.Cut(msg, ":")
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	return strings.TrimSpace(name)
}
