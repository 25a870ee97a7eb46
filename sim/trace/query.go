package trace

// A FutureInfo summarises one future's life, for drawing. Times are virtual nanoseconds since the run
// began, -1 when the event never happened.
type FutureInfo struct {
	// ID is the future's id.
	ID int
	// Executor is the id of the executor it was submitted to (0 for a bare future).
	Executor int
	// Function and Args are the function and the argument repr it was submitted with.
	Function, Args string
	// Line is the script line that made it (0 when unknown).
	Line int
	// Submitter is the thread that made it.
	Submitter int
	// Created is when it was made (FutureCreate).
	Created int64
	// Queued is when it first entered a queue (FutureQueued).
	Queued int64
	// Running is when it became RUNNING (FutureRunning).
	Running int64
	// Started and Stopped are when a worker began and finished executing its call (TaskStart, TaskEnd).
	Started, Stopped int64
	// Ended is when it became done: FINISHED (FutureFinish) or CANCELLED (FutureCancelled).
	Ended int64
	// Worker is the thread that executed its call (0 when none did).
	Worker int
	// Outcome is "result" or "exception" once it finished, "cancelled" once it was cancelled, and ""
	// while it was not done.
	Outcome string
	// Value is the result repr or the exception text, when Outcome is "result" or "exception".
	Value string
}

// Futures summarises every future the trace mentions, in the order they first appear. Where an event
// repeats (a future queued twice in a process pool), the first one counts.
func (t *Trace) Futures() []FutureInfo {
	var out []FutureInfo
	index := map[int]int{}
	for _, e := range t.Events() {
		if e.Future == 0 {
			continue
		}
		i, seen := index[e.Future]
		if !seen {
			i = len(out)
			index[e.Future] = i
			out = append(out, FutureInfo{ID: e.Future, Created: -1, Queued: -1, Running: -1, Started: -1, Stopped: -1, Ended: -1})
		}
		out[i].add(e)
	}
	return out
}

// add records what e says about the future.
func (f *FutureInfo) add(e Event) {
	switch e.Kind {
	case FutureCreate:
		f.Executor, f.Function, f.Args, f.Line, f.Submitter = e.Target, e.Name, e.Args, e.Line, e.Thread
		first(&f.Created, e.Time)
	case FutureQueued:
		first(&f.Queued, e.Time)
	case FutureRunning:
		first(&f.Running, e.Time)
	case TaskStart:
		if f.Started < 0 {
			f.Started, f.Worker = e.Time, e.Thread
		}
	case TaskEnd:
		first(&f.Stopped, e.Time)
	case FutureFinish:
		if f.Ended < 0 {
			f.Ended, f.Outcome, f.Value = e.Time, "result", e.Value
			if e.Name == "raised" {
				f.Outcome = "exception"
			}
		}
	case FutureCancelled:
		if f.Ended < 0 {
			f.Ended, f.Outcome = e.Time, "cancelled"
		}
	}
}

// first sets *at to ns unless it is already set.
func first(at *int64, ns int64) {
	if *at < 0 {
		*at = ns
	}
}

// A ThreadInfo summarises one simulated thread. Times are virtual nanoseconds, -1 when absent.
type ThreadInfo struct {
	// ID is the thread's id; Process is its process's id.
	ID, Process int
	// Name is its name from ThreadStart ("MainThread", "ThreadPoolExecutor-0_0"), "" without one.
	Name string
	// Start and End are the times of its ThreadStart and ThreadExit.
	Start, End int64
}

// Threads summarises every thread the trace mentions (every non-zero Event.Thread), in the order they
// first appear.
func (t *Trace) Threads() []ThreadInfo {
	var out []ThreadInfo
	index := map[int]int{}
	for _, e := range t.Events() {
		if e.Thread == 0 {
			continue
		}
		i, seen := index[e.Thread]
		if !seen {
			i = len(out)
			index[e.Thread] = i
			out = append(out, ThreadInfo{ID: e.Thread, Process: e.Process, Start: -1, End: -1})
		}
		switch e.Kind {
		case ThreadStart:
			out[i].Name = e.Name
			first(&out[i].Start, e.Time)
		case ThreadExit:
			first(&out[i].End, e.Time)
		}
	}
	return out
}

// End returns the time of the trace's last event, or 0 when it has none.
func (t *Trace) End() int64 {
	if t.Len() == 0 {
		return 0
	}
	return t.At(t.Len() - 1).Time
}
