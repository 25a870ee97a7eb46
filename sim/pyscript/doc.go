// Package pyscript runs a Python script on the simulator: the project's own interpreter (python/py)
// executes it, and the modules a concurrency script imports (concurrent.futures with .thread,
// .process and ._base, threading, time, os, random) are bound to package sim's executors, futures,
// threads and virtual clock. It has the API of package sim/script (Run, Options, Result), which it is
// meant to replace.
//
// A run is one simulation. The main process and every worker of a ProcessPoolExecutor are separate
// interpreters (py.Interp) with their own heaps; each simulated thread runs on its own py.Thread. A
// worker starts as spawn starts one: it re-runs the script as the module __mp_main__, so code under
// `if __name__ == "__main__":` does not run there; as the Starlark front end did, that re-run prints
// nothing and stops quietly where the script first makes an executor, starts a thread or sleeps, so
// that scripts written without the guard still run. Calls, arguments, results and exceptions cross
// between processes by pickle's rules (pickle.go): data is copied, module-level functions and
// classes go by name, and lambdas, nested functions and locks fail with CPython's errors.
//
// Virtual CPU time is charged per interpreter instruction (Options.StepCost) every stepsPerCharge
// instructions; when another thread waits for the GIL, the running thread lets go at its next call or
// loop turn, where CPython's eval loop would (clock.go). Every print line becomes a trace event;
// an uncaught exception prints CPython's traceback and records an error event.
//
// The run never reads the wall clock and never depends on map order: the same script and options
// give a byte-identical trace.
package pyscript
