"""futurescope_record: run a Python script under CPython and record what its futures, threads and
processes did, in futurescope's trace format (JSON, version 1).

Run it as ``python3 -m futurescope_record [-o trace.json] [--limit SECONDS] script.py [args...]``
(or ``futurescope record script.py``). The script runs as ``__main__`` in this interpreter, with its
own arguments, standard streams and exit status; the recorder only watches. It patches, in this
process and in the worker processes it starts:

- concurrent.futures: futures made, queued, running, finished or raised, cancel() and its result,
  each done-callback and the thread that ran it, wait() and as_completed(), executors and shutdown;
- threading: threads starting and ending, join(), Event.wait();
- time.sleep, print (to standard output), multiprocessing processes starting and ending;
- multiprocessing.Pool: each task it sends a worker is a future, as the simulation has it (a
  ThreadPool's are not recorded).

Times are real (time.perf_counter_ns, one clock for every process of the run). The trace's meta
states the recorder's whole cost per event ("overhead_ns_per_event"): the CPU time every thread of
the run (worker processes' too) spent in its hooks, sampled one call in about sixteen on the thread's
CPU clock, plus the CPU time writing the trace took, over the events written; "overhead_method" says
how, and "overhead_hooks_ns", "overhead_write_ns" and "overhead_hook_calls" give the parts. Any
error of the recorder itself ("recorder_error"): a recorder that fails stops recording, but the
script runs on and its output and exit status are unchanged.

Works on CPython 3.9 to 3.13 with the standard library only.

What it leaves out, so that the script's tracebacks stay CPython's: result() and exception() are
recorded through the future's condition (the wait inside them), not wrapped, and as_completed returns
a plain iterator (a map object, written in C so that its TimeoutError has the same traceback) instead
of a generator. A traceback through time.sleep, Thread.join, Event.wait or wait() that the script
prints itself shows one recorder frame; the uncaught ones the recorder prints are stripped of them.
The GIL is not observed: the trace has no gil_acquire or gil_release events.
"""

__version__ = "1"
