package script

// The modules that need no simulator (math, itertools, functools, collections, contextlib, random's
// generator, …) come from python/stdlib, registered with every interpreter; their docs say what each
// has and lacks.
//
// What the simulator's own modules have and lack:
//
// concurrent.futures. Has: Future (result, exception, cancel, cancelled, running, done,
// add_done_callback, set_result, set_exception, set_running_or_notify_cancel; _state, _result and
// _exception readable and settable; new attributes), Executor (subclassable: map over its submit),
// ThreadPoolExecutor (max_workers, thread_name_prefix, initializer, initargs), InterpreterPoolExecutor
// (CPython 3.14's: the same arguments; each worker thread its own interpreter and GIL; calls, results
// and exceptions cross by pickle, an exception with an ExecutionFailed cause), ProcessPoolExecutor
// (max_workers, mp_context, initializer, initargs, max_tasks_per_child), Executor.map (timeout,
// chunksize, buffersize; a generator whose close cancels the calls not yet yielded),
// Executor.shutdown (wait, cancel_futures), wait (returning the DoneAndNotDoneFutures named tuple),
// as_completed (lazy), FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
// InvalidStateError, BrokenExecutor, thread.BrokenThreadPool, interpreter.BrokenInterpreterPool,
// process.BrokenProcessPool, process._RemoteTraceback, _base.FINISHED (and the other state names).
// Lacks: InterpreterPoolExecutor's script strings (CPython raises TypeError for them too) and its
// sharing of stateless functions without pickle (a lambda fails to pickle here), and a map generator
// dropped half consumed (del) does not cancel its remaining calls, as CPython's reference counting
// makes it do at once.
//
// threading. Has: Thread (target, args, kwargs, name, daemon; subclasses with run; start, join with a
// timeout, is_alive, name, ident, native_id, getName, setName, isDaemon, setDaemon; named
// "Thread-N (target)" when made), Lock, RLock, Condition (wait, wait_for, notify, notify_all),
// Semaphore, BoundedSemaphore, Event (is_set, isSet), Barrier, BrokenBarrierError, Timer (interval,
// function, args, kwargs, cancel), local, current_thread, currentThread, main_thread, enumerate,
// active_count, activeCount, get_ident, get_native_id, excepthook, __excepthook__, ExceptHookArgs and
// TIMEOUT_MAX. Lacks: settrace, setprofile and stack_size, and a traceback of an uncaught exception
// shows no frames of threading.py.
//
// queue. Has: Queue (maxsize; put and get with block and timeout, put_nowait, get_nowait, qsize,
// empty, full, task_done, join, and CPython 3.13's shutdown and is_shutdown), LifoQueue,
// PriorityQueue (a heap, as heapq), Empty, Full, ShutDown, SimpleQueue (CPython 3.13's: a put hands
// its item to the getter that has waited longest; put, put_nowait, get, get_nowait, qsize and empty).
// Lacks nothing else of CPython 3.13's queue.
//
// logging (pylib/logging/__init__.py), logging.handlers (pylib/logging/handlers.py), multiprocessing
// (pylib/multiprocessing/) and signal (pylib/signal.py) say what they have and lack in their
// docstrings: CPython's loggers, handlers, filters, formatters and basicConfig, with the simulated
// threads' and processes' names and the virtual clock's times; the handlers that need neither files
// nor sockets; processes, pools, queues and managers on simulated processes; the Linux signals.
//
// time. Has: sleep, time, monotonic, perf_counter and their _ns (time_ns, monotonic_ns,
// perf_counter_ns), process_time and thread_time (the virtual CPU time charged for the instructions
// the process's threads, or the calling thread, ran) and their _ns (process_time_ns,
// thread_time_ns), gmtime, localtime, mktime, strftime, strptime, asctime, ctime, struct_time,
// timezone, altzone, daylight and tzname. The clock starts at 2024-01-01 00:00:00 UTC; the machine's
// zone is UTC. Lacks: get_clock_info, tzset and the POSIX clock_* functions.
//
// os. Has: getpid, getppid (the main process's parent is pid 3000, a worker's the main process),
// cpu_count and process_cpu_count (Options.Cores), getenv and environ (HOME, LANG, PATH, USER), name,
// sep, kill and _exit (os_kill.go), path (python/stdlib's posixpath: its string functions, imported
// on first use). Lacks: the file system (os.path.exists, listdir, remove, …), fork, system and
// urandom.
//
// sys is python/py's. Has: argv (the script's name), _is_gil_enabled (False when free-threaded),
// getswitchinterval and setswitchinterval (the simulated GIL's, per process), and python/py's
// (stdout, stderr, exit, exc_info, exception, version, version_info, platform, maxsize,
// getrecursionlimit, setrecursionlimit, …). Lacks: the interpreter's internals (settrace,
// setprofile, getsizeof, modules beyond the imported ones, …).
//
// pickle (pickle_module.go) says what it has and lacks in its doc: dumps and loads with the rules the
// pools copy by.
//
// random is python/stdlib's (CPython's Mersenne Twister, number for number); each process is seeded
// from Options.Seed and its pid instead of the operating system's entropy (mod_random.go).
import _ "github.com/futurescope/futurescope/python/stdlib"
