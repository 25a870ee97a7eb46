// Package trace is the event log of one simulated run: the contract between the simulator (package sim)
// and everything that draws or exports a run (render, the command line, the browser bridge).
//
// A Trace is a flat, ordered list of Events, stored compactly (40 bytes an event, strings interned) and
// read through Len, At and Events without copying. Every event carries its virtual time, a sequence number that
// orders events at the same instant, its kind, and the thread, process and future it concerns. The
// package imports only the standard library and never changes a trace it is given.
//
// # Forms
//
// A trace has four forms: JSON (files, exports, the JavaScript bridge; it round-trips exactly), a compact
// text form (one line an event, for golden tests and diffs), Chrome Trace Event JSON (opens in Perfetto
// and chrome://tracing) and a binary form (between two programs of one build: the browser's simulator
// hands it to the timeline, which reads a big run many times faster than its JSON). Encode and Decode
// write and read the first, WriteText and WriteChrome write the next two, EncodeBinary and DecodeBinary
// the last. All are deterministic: the same trace gives the same bytes. Validate states the rules a
// trace obeys; Encode, Decode, EncodeBinary and DecodeBinary enforce them.
//
// # Queries
//
// Futures, Threads and End summarise a trace for drawing: each future's times and outcome, each thread's
// life, and when the run ended.
package trace

// Version is the version of the event model written into every encoded trace. It changes when the
// meaning of a field or kind changes; adding a kind does not change it.
const Version = 1

// A Kind says what an event records.
type Kind string

// The event kinds. Fields an event kind uses beyond Time, Seq, Kind, Thread and Process are listed with it;
// fields not listed are zero.
const (
	// ProcessStart: a simulated process began. Process is its id, Name its name
	// ("MainProcess", "SpawnProcess-1"), Target its pid.
	ProcessStart Kind = "process_start"
	// ProcessExit: a process ended. Value is its exit code ("0", "-15" when terminated, "-9" when killed).
	ProcessExit Kind = "process_exit"
	// ThreadStart: a thread began. Thread is its id, Name its name ("MainThread", "ThreadPoolExecutor-0_0").
	ThreadStart Kind = "thread_start"
	// ThreadExit: a thread ended.
	ThreadExit Kind = "thread_exit"

	// ExecutorCreate: an executor was made. Target is its id, Name its class ("ThreadPoolExecutor"),
	// Args its parameters ("max_workers=2").
	ExecutorCreate Kind = "executor_create"
	// ExecutorShutdown: shutdown was requested. Target is the executor, Args its parameters
	// ("wait=True, cancel_futures=False").
	ExecutorShutdown Kind = "executor_shutdown"
	// ExecutorBroken: an executor became unusable. Target is the executor, Value the reason.
	ExecutorBroken Kind = "executor_broken"

	// FutureCreate: a future was made. Future is its id, Target its executor (0 for a bare future),
	// Name the function, Args the argument repr, Line the script line that made it.
	FutureCreate Kind = "future_create"
	// FutureQueued: the future entered a queue (Name: "work_queue" or "call_queue").
	FutureQueued Kind = "future_queued"
	// FutureRunning: the future became RUNNING (what running() reports from now on).
	FutureRunning Kind = "future_running"
	// TaskStart: a worker began executing the future's call. Thread is the worker thread. In a thread pool
	// this coincides with FutureRunning; in a process pool it can come much later.
	TaskStart Kind = "task_start"
	// TaskEnd: the worker finished executing the call (before the result reaches the future).
	TaskEnd Kind = "task_end"
	// FutureFinish: the future became FINISHED. Value is the result repr, or the exception when
	// Name is "raised" (Name is "returned" otherwise).
	FutureFinish Kind = "future_finish"
	// FutureCancel: cancel() was called. Value is what it returned ("True" or "False").
	FutureCancel Kind = "future_cancel"
	// FutureCancelled: the future became CANCELLED.
	FutureCancelled Kind = "future_cancelled"
	// FutureNotified: a cancelled future became CANCELLED_AND_NOTIFIED (wait and as_completed see it now).
	FutureNotified Kind = "future_notified"

	// CallbackStart and CallbackEnd bracket one done-callback. Future is the future, Name the callback,
	// Value (on CallbackEnd) the exception it raised, if any.
	CallbackStart Kind = "callback_start"
	CallbackEnd   Kind = "callback_end"

	// CallStart and CallEnd bracket a blocking call. Name is the call ("result", "exception", "wait",
	// "as_completed", "map", "shutdown", "sleep", "event_wait", "join", "lock", "get", and "startup": a new
	// worker process starting, before it runs anything), Args its parameters
	// ("timeout=0.5", "return_when=FIRST_COMPLETED"), Future the future it concerns, if one.
	// Value (on CallEnd) is the outcome ("done=2 not_done=1", "TimeoutError", "True").
	CallStart Kind = "call_start"
	CallEnd   Kind = "call_end"
	// Yield: as_completed yielded Future to Thread.
	Yield Kind = "yield"
	// Timeout: a timeout fired in Name's call. Value is the exception text, if one was raised
	// ("TimeoutError: 3 (of 6) futures unfinished"), empty when the call just returned (wait).
	Timeout Kind = "timeout"

	// GILAcquire and GILRelease: Thread took or let go of its process's GIL.
	GILAcquire Kind = "gil_acquire"
	GILRelease Kind = "gil_release"

	// Print: the script printed Value (one event a line, without the newline).
	Print Kind = "print"
	// Log: a logger record. Name is the level ("ERROR", "CRITICAL"), Value the message.
	Log Kind = "log"
	// Error: the run ended with an error. Value is the message (the last line Python would print).
	Error Kind = "error"
	// Deadlock: nothing could run and no timer was pending. Value is the report.
	Deadlock Kind = "deadlock"
	// Limit: a limit ended the run. Name is the limit ("time", "threads", "futures", "events"),
	// Value the message.
	Limit Kind = "limit"
)

// An Event is one thing that happened in a run.
type Event struct {
	// Seq numbers events from 0 in the order they happened; it breaks ties between events at one Time.
	Seq int64 `json:"seq"`
	// Time is the virtual time in nanoseconds since the run began.
	Time int64 `json:"t"`
	// Kind says what happened.
	Kind Kind `json:"kind"`
	// Thread is the id of the thread that caused the event (0 when none did).
	Thread int `json:"thread,omitempty"`
	// Process is the id of that thread's process (1 is the main process).
	Process int `json:"proc,omitempty"`
	// Future is the id of the future the event concerns (0 when none).
	Future int `json:"future,omitempty"`
	// Target is another object the event concerns: an executor, a pid; see each Kind.
	Target int `json:"target,omitempty"`
	// Name is a function, thread, call or limit name; see each Kind.
	Name string `json:"name,omitempty"`
	// Args is a parameter or argument repr; see each Kind.
	Args string `json:"args,omitempty"`
	// Value is an outcome, result repr, message or printed text; see each Kind.
	Value string `json:"value,omitempty"`
	// Line is the script line the event comes from (0 when unknown).
	Line int `json:"line,omitempty"`
}

// A Trace is the event log of one run, with the settings it ran under. Its events are read with Len,
// At and Events, each built on demand from the compact form a Store keeps: a Trace is a
// read-only view, so the simulator hands one out without copying its events. New makes one from a
// slice of events; the zero Trace has none. encoding/json reads and writes a Trace in the JSON form
// (MarshalJSON, UnmarshalJSON).
type Trace struct {
	// Version is the event model's version (see Version).
	Version int
	// Meta holds the run's settings and facts ("cores": "4", "file": "lesson.py"), in key order when encoded.
	Meta map[string]string
	// events are the events in Seq order.
	events view
}
