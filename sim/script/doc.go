// Package script runs a Python script on the simulator: the project's own interpreter (python/py)
// executes it, and the modules a concurrency script imports are bound to package sim's executors,
// futures, threads, locks and virtual clock. It has the API of package sim/script (Run, Options,
// Result, ScriptError, Error), which it is meant to replace.
//
// # Modules
//
// concurrent.futures (Future with every method and its _state, _result and _exception,
// ThreadPoolExecutor, ProcessPoolExecutor, wait, as_completed, Executor.map, the exceptions) and its
// submodules _base (the state names), thread and process; threading (Thread and its subclasses,
// Lock, RLock, Condition, Event, Semaphore, BoundedSemaphore, Barrier, Timer, local,
// current_thread, main_thread, get_ident, active_count, enumerate); queue; logging
// (pylib/logging.py, written in Python: its doc says what it has; the concurrent.futures logger's
// records reach its handlers); time (sleep, time, monotonic, perf_counter and their _ns, gmtime,
// localtime, strftime, asctime, ctime, on virtual time, in UTC); os (getpid, cpu_count, and _exit and
// kill on simulated processes: os_kill.go); random (seeded per process as sim/script seeds it);
// multiprocessing (pylib/multiprocessing.py: Process, Queue, Event, Lock, Manager() and its proxies,
// Pool, the spawn, fork and forkserver contexts; its doc says what it has and lacks); signal
// (pylib/signal.py); pickle (dumps and loads with CPython's bytes, __reduce__: pickle_module.go).
// The modules that need no simulator (math, itertools, functools, re, …) come from python/stdlib.
// Not yet: sys's switch interval, time.process_time, InterpreterPoolExecutor.
//
// # Processes
//
// The main process and every worker of a ProcessPoolExecutor are separate interpreters (py.Interp)
// with their own heaps; each simulated thread runs on its own py.Thread. A worker starts as spawn
// starts one (unless its context is fork: then it also copies the parent's data, mp_fork.go): it re-runs the script as the module __mp_main__, so code under
// `if __name__ == "__main__":` does not run there; as sim/script did, that re-run prints nothing and
// stops quietly where the script first makes an executor, starts a thread or sleeps, so that scripts
// written without the guard still run. Calls, arguments, results and exceptions cross between
// processes by pickle's rules (pickle.go): data is copied, module-level functions and classes go by
// name, instances with their __dict__, exceptions with their args; lambdas, nested functions and
// locks fail with CPython 3.13's errors; a task's exception comes back with a _RemoteTraceback cause
// holding the worker's traceback.
//
// # Time and the GIL
//
// Virtual CPU time is charged per interpreter instruction (Options.StepCost, calibrated against
// CPython 3.11) every stepsPerCharge instructions; when another thread has waited a switch interval
// for the GIL, the running thread lets go at its next call or loop turn, where CPython's eval loop
// checks (thread.go). Every printed line becomes a trace event, a last unended line too; an uncaught
// exception prints CPython's traceback and records an error event; a runaway script ends with the
// simulator's report of what each thread was doing.
//
// The run never reads the wall clock and never depends on map order: the same script and options
// give a byte-identical trace, natively and in WebAssembly.
package script
