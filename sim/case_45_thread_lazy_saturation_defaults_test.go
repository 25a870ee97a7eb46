package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 45: no thread exists until the first submit; each submit that finds no idle worker
// starts one, up to max_workers. Defaults: ThreadPoolExecutor max_workers = min(32, cpus + 4);
// ProcessPoolExecutor = cpus (cpus is Config.Cores, what os.process_cpu_count() reports in a run).
// Invalid arguments raise at construction.
//
// The semaphore the tasks block on is a sim.Queue: each task takes one item, each release puts one.
//
// Not covered: ThreadPoolExecutor(max_workers=0) (the first ValueError line): in Go, MaxWorkers 0 means
// "not given" (Python's None), so only max_workers=-1 can be expressed, and it stands for both lines
// here. ThreadPoolExecutor(initializer=5) (the TypeError line): Initializer is a Go func, so a
// non-callable initializer does not compile.
func TestCase45_thread_lazy_saturation_defaults(t *testing.T) {
	for _, cores := range []int{1, 2, 4, 40} {
		got := run(t, sim.Config{Cores: cores}, func(ctx context.Context, out *lineWriter) {
			cpus := sim.FromContext(ctx).Config().Cores
			ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 4})
			out.Println("threads before submit:", len(ex.Threads()))
			sem := sim.NewQueue(ctx, 0)
			for range 15 * 4 {
				submit(ctx, ex, func(ctx context.Context) (any, error) {
					sem.Get(ctx, sim.Forever)
					return true, nil
				})
			}
			out.Println("threads after 60 blocking submits:", len(ex.Threads()))
			for range 15 * 4 {
				sem.Put(ctx, nil, sim.Forever)
			}
			out.unexpected(ex.Shutdown(ctx, true, false))
			def := threadPool(ctx, sim.ThreadPoolOptions{})
			out.Println("TPE default == min(32, cpus + 4):", pyBool(def.MaxWorkers() == min(32, cpus+4)))
			p := processPool(ctx, sim.ProcessPoolOptions{})
			out.Println("PPE default == cpus:", pyBool(p.MaxWorkers() == cpus))
			out.unexpected(p.Shutdown(ctx, true, false))
			for _, n := range []int{-1, -1} {
				if _, err := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: n}); err != nil {
					out.Printf("%s: %s", excName(err), excMsg(err))
				} else {
					out.Println("no error for max_workers", n)
				}
			}
		})
		expect(t, got, `
threads before submit: 0
threads after 60 blocking submits: 4
TPE default == min(32, cpus + 4): True
PPE default == cpus: True
ValueError: max_workers must be greater than 0
ValueError: max_workers must be greater than 0
`)
	}
}
