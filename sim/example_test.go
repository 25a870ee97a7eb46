package sim_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/futurescope/futurescope/sim"
)

// A run is a main function on a fresh kernel; time is virtual and advances only when every simulated
// thread is blocked.
func Example() {
	k := sim.New(sim.Config{})
	k.Run(func(ctx context.Context) error {
		pool, _ := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2})
		f, _ := pool.Submit(ctx, func(ctx context.Context) (any, error) {
			sim.Sleep(ctx, 500*time.Millisecond)
			return 42, nil
		})
		v, err := f.Result(ctx, sim.Forever)
		fmt.Println(v, err, sim.Now(ctx))
		return pool.Shutdown(ctx, true, false)
	})
	// Output: 42 <nil> 500ms
}

// Cancel succeeds only while a future waits in the queue; a running task cannot be stopped.
func ExampleFuture_Cancel() {
	sim.New(sim.Config{}).Run(func(ctx context.Context) error {
		pool, _ := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		slow := func(ctx context.Context) (any, error) { return nil, sim.Sleep(ctx, time.Second) }
		running, _ := pool.Submit(ctx, slow)
		queued, _ := pool.Submit(ctx, slow)
		sim.Sleep(ctx, 100*time.Millisecond)
		fmt.Println("running:", running.Cancel(), running.State())
		fmt.Println("queued:", queued.Cancel(), queued.State())
		return nil
	})
	// Output:
	// running: false RUNNING
	// queued: true CANCELLED
}

// Done-callbacks run in the thread that completes the future, in completion order.
func ExampleFuture_AddDoneCallback() {
	sim.New(sim.Config{}).Run(func(ctx context.Context) error {
		pool, _ := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 3})
		for _, d := range []int{3, 1, 2} {
			f, _ := pool.Submit(ctx, func(ctx context.Context) (any, error) {
				sim.Sleep(ctx, time.Duration(d)*100*time.Millisecond)
				return d, nil
			})
			f.AddDoneCallback(ctx, func(ctx context.Context, f *sim.Future) error {
				v, _ := f.Result(ctx, 0)
				fmt.Println(v, "in", sim.CurrentThread(ctx).Name(), "at", sim.Now(ctx))
				return nil
			})
		}
		return nil
	})
	// Output:
	// 1 in ThreadPoolExecutor-0_1 at 100ms
	// 2 in ThreadPoolExecutor-0_2 at 200ms
	// 3 in ThreadPoolExecutor-0_0 at 300ms
}

// Wait never fails on a timeout: it returns what is done and what is not.
func ExampleWait() {
	sim.New(sim.Config{}).Run(func(ctx context.Context) error {
		pool, _ := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2})
		var fs []*sim.Future
		for _, d := range []time.Duration{100, 900} {
			f, _ := pool.Submit(ctx, func(ctx context.Context) (any, error) {
				return nil, sim.Sleep(ctx, d*time.Millisecond)
			})
			fs = append(fs, f)
		}
		done, notDone, _ := sim.Wait(ctx, fs, 500*time.Millisecond, sim.AllCompleted)
		fmt.Println(len(done), len(notDone), sim.Now(ctx))
		done, notDone, _ = sim.Wait(ctx, fs, sim.Forever, sim.FirstCompleted)
		fmt.Println(len(done), len(notDone), sim.Now(ctx))
		return nil
	})
	// Output:
	// 1 1 500ms
	// 1 1 500ms
}

// AsCompleted yields futures as they finish and ends with TimeoutError at its deadline.
func ExampleAsCompleted() {
	sim.New(sim.Config{}).Run(func(ctx context.Context) error {
		pool, _ := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		var fs []*sim.Future
		for i := range 6 {
			f, _ := pool.Submit(ctx, func(ctx context.Context) (any, error) {
				return i, sim.Sleep(ctx, 150*time.Millisecond)
			})
			fs = append(fs, f)
		}
		for f, err := range sim.AsCompleted(ctx, fs, 500*time.Millisecond) {
			if err != nil {
				fmt.Println(err, errors.Is(err, sim.ErrTimeout))
				break
			}
			fmt.Println("future", f.ID(), "at", sim.Now(ctx))
		}
		return nil
	})
	// Output:
	// future 1 at 150ms
	// future 2 at 300ms
	// future 3 at 450ms
	// TimeoutError: 3 (of 6) futures unfinished true
}

// A process pool marks futures RUNNING as they enter its call queue of MaxWorkers+1 slots, so one worker
// shows three futures running.
func ExampleProcessPool() {
	sim.New(sim.Config{}).Run(func(ctx context.Context) error {
		pool, _ := sim.NewProcessPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1})
		var fs []*sim.Future
		for range 5 {
			f, _ := pool.Submit(ctx, func(ctx context.Context) (any, error) {
				return nil, sim.Sleep(ctx, time.Second)
			})
			fs = append(fs, f)
			sim.Sleep(ctx, 10*time.Millisecond)
		}
		for _, f := range fs {
			fmt.Print(f.State(), " ")
		}
		fmt.Println()
		return nil
	})
	// Output: RUNNING RUNNING RUNNING PENDING PENDING
}

// Map returns results in input order; its one deadline starts at the call.
func ExampleThreadPool_Map() {
	sim.New(sim.Config{}).Run(func(ctx context.Context) error {
		pool, _ := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 3})
		square := func(ctx context.Context, x any) (any, error) {
			sim.Sleep(ctx, time.Duration(4-x.(int))*100*time.Millisecond)
			return x.(int) * x.(int), nil
		}
		results, _ := pool.Map(ctx, square, []any{1, 2, 3}, sim.MapOptions{})
		for v, err := range results.All(ctx) {
			fmt.Println(v, err, sim.Now(ctx))
		}
		return nil
	})
	// Output:
	// 1 <nil> 300ms
	// 4 <nil> 300ms
	// 9 <nil> 300ms
}

// Cooperative cancellation: the submitter cancels the context it gave the task; the task polls it.
func ExampleTask() {
	sim.New(sim.Config{}).Run(func(ctx context.Context) error {
		pool, _ := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{})
		tctx, stop := context.WithCancel(ctx)
		f, _ := pool.Submit(tctx, func(ctx context.Context) (any, error) {
			n := 0
			for ctx.Err() == nil {
				sim.Sleep(context.WithoutCancel(ctx), 100*time.Millisecond)
				n++
			}
			return n, nil
		})
		sim.Sleep(ctx, 350*time.Millisecond)
		fmt.Println("cancel():", f.Cancel())
		stop()
		v, _ := f.Result(ctx, sim.Forever)
		fmt.Println("stopped after", v, "rounds at", sim.Now(ctx))
		return nil
	})
	// Output:
	// cancel(): false
	// stopped after 4 rounds at 400ms
}

// A thread waiting on a future that only it could run deadlocks; the run ends with a report.
func ExampleDeadlockError() {
	err := sim.New(sim.Config{}).Run(func(ctx context.Context) error {
		pool, _ := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		outer, _ := pool.Submit(ctx, func(ctx context.Context) (any, error) {
			inner, _ := pool.Submit(ctx, func(context.Context) (any, error) { return 25, nil })
			return inner.Result(ctx, sim.Forever)
		})
		_, err := outer.Result(ctx, sim.Forever)
		return err
	})
	fmt.Println(err)
	// Output:
	// deadlock: no thread can run and no timer is pending
	//   MainThread waits in result() for future 1
	//   ThreadPoolExecutor-0_0 waits in result() for future 2
}
