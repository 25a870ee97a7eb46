package sim_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 15: in a ThreadPoolExecutor a future becomes RUNNING only when a worker thread dequeues
// it. Queued items are PENDING and cancellable; a cancelled one becomes CANCELLED_AND_NOTIFIED when a
// worker later dequeues (and skips) it. Running futures refuse cancellation.
func TestCase15_tpe_running_pending_states(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		var started []string
		task := func(name string, d float64) sim.Task {
			return func(ctx context.Context) (any, error) {
				started = append(started, name+"@"+ts(ctx))
				sleep(ctx, d)
				return name, nil
			}
		}
		snap := func(fs []*sim.Future) { out.Printf("t=%s %s", ts(ctx), states(fs)) }
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2})
		var fs []*sim.Future
		with(ctx, ex, func() error {
			for i := range 4 {
				fs = append(fs, submit(ctx, ex, task(fmt.Sprintf("f%d", i), 0.3)))
			}
			sleep(ctx, 0.1)
			snap(fs)
			out.Println("cancel f3 ->", pyBool(fs[3].Cancel()), "; cancel f0 ->", pyBool(fs[0].Cancel()))
			snap(fs)
			sleep(ctx, 0.3)
			snap(fs)
			return nil
		})
		snap(fs)
		slices.Sort(started)
		out.Println("started:", pyRepr(started))
	})
	expect(t, got, `
t=0.1 f0=RUNNING f1=RUNNING f2=PENDING f3=PENDING
cancel f3 -> True ; cancel f0 -> False
t=0.1 f0=RUNNING f1=RUNNING f2=PENDING f3=CANCELLED
t=0.4 f0=FINISHED f1=FINISHED f2=RUNNING f3=CANCELLED_AND_NOTIFIED
t=0.6 f0=FINISHED f1=FINISHED f2=FINISHED f3=CANCELLED_AND_NOTIFIED
started: ['f0@0.0', 'f1@0.0', 'f2@0.3']
`)
}
