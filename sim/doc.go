// Package sim is a deterministic simulation of Python's concurrent.futures on virtual time: the
// executors, futures and module functions of CPython, running on a kernel of simulated threads and
// processes, recording every state change in a trace (package sim/trace).
//
// A run is made with New and started with Kernel.Run, which runs a main function as the main thread of
// the main process. Everything that blocks takes the context.Context of a simulated thread, which
// carries the run; calling a blocking function with any other context panics.
//
// # Time
//
// Virtual time is an integer count of nanoseconds from 0 (time.Duration). It moves only when no
// simulated thread can run, jumping to the next timer; events due at one instant happen in the order
// they were scheduled. The same main function and Config give a byte-identical trace on every run, on
// every platform (the WebAssembly build included): nothing in this package reads the wall clock, uses
// unseeded randomness, or depends on map order or goroutine scheduling.
//
// # Blocking
//
// Simulated threads are goroutines that take turns: exactly one runs at a time, and it runs until it
// blocks (Sleep, Future.Result, Wait, AsCompleted, Lock, Cond, Queue, Event, Thread.Join,
// Process.Join), ends, or charges CPU time with CPU. Code between two such calls takes no virtual
// time. When nothing can run and no timer is pending, the run ends with a *DeadlockError naming every
// blocked thread and what it waits for.
//
// # CPU and the GIL
//
// CPU charges virtual time as executing code. Threads of one process share a GIL, handed over as
// CPython's Python/ceval_gil.c hands it over: only its holder executes; it lets go when it blocks, and
// when Go starts a thread (Thread.start waits for the new thread, which takes the GIL first); a thread
// that wants it waits in line, and once it has waited Config.SwitchInterval (5 ms, CPython's
// sys.getswitchinterval()) with no switch meanwhile it asks the holder to let go, which the holder does
// at its next CPU call (its eval-breaker check). So CPU-bound threads take turns of one interval. A front
// end that switches only at its own checks charges with Busy and asks SwitchRequested. SetSwitchInterval
// changes a process's interval, as sys.setswitchinterval does. Processes execute
// in parallel up to Config.Cores. Config.FreeThreaded removes the GIL, like CPython 3.13t.
//
// # Executors
//
// ThreadPool and ProcessPool follow CPython 3.12–3.14 in every observable detail listed in §9 of the
// project's reference (shared/reference/cpython-futures.md): the five future states, callbacks run by
// the completing thread after waiters wake, Wait's three modes and the cancelled-but-not-notified trap,
// AsCompleted's deadline from its first iteration, Map's deadline from the call, lazy thread start and
// idle reuse, the process pool's call queue of MaxWorkers+1 that marks futures RUNNING as they enter,
// BrokenThreadPool and BrokenProcessPool, max_tasks_per_child, terminate_workers and kill_workers.
// Python exceptions are *Exception values; test them with errors.Is against ErrTimeout, ErrCancelled
// and the other sentinels.
//
// # Cancellation
//
// As in Python, nothing interrupts a running task: Future.Cancel returns false once it runs. A Task
// receives the context given to Submit, so a submitter that cancels that context can stop a task that
// polls ctx.Err() between its blocking calls (cooperative cancellation). Killing a worker process
// (ProcessPool.KillWorkers, Process.Kill) does stop its task, and breaks the pool.
//
// # Limits
//
// Config.TimeLimit, MaxThreads, MaxFutures and MaxEvents end a run that passes them with a *LimitError;
// the trace recorded so far is kept. However a run ends, every goroutine it started has ended when
// Run returns.
package sim
