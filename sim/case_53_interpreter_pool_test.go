package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// cpuTask spends s seconds of CPU in steps of 1 ms, as a script's loop does between eval-breaker checks.
func cpuTask(s float64) sim.Task {
	return func(ctx context.Context) (any, error) {
		for range int(s * 1000) {
			sim.CPU(ctx, secs(0.001))
		}
		return s, nil
	}
}

// Reference case 53 (Python 3.14): InterpreterPoolExecutor, a ThreadPoolExecutor whose workers each own
// an interpreter, so its threads are named InterpreterPoolExecutor-N_M and do not share the process's
// GIL: two CPU-bound tasks run side by side on two cores, where a ThreadPoolExecutor's take turns. A
// failed initializer breaks it with BrokenInterpreterPool, a BrokenThreadPool.
//
// Not covered here (sim/script's TestReferenceCases runs the case as written): "result: 1024" and
// "error: ValueError cause=ExecutionFailed", which are the script front end's pickling of the call
// and of its exception between interpreters.
func TestCase53_interpreter_pool(t *testing.T) {
	got := run(t, sim.Config{Cores: 2}, func(ctx context.Context, out *lineWriter) {
		for _, interps := range []bool{false, true} {
			t0 := sim.Now(ctx)
			ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2, Interpreters: interps})
			fs := []*sim.Future{submit(ctx, ex, cpuTask(0.1)), submit(ctx, ex, cpuTask(0.1))}
			for _, f := range fs {
				result(ctx, f)
			}
			out.Println("thread:", ex.Threads()[1].Name(), "took", tsSince(ctx, t0))
			ex.Shutdown(ctx, true, false)
		}
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1, Interpreters: true,
			Initializer: func(ctx context.Context) error { return sim.NewException(sim.ValueError, "no") }})
		f := submit(ctx, ex, value(1))
		e, _ := f.Exception(ctx, sim.Forever)
		out.Println("broken:", excName(e), sim.ClassOf(e).Base.Name)
		ex.Shutdown(ctx, true, false)
	})
	expect(t, got, `
thread: ThreadPoolExecutor-0_1 took 0.2
thread: InterpreterPoolExecutor-1_1 took 0.1
broken: BrokenInterpreterPool BrokenThreadPool
`)
}
