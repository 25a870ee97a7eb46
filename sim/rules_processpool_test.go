package sim_test

// Rules of §5 of the reference (ProcessPoolExecutor) that the reference cases do not print.

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim"
	"github.com/futurescope/futurescope/sim/trace"
)

// warmUp starts n worker processes of ex (n blocking tasks submitted at once) and waits until they idle
// on the call queue; it returns the time then, the T0 of the timelines below.
func warmUp(ctx context.Context, ex *sim.ProcessPool, n int) time.Duration {
	var fs []*sim.Future
	for range n {
		fs = append(fs, submit(ctx, ex, sleeper(0.01)))
	}
	sim.Wait(ctx, fs, sim.Forever, sim.AllCompleted)
	if len(ex.Processes()) != n {
		panic("warm-up started the wrong number of workers")
	}
	return sim.Now(ctx)
}

// outcome writes a done future's outcome: its result, or "Class: message".
func outcome(ctx context.Context, f *sim.Future) string {
	v, err := f.Result(ctx, 0)
	if err != nil {
		return err.Error()
	}
	return pyRepr(v)
}

// exitCodes lists the pool's workers' exit codes (None while alive), in start order.
func exitCodes(ex *sim.ProcessPool) string {
	var codes []any
	for _, p := range ex.Processes() {
		if p.Alive() {
			codes = append(codes, nil)
		} else {
			codes = append(codes, p.ExitCode())
		}
	}
	return pyList(codes...)
}

// sortedExitCodes lists the exit codes of the pool's ended workers, sorted: which worker takes which
// call is up to the OS scheduler in CPython.
func sortedExitCodes(ex *sim.ProcessPool) string {
	var codes []int
	for _, p := range ex.Processes() {
		if !p.Alive() {
			codes = append(codes, p.ExitCode())
		}
	}
	return intsRepr(codes)
}

// §5.4 (case 48): a worker that dies without delivering its result (here it SIGKILLs itself) breaks the
// pool: every unfinished future — the crashed call, the call running in a healthy worker, the calls in
// the call queue — fails at once with BrokenProcessPool; finished futures keep their results; the other
// workers are terminated; submit() raises BrokenProcessPool.
func TestRuleBrokenProcessPoolWorkerKilledByTask(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 2})
		t0 := warmUp(ctx, ex, 2)
		done := submit(ctx, ex, value(1))
		result(ctx, done)
		label := newLabels()
		label.add(submit(ctx, ex, func(ctx context.Context) (any, error) {
			sleep(ctx, 1.0)
			return "long", nil
		}), "long")
		label.add(submit(ctx, ex, func(ctx context.Context) (any, error) {
			sleep(ctx, 0.2)
			sim.CurrentProcess(ctx).Kill(9) // os.kill(os.getpid(), signal.SIGKILL)
			return "unreachable", nil
		}), "crash")
		label.add(submit(ctx, ex, value("q1")), "q1")
		label.add(submit(ctx, ex, value("q2")), "q2")
		d, nd, err := sim.Wait(ctx, label.all(), sim.Forever, sim.AllCompleted)
		out.unexpected(err)
		out.Printf("t=%s wait returned: done=%d not_done=%d", tsSince(ctx, t0), len(d), len(nd))
		for _, f := range label.all() {
			out.Printf("%s: %s", label.name(f), outcome(ctx, f))
		}
		out.Println("finished before:", outcome(ctx, done))
		if _, err := ex.Submit(ctx, value(2)); err != nil {
			out.Println("submit:", err)
		}
		ex.Shutdown(ctx, true, false)
		out.Println("worker exit codes:", sortedExitCodes(ex))
	})
	expect(t, got, `
t=0.2 wait returned: done=4 not_done=0
long: BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.
crash: BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.
q1: BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.
q2: BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.
finished before: 1
submit: BrokenProcessPool: A child process terminated abruptly, the process pool is not usable anymore
worker exit codes: [-15, -9]
`)
}

// §5.4 / §7: killing a worker from outside (before 3.14, reaching into executor._processes) breaks the
// pool the same way; callbacks of the failed futures run on the management thread.
func TestRuleBrokenProcessPoolWorkerKilledFromMain(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1})
		t0 := warmUp(ctx, ex, 1)
		f := submit(ctx, ex, sleeper(1.0))
		var cbThread string
		f.AddDoneCallback(ctx, func(ctx context.Context, _ *sim.Future) error {
			cbThread = threadName(ctx)
			return nil
		})
		sleep(ctx, 0.1)
		ex.Processes()[0].Kill(9)
		exc, err := f.Exception(ctx, sim.Forever)
		out.unexpected(err)
		out.Printf("t=%s %s", tsSince(ctx, t0), exc)
		out.Println("callback ran in:", cbThread)
		out.Println("worker exit codes:", exitCodes(ex))
		ex.Shutdown(ctx, true, false)
	})
	expect(t, got, `
t=0.1 BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.
callback ran in: Thread-1
worker exit codes: [-9]
`)
}

// §5.4: an initializer that raises makes the worker log CRITICAL 'Exception in initializer:' and exit
// cleanly (exit code 0) without a result, which breaks the pool with the same messages.
func TestRuleBrokenProcessPoolFromInitializer(t *testing.T) {
	got := runLogged(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1, Initializer: func(ctx context.Context) error {
			return sim.NewException(sim.ValueError, "init failed")
		}})
		f := submit(ctx, ex, value(1))
		exc, err := f.Exception(ctx, sim.Forever)
		out.unexpected(err)
		out.Println("f:", exc)
		if _, err := ex.Submit(ctx, value(2)); err != nil {
			out.Println("submit:", err)
		}
		ex.Shutdown(ctx, true, false)
		out.Println("worker exit codes:", exitCodes(ex))
	})
	expect(t, got, `
LOG CRITICAL concurrent.futures: Exception in initializer:
f: BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.
submit: BrokenProcessPool: A child process terminated abruptly, the process pool is not usable anymore
worker exit codes: [0]
`)
}

// §5.2 / §5.9 (experiments/ppe_running_burst_vs_spaced): after a burst of submits to a warmed-up
// max_workers=1 pool, 2 futures are RUNNING (the one the worker took, and one more in the call queue:
// the manager is not woken when the worker takes an item off the queue, and a burst of submits
// completes before the manager thread gets the GIL), and 3 after the first result refills the queue.
func TestRuleProcessPoolBurstRunning(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1})
		t0 := warmUp(ctx, ex, 1)
		var fs []*sim.Future
		for range 5 {
			fs = append(fs, submit(ctx, ex, sleeper(0.5)))
		}
		sleep(ctx, 0.2)
		out.Printf("t=%s %s", tsSince(ctx, t0), states(fs))
		sleep(ctx, 0.4)
		out.Printf("t=%s %s", tsSince(ctx, t0), states(fs))
		ex.Shutdown(ctx, true, true)
	})
	expect(t, got, `
t=0.2 f0=RUNNING f1=RUNNING f2=PENDING f3=PENDING f4=PENDING
t=0.6 f0=FINISHED f1=RUNNING f2=RUNNING f3=RUNNING f4=PENDING
`)
}

// §5.2: RUNNING is given as a call enters the call queue of max_workers+1 slots, so up to
// 2*max_workers+1 futures report running(): max_workers executing and max_workers+1 queued.
func TestRuleProcessPoolRunningBound(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 2})
		t0 := warmUp(ctx, ex, 2)
		var fs []*sim.Future
		for range 8 {
			fs = append(fs, submit(ctx, ex, sleeper(1.0)))
			sleep(ctx, 0.05)
		}
		sleep(ctx, 0.5-(sim.Now(ctx)-t0).Seconds())
		n := 0
		for _, f := range fs {
			if f.Running() {
				n++
			}
		}
		out.Printf("t=%s %s", tsSince(ctx, t0), states(fs))
		out.Println("running() count:", n)
		ex.Shutdown(ctx, true, true)
	})
	expect(t, got, `
t=0.5 f0=RUNNING f1=RUNNING f2=RUNNING f3=RUNNING f4=RUNNING f5=PENDING f6=PENDING f7=PENDING
running() count: 5
`)
}

// §5.9 (3.14): kill_workers() is shutdown(wait=False, cancel_futures=True) then SIGKILL to every live
// worker: the futures not yet in the call queue (PENDING) are cancelled and stay CANCELLED, the running
// one and those in the call queue (RUNNING) fail with BrokenProcessPool, the cancelled futures'
// callbacks run on the management thread, and submit() raises a RuntimeError. (How many futures are
// RUNNING at the kill is TestRuleProcessPoolBurstRunning's business; here it is only read.)
func TestRuleKillWorkers(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1})
		t0 := warmUp(ctx, ex, 1)
		var fs []*sim.Future
		for range 5 {
			fs = append(fs, submit(ctx, ex, sleeper(1.0)))
		}
		var cbThreads []string
		fs[4].AddDoneCallback(ctx, func(ctx context.Context, _ *sim.Future) error {
			cbThreads = append(cbThreads, threadName(ctx))
			return nil
		})
		sleep(ctx, 0.1)
		before := make([]sim.State, len(fs))
		for i, f := range fs {
			before[i] = f.State()
		}
		ex.KillWorkers(ctx)
		for i, f := range fs {
			if before[i] == sim.Running {
				f.Exception(ctx, sim.Forever)
			}
		}
		runningOK, pendingOK := true, true
		for i, f := range fs {
			switch before[i] {
			case sim.Running:
				exc, _ := f.Exception(ctx, 0)
				runningOK = runningOK && sim.ClassOf(exc) == sim.BrokenProcessPool && excMsg(exc) ==
					"A process in the process pool was terminated abruptly while the future was running or pending."
			case sim.Pending:
				pendingOK = pendingOK && f.State() == sim.Cancelled
			default:
				out.Printf("f%d was %s", i, before[i])
			}
		}
		out.Printf("t=%s after kill_workers", tsSince(ctx, t0))
		out.Println("the RUNNING futures failed with BrokenProcessPool:", pyBool(runningOK))
		out.Println("the PENDING futures are CANCELLED:", pyBool(pendingOK))
		out.Println("f4:", fs[4].State(), "callback ran in:", pyRepr(cbThreads))
		out.Println("worker exit codes:", exitCodes(ex))
		_, err := ex.Submit(ctx, value(1))
		out.Println("submit raises a RuntimeError:", pyBool(errors.Is(err, sim.ErrRuntime)))
		ex.KillWorkers(ctx) // no error on a broken pool
		ex.Shutdown(ctx, true, false)
	})
	expect(t, got, `
t=0.1 after kill_workers
the RUNNING futures failed with BrokenProcessPool: True
the PENDING futures are CANCELLED: True
f4: CANCELLED callback ran in: ['Thread-1']
worker exit codes: [-9]
submit raises a RuntimeError: True
`)
}

// §5.9 (3.14): terminate_workers() is the same with SIGTERM; on a pool that never started a worker it
// only shuts the pool down.
func TestRuleTerminateWorkers(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		fresh := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1})
		fresh.TerminateWorkers(ctx)
		if _, err := fresh.Submit(ctx, value(1)); err != nil {
			out.Println("fresh pool, submit:", err)
		}

		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 2})
		t0 := warmUp(ctx, ex, 2)
		f := submit(ctx, ex, sleeper(1.0))
		sleep(ctx, 0.2)
		ex.TerminateWorkers(ctx)
		exc, _ := f.Exception(ctx, sim.Forever)
		out.Printf("t=%s %s", tsSince(ctx, t0), excName(exc))
		out.Println("worker exit codes:", exitCodes(ex))
	})
	expect(t, got, `
fresh pool, submit: RuntimeError: cannot schedule new futures after shutdown
t=0.2 BrokenProcessPool
worker exit codes: [-15, -15]
`)
}

// §5.8 (case 51): with max_tasks_per_child=1 every task runs in a fresh worker; the retired workers
// exit cleanly; names count on (SpawnProcess-N). A retiring worker is replaced at once, by the manager
// (_adjust_process_count), while each submit that finds no idle worker starts one more up to
// max_workers: four sequential calls on max_workers=2 start six workers (A; B replaces A and C is
// started by the second submit; D, E, F replace the three that retire). Under a burst, no worker runs
// more than max_tasks_per_child tasks.
func TestRuleMaxTasksPerChild(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		getpid := func(ctx context.Context) (any, error) {
			sleep(ctx, 0.1)
			return sim.CurrentProcess(ctx).PID(), nil
		}
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 2, MaxTasksPerChild: 1})
		seen := map[int]bool{}
		for range 4 {
			seen[result(ctx, submit(ctx, ex, getpid)).(int)] = true
		}
		ex.Shutdown(ctx, true, false)
		var names []string
		for _, p := range ex.Processes() {
			names = append(names, p.Name())
		}
		out.Println("distinct pids:", len(seen), "workers:", pyRepr(names))
		out.Println("exit codes:", exitCodes(ex))

		ex = processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 2, MaxTasksPerChild: 2})
		var fs []*sim.Future
		for range 8 {
			fs = append(fs, submit(ctx, ex, getpid))
		}
		count := map[int]int{}
		for _, f := range fs {
			count[result(ctx, f).(int)]++
		}
		most := 0
		for _, n := range count {
			most = max(most, n)
		}
		ex.Shutdown(ctx, true, false)
		out.Println("burst of 8: most tasks in one worker:", most)
	})
	expect(t, got, `
distinct pids: 4 workers: ['SpawnProcess-1', 'SpawnProcess-2', 'SpawnProcess-3', 'SpawnProcess-4', 'SpawnProcess-5', 'SpawnProcess-6']
exit codes: [0, 0, 0, 0, 0, 0]
burst of 8: most tasks in one worker: 2
`)
}

// §5.3: workers start on demand, one per submit that finds no idle worker, up to max_workers.
func TestRuleProcessPoolSpawnsOnDemand(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 4})
		out.Println("before submit:", len(ex.Processes()))
		for i := range 3 {
			result(ctx, submit(ctx, ex, value(i)))
		}
		out.Println("after 3 sequential submit/result:", len(ex.Processes()))
		var fs []*sim.Future
		for range 3 {
			fs = append(fs, submit(ctx, ex, sleeper(0.1)))
		}
		sim.Wait(ctx, fs, sim.Forever, sim.AllCompleted)
		out.Println("after 3 blocking submits:", len(ex.Processes()))
		for range 6 {
			fs = append(fs, submit(ctx, ex, sleeper(0.1)))
		}
		sim.Wait(ctx, fs, sim.Forever, sim.AllCompleted)
		out.Println("after 6 more:", len(ex.Processes()))
		ex.Shutdown(ctx, true, false)
	})
	expect(t, got, `
before submit: 0
after 3 sequential submit/result: 1
after 3 blocking submits: 3
after 6 more: 4
`)
}

// §5.7 (case 50): map with chunksize cuts the input into chunks of chunksize, each one task; results
// are flattened in order. A failing call fails its whole chunk (3.9–3.14): the first next() raises, the
// good result of the same chunk is lost, then StopIteration. chunksize < 1 is a ValueError at the call
// (chunksize=0 is ChunkSize -1 here: 0 means "not given").
func TestRuleProcessPoolMapChunkSize(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 2})
		square := func(_ context.Context, item any) (any, error) { return item.(int) * item.(int), nil }
		var items []any
		for i := range 7 {
			items = append(items, i)
		}
		m := must(ex.Map(ctx, square, items, sim.MapOptions{ChunkSize: 3}))
		r, err := mapAll(ctx, m)
		out.unexpected(err)
		tasks := 0
		for _, f := range sim.FromContext(ctx).Trace().Futures() {
			if f.Executor == ex.ID() {
				tasks++
			}
		}
		out.Println("chunksize=3:", pyList(r...), "in", tasks, "tasks")

		divmod := func(_ context.Context, item any) (any, error) {
			a := item.(pyTuple)
			x, y := a[0].(int), a[1].(int)
			if y == 0 {
				return nil, sim.NewException(ZeroDivisionError, "integer division or modulo by zero")
			}
			return pyTuple{x / y, x % y}, nil
		}
		m = must(ex.Map(ctx, divmod, zip([]any{5, 5, 5, 5}, []any{2, 0, 3, 5}), sim.MapOptions{ChunkSize: 3}))
		for {
			v, ok, err := m.Next(ctx)
			if !ok {
				out.Println("next: StopIteration")
				break
			}
			if err != nil {
				out.Println("next:", excName(err))
				continue
			}
			out.Println("next:", pyRepr(v))
		}
		if _, err := ex.Map(ctx, square, items, sim.MapOptions{ChunkSize: -1}); err != nil {
			out.Println(excName(err)+":", excMsg(err))
		}
		ex.Shutdown(ctx, true, false)
	})
	expect(t, got, `
chunksize=3: [0, 1, 4, 9, 16, 25, 36] in 3 tasks
next: ZeroDivisionError
next: StopIteration
ValueError: chunksize must be >= 1.
`)
}

// §5.10 / §1.5 (case 54): a process pool's callbacks run serially on its management thread (Thread-1)
// in the parent; a slow callback delays the delivery of every other result.
func TestRuleProcessPoolSlowCallbackDelaysResults(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 2})
		t0 := warmUp(ctx, ex, 2)
		task := func(name string, d float64) sim.Task {
			return func(ctx context.Context) (any, error) {
				sleep(ctx, d)
				return name, nil
			}
		}
		a := submit(ctx, ex, task("a", 0.1))
		b := submit(ctx, ex, task("b", 0.2))
		var cb string
		a.AddDoneCallback(ctx, func(ctx context.Context, _ *sim.Future) error {
			cb = threadName(ctx) + " in " + sim.CurrentProcess(ctx).Name()
			sleep(ctx, 0.3)
			return nil
		})
		va := result(ctx, a)
		out.Printf("t=%s a=%v", tsSince(ctx, t0), va)
		vb := result(ctx, b)
		out.Printf("t=%s b=%v", tsSince(ctx, t0), vb)
		out.Println("callback ran in", cb)
		ex.Shutdown(ctx, true, false)
	})
	expect(t, got, `
t=0.1 a=a
t=0.4 b=b
callback ran in Thread-1 in MainProcess
`)
}

// §5.5 (case 49): a payload that cannot be pickled fails its future alone, after the future was already
// made RUNNING (the feeder pickles it on its way into the call queue); the task never runs.
func TestRuleProcessPoolPicklingFailsAfterRunning(t *testing.T) {
	k, got, err := runKernel(sim.Config{}, false, func(ctx context.Context, out *lineWriter) {
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1, Pickle: pickleHook})
		f := submit(ctx, ex, value(1), sim.WithPayload(sim.NewLock(ctx)))
		exc, _ := f.Exception(ctx, sim.Forever)
		out.Println(exc)
		out.Println("pool still usable:", result(ctx, submit(ctx, ex, value(2))))
		ex.Shutdown(ctx, true, false)
	})
	if err != nil {
		t.Fatal(err)
	}
	expect(t, got, `
TypeError: cannot pickle '_thread.lock' object
pool still usable: 2
`)
	fi := k.Trace().Futures()[0]
	if fi.Running < 0 || fi.Started >= 0 || fi.Outcome != "exception" {
		t.Errorf("unpicklable future: running at %d, started at %d, outcome %q; want RUNNING, never started, an exception",
			fi.Running, fi.Started, fi.Outcome)
	}
}

// §5.6: at interpreter exit the queued work of a process pool still runs (its manager is joined).
func TestRuleProcessPoolWorkFinishesBeforeExit(t *testing.T) {
	k, got, err := runKernel(sim.Config{}, false, func(ctx context.Context, out *lineWriter) {
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1})
		var fs []*sim.Future
		for i := range 3 {
			fs = append(fs, submit(ctx, ex, func(ctx context.Context) (any, error) {
				sleep(ctx, 0.1)
				return i, nil
			}))
		}
		fs[2].AddDoneCallback(ctx, func(ctx context.Context, f *sim.Future) error {
			out.Printf("t=%s last result %s", ts(ctx), outcome(ctx, f))
			return nil
		})
		out.Println("main done")
	})
	if err != nil {
		t.Fatal(err)
	}
	// 20 ms to start the worker, then three 0.1 s calls.
	expect(t, got, `
main done
t=0.3 last result 2
`)
	for _, e := range k.Trace().Events() {
		if e.Kind == trace.ProcessExit && e.Value != "0" {
			t.Errorf("a process exited with %s", e.Value)
		}
	}
	if k.Now() != secs(0.32) {
		t.Errorf("run ended at %v, want 320ms", k.Now())
	}
}

// A task's exception comes back with a _RemoteTraceback as its cause, whatever cause it had: the
// worker's traceback as text, that cause's chain included (pickle does not send __cause__).
func TestRemoteTracebackReplacesCause(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1})
		with(ctx, ex, func() error {
			exc := sim.NewException(sim.RuntimeError, "task failed")
			exc.Cause = sim.NewException(sim.ValueError, "bad input")
			e, _ := submit(ctx, ex, raising(exc)).Exception(ctx, sim.Forever)
			cause := e.(*sim.Exception).Cause.(*sim.Exception)
			out.Println(cause.Class.Name + ":" + cause.Message)
			return nil
		})
	})
	expect(t, got, `
_RemoteTraceback:
"""
ValueError: bad input

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
RuntimeError: task failed
"""
`)
}
