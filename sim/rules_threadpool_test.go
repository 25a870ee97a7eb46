package sim_test

// Rules of §4 of the reference (ThreadPoolExecutor) that the reference cases do not print.

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/futurescope/futurescope/sim"
	"github.com/futurescope/futurescope/sim/trace"
)

// threadNames lists the pool's threads' names.
func threadNames(p *sim.ThreadPool) string {
	var names []string
	for _, th := range p.Threads() {
		names = append(names, th.Name())
	}
	return pyRepr(names)
}

// §4.2 (case 44): worker threads are named f"{prefix}_{i}"; the default prefix is
// "ThreadPoolExecutor-N", N counting the executors made without a prefix.
func TestRuleThreadPoolNames(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		name := func(ctx context.Context) (any, error) {
			sleep(ctx, 0.1) // blocking, so that each submit starts a thread
			return threadName(ctx), nil
		}
		pools := []*sim.ThreadPool{
			threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 3}),
			threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2, ThreadNamePrefix: "SpecialPool"}),
			threadPool(ctx, sim.ThreadPoolOptions{}),
		}
		for i, p := range pools {
			var fs []*sim.Future
			for range 3 - i {
				fs = append(fs, submit(ctx, p, name))
			}
			var ran []string
			for _, f := range fs {
				ran = append(ran, result(ctx, f).(string))
			}
			slices.Sort(ran)
			out.Println("threads:", threadNames(p), "tasks ran in:", pyRepr(ran))
			p.Shutdown(ctx, true, false)
		}
	})
	expect(t, got, `
threads: ['ThreadPoolExecutor-0_0', 'ThreadPoolExecutor-0_1', 'ThreadPoolExecutor-0_2'] tasks ran in: ['ThreadPoolExecutor-0_0', 'ThreadPoolExecutor-0_1', 'ThreadPoolExecutor-0_2']
threads: ['SpecialPool_0', 'SpecialPool_1'] tasks ran in: ['SpecialPool_0', 'SpecialPool_1']
threads: ['ThreadPoolExecutor-1_0'] tasks ran in: ['ThreadPoolExecutor-1_0']
`)
}

// §4.2 (case 44): an idle thread is reused: sequential submit/result uses one thread; each submit that
// finds no idle thread starts one, up to max_workers; threads never retire.
func TestRuleThreadPoolIdleReuse(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 4})
		for i := range 5 {
			result(ctx, submit(ctx, ex, value(i)))
		}
		out.Println("after 5 sequential submit/result:", len(ex.Threads()), "thread(s)")
		var fs []*sim.Future
		for range 3 {
			fs = append(fs, submit(ctx, ex, sleeper(0.1)))
		}
		sim.Wait(ctx, fs, sim.Forever, sim.AllCompleted)
		out.Println("after 3 blocking submits:", len(ex.Threads()), "thread(s)")
		sleep(ctx, 10)
		alive := 0
		for _, th := range ex.Threads() {
			if th.Alive() {
				alive++
			}
		}
		out.Println("alive after 10 s idle:", alive)
		ex.Shutdown(ctx, true, false)
	})
	expect(t, got, `
after 5 sequential submit/result: 1 thread(s)
after 3 blocking submits: 3 thread(s)
alive after 10 s idle: 3
`)
}

// §4.4 (case 46): an initializer that raises makes its thread log CRITICAL 'Exception in initializer:'
// and break the pool: every queued future fails with BrokenThreadPool (straight from PENDING, its task
// never runs), and submit() raises BrokenThreadPool from then on, even after shutdown (the broken check
// comes first). Every thread runs its own initializer: two threads, two records.
func TestRuleBrokenThreadPoolFromInitializer(t *testing.T) {
	got := runLogged(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ran := 0
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2, Initializer: func(ctx context.Context) error {
			// The initializer blocks before it fails, so that every submit below happens before the pool
			// breaks, however soon a new thread runs (Thread.start waits for it to start).
			sleep(ctx, 0.1)
			return sim.NewException(sim.ValueError, "init failed")
		}})
		var fs []*sim.Future
		for i := range 3 {
			fs = append(fs, submit(ctx, ex, func(ctx context.Context) (any, error) {
				ran++
				return i, nil
			}))
		}
		ex.Shutdown(ctx, true, false)
		for i, f := range fs {
			_, err := f.Result(ctx, 0)
			out.Printf("f%d: %s", i, err)
		}
		out.Println("states:", stateList(fs), "tasks ran:", ran)
		if _, err := ex.Submit(ctx, value(1)); err != nil {
			out.Println("submit after shutdown:", err)
		}
	})
	expect(t, got, `
LOG CRITICAL concurrent.futures: Exception in initializer:
LOG CRITICAL concurrent.futures: Exception in initializer:
f0: BrokenThreadPool: A thread initializer failed, the thread pool is not usable anymore
f1: BrokenThreadPool: A thread initializer failed, the thread pool is not usable anymore
f2: BrokenThreadPool: A thread initializer failed, the thread pool is not usable anymore
states: ['FINISHED', 'FINISHED', 'FINISHED'] tasks ran: 0
submit after shutdown: BrokenThreadPool: A thread initializer failed, the thread pool is not usable anymore
`)
}

// §4.4: the futures failed by a broken pool never became RUNNING.
func TestRuleBrokenThreadPoolFuturesNeverRan(t *testing.T) {
	k, _, err := runKernel(sim.Config{}, false, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1, Initializer: func(ctx context.Context) error {
			return sim.NewException(sim.ValueError, "init failed")
		}})
		f := submit(ctx, ex, value(1))
		f.Exception(ctx, sim.Forever)
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range k.Trace().Futures() {
		if f.Running != -1 || f.Started != -1 || f.Outcome != "exception" {
			t.Errorf("future %d: running at %d, started at %d, outcome %q; want never running, an exception",
				f.ID, f.Running, f.Started, f.Outcome)
		}
	}
}

// §4.3: a task raising SystemExit (a BaseException) fails its future like any exception; the worker
// survives and the pool stays usable.
func TestRuleThreadPoolCapturesSystemExit(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		e, _ := submit(ctx, ex, raising(sim.NewException(sim.SystemExit, "3"))).Exception(ctx, sim.Forever)
		out.Println("exception():", pyRepr(e))
		out.Println("pool still usable:", result(ctx, submit(ctx, ex, value(8))), "threads:", threadNames(ex))
		ex.Shutdown(ctx, true, false)
	})
	expect(t, got, `
exception(): SystemExit('3')
pool still usable: 8 threads: ['ThreadPoolExecutor-0_0']
`)
}

// §4.7 (case 40): at interpreter exit the queued work still runs, even after shutdown(wait=False) or
// without any shutdown: the process ends when it is done.
func TestRuleThreadPoolWorkFinishesBeforeExit(t *testing.T) {
	k, got, err := runKernel(sim.Config{}, false, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		task := func(fruit string, d float64) sim.Task {
			return func(ctx context.Context) (any, error) {
				sleep(ctx, d)
				out.Printf("t=%s %s", ts(ctx), fruit)
				return nil, nil
			}
		}
		submit(ctx, ex, task("apple", 0.3))
		submit(ctx, ex, task("banana", 0.3))
		ex.Shutdown(ctx, false, false)
		ex2 := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		submit(ctx, ex2, task("cherry", 0.4)) // never shut down
		out.Printf("t=%s main done", ts(ctx))
	})
	if err != nil {
		t.Fatal(err)
	}
	expect(t, got, `
t=0.0 main done
t=0.3 apple
t=0.4 cherry
t=0.6 banana
`)
	if k.Now() != secs(0.6) {
		t.Errorf("run ended at %v, want 0.6s", k.Now())
	}
}

// §4.6: once the interpreter is exiting (the main thread has ended), submit() raises
// RuntimeError('cannot schedule new futures after interpreter shutdown'); a pool whose workers have
// already seen the exit flag has its own shutdown flag set and says '... after shutdown'.
func TestRuleSubmitAfterInterpreterShutdown(t *testing.T) {
	_, got, err := runKernel(sim.Config{}, false, func(ctx context.Context, out *lineWriter) {
		idle := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		used := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		result(ctx, submit(ctx, used, value(1)))
		sim.Go(ctx, "Late", false, func(ctx context.Context) error {
			sleep(ctx, 0.1)
			for _, c := range []struct {
				name string
				ex   sim.Executor
			}{{"idle pool", idle}, {"used pool", used}} {
				if _, err := c.ex.Submit(ctx, value(2)); err != nil {
					out.Printf("t=%s %s: %s", ts(ctx), c.name, err)
				} else {
					out.Printf("t=%s %s: accepted", ts(ctx), c.name)
				}
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	expect(t, got, `
t=0.1 idle pool: RuntimeError: cannot schedule new futures after interpreter shutdown
t=0.1 used pool: RuntimeError: cannot schedule new futures after shutdown
`)
}

// §4.8: a task that waits on a future only its own saturated pool could run deadlocks; the simulator
// ends the run with a *sim.DeadlockError naming each blocked thread and what it waits for, and keeps the
// output and the trace recorded so far.
func TestRuleDeadlockOnOwnPool(t *testing.T) {
	k, got, err := runKernel(sim.Config{}, false, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		f := submit(ctx, ex, func(ctx context.Context) (any, error) {
			return submit(ctx, ex, value(25)).Result(ctx, sim.Forever)
		})
		out.Println("submitted")
		f.Result(ctx, sim.Forever)
		out.Println("never printed")
	})
	var dl *sim.DeadlockError
	if !errors.As(err, &dl) {
		t.Fatalf("Run returned %v, want a *sim.DeadlockError", err)
	}
	expect(t, got, `
submitted
`)
	want := []sim.ThreadState{
		{Thread: 1, Name: "MainThread", Process: 1, ProcessName: "MainProcess", Wait: "result", WaitID: 1,
			Doing: "waits in result() for future 1"},
		{Thread: 2, Name: "ThreadPoolExecutor-0_0", Process: 1, ProcessName: "MainProcess", Wait: "result", WaitID: 2,
			Doing: "waits in result() for future 2"},
	}
	if !reflect.DeepEqual(dl.Threads, want) {
		t.Errorf("deadlock's threads:\n%+v\nwant MainThread waiting for future 1, ThreadPoolExecutor-0_0 for future 2:\n%+v", dl.Threads, want)
	}
	wantText := "deadlock: no thread can run and no timer is pending\n" +
		"  MainThread waits in result() for future 1\n" +
		"  ThreadPoolExecutor-0_0 waits in result() for future 2"
	if err.Error() != wantText {
		t.Errorf("deadlock report:\n%s\nwant:\n%s", err, wantText)
	}
	if dl.Time != 0 {
		t.Errorf("deadlock found at %v, want 0", dl.Time)
	}
	tr := k.Trace()
	if n := tr.Len(); n == 0 || tr.At(n-1).Kind != trace.Deadlock {
		t.Errorf("the trace does not end with a deadlock event")
	}
	if len(tr.Futures()) != 2 {
		t.Errorf("the partial trace has %d futures, want 2", len(tr.Futures()))
	}
}

// §4.1 / §5.3 / §5.8: invalid constructor arguments raise ValueError at construction. In Go, zero means
// "not given" (Python's None), so the invalid values are negative ones. (initializer=5, a TypeError in
// Python, does not compile in Go; max_workers > 61 is a Windows-only error.)
func TestRuleConstructorErrors(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		report := func(err error) {
			if err != nil {
				out.Println(err)
			} else {
				out.Println("no error")
			}
		}
		_, err := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: -1})
		report(err)
		_, err = sim.NewProcessPool(ctx, sim.ProcessPoolOptions{MaxWorkers: -1})
		report(err)
		_, err = sim.NewProcessPool(ctx, sim.ProcessPoolOptions{MaxTasksPerChild: -1})
		report(err)
	})
	expect(t, got, `
ValueError: max_workers must be greater than 0
ValueError: max_workers must be greater than 0
ValueError: max_tasks_per_child must be >= 1
`)
}

// §4.2: idle workers wait on the work queue in the order they went idle, and each submit hands its
// item to the next of them (CPython 3.13's SimpleQueue), so quick tasks submitted together run on
// different idle threads, the longest idle first, although the first could have run them all.
func TestRuleIdleWorkersTakeOneEach(t *testing.T) {
	name := func(ctx context.Context) (any, error) { return sim.CurrentThread(ctx).Name(), nil }
	_, got, err := runKernel(sim.Config{}, false, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 3, ThreadNamePrefix: "t"})
		var fs []*sim.Future
		for _, s := range []float64{0.2, 0.3, 0.1} {
			fs = append(fs, submit(ctx, ex, sleeper(s)))
		}
		for _, f := range fs {
			f.Result(ctx, sim.Forever)
		}
		fs = fs[:0]
		for range 3 {
			fs = append(fs, submit(ctx, ex, name))
		}
		for _, f := range fs {
			v, _ := f.Result(ctx, sim.Forever)
			out.Println(v)
		}
		ex.Shutdown(ctx, true, false)
	})
	if err != nil {
		t.Fatal(err)
	}
	expect(t, got, `
t_2
t_0
t_1
`)
}

// A plain Queue only wakes its longest waiter on a put: a second put before that waiter runs leaves
// the item in the queue, and the first waiter to run takes both.
func TestQueueWakesWithoutHandoff(t *testing.T) {
	_, got, err := runKernel(sim.Config{}, false, func(ctx context.Context, out *lineWriter) {
		for _, q := range []*sim.Queue{sim.NewQueue(ctx, 0), sim.NewSimpleQueue(ctx)} {
			var ths []*sim.Thread
			for i := range 2 {
				ths = append(ths, sim.Go(ctx, fmt.Sprintf("w%d", i), false, func(ctx context.Context) error {
					for {
						v, _ := q.Get(ctx, sim.Forever)
						if v == nil {
							return nil
						}
						out.Println(sim.CurrentThread(ctx).Name(), v)
					}
				}))
				sleep(ctx, 0.01)
			}
			q.Put(ctx, 1, sim.Forever)
			q.Put(ctx, 2, sim.Forever)
			sleep(ctx, 0.1)
			q.Put(ctx, nil, sim.Forever)
			q.Put(ctx, nil, sim.Forever)
			for _, th := range ths {
				th.Join(ctx, sim.Forever)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	expect(t, got, `
w0 1
w0 2
w0 1
w1 2
`)
}
