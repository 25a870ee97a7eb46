// Package script runs a Python script on the simulator. The project's own interpreter (python/py,
// Python 3.12's grammar, CPython 3.13's messages and reprs) executes it, and the modules a
// concurrency script imports are bound to package sim's executors, futures, threads, locks, processes
// and virtual clock. Run takes the script and Options and returns a Result: the trace, and a Report
// (report.go) when the run did not succeed: a syntax error, an uncaught exception, sys.exit, a
// deadlock or a limit, as data the CLI, the desktop app and the browser format.
//
// # Modules
//
// concurrent.futures (Future with every method and its _state, _result and _exception;
// ThreadPoolExecutor, ProcessPoolExecutor, Executor and its map, wait with its DoneAndNotDoneFutures
// named tuple, as_completed, the exceptions) and its submodules _base (the state names), thread and
// process; threading; queue; logging and logging.handlers (pylib, written in Python); time; os;
// sys's simulator parts; random; multiprocessing (pylib/multiprocessing/ over the simulator's
// processes, mp_*.go); signal; pickle (pickle_module.go). stdlib.go says, module by module, what each
// has and what it lacks; the modules that need no simulator (math, itertools, functools, re, …) come
// from python/stdlib, whose docs say theirs. The simulator models the newest executors: its
// concurrent.futures also has InterpreterPoolExecutor, which follows CPython 3.14 (interppool.go):
// each worker thread owns an interpreter with its own GIL, calls and results cross by pickle.
//
// random is python/stdlib's, CPython's Mersenne Twister number for number: random.seed(n) draws
// what CPython draws, but where CPython seeds each process from the operating system's entropy, the
// simulator seeds it from Options.Seed and the process's pid (mod_random.go), so a run draws the same
// numbers every time and each worker process a stream of its own.
//
// # Processes
//
// The main process and every worker process are separate interpreters (py.Interp) with their own
// heaps; each simulated thread runs on its own py.Thread. A worker starts as spawn starts one (unless
// its context is fork: then it also copies the parent's data, mp_fork.go): it re-runs the script as
// the module __mp_main__, so code under `if __name__ == "__main__":` does not run there; that re-run
// prints nothing and stops quietly where the script first makes an executor, starts a thread or
// sleeps, so that scripts written without the guard still run. Calls, arguments, results and
// exceptions cross between processes by pickle's rules (pickle.go): data is copied, module-level
// functions and classes go by name, instances with their __dict__, exceptions with their args;
// lambdas, nested functions and locks fail with CPython 3.13's errors; a task's exception comes back
// with a _RemoteTraceback cause holding the worker's traceback.
//
// # Time and the GIL
//
// Virtual CPU time is charged per interpreter instruction (Options.StepCost, calibrated against
// CPython 3.11) every stepsPerCharge instructions. time.process_time and thread_time read that
// charged CPU time back, for the process's threads or the calling one (mod_time_extra.go). A thread
// that wants the GIL asks for it after the switch interval (5 ms of virtual time, as CPython's;
// sys.getswitchinterval and sys.setswitchinterval read and change it, per process), and the running
// thread lets go at its next call or loop turn, where CPython's eval loop checks (thread.go); with
// Options.FreeThreaded there is no GIL. Every printed line becomes a trace event, a last unended line
// too; an uncaught exception prints CPython's traceback and records an error event; a run that uses up
// its budget (Options.MaxSteps) ends with a report naming the loop that did not end (runaway.go) and
// what each thread was doing.
//
// The run never reads the wall clock and never depends on map order: the same script and options
// give a byte-identical trace, natively and in WebAssembly.
package script
