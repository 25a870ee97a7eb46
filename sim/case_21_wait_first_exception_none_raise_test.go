package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 21: with FIRST_EXCEPTION and no failing future, wait() returns only when all are done.
// A cancellation (once notified) counts as a completion, not as an exception.
func TestCase21_wait_first_exception_none_raise(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 3})
		with(ctx, ex, func() error {
			label := newLabels()
			label.add(submit(ctx, ex, sleeper(0.1)), "a")
			label.add(submit(ctx, ex, sleeper(0.2)), "b")
			label.add(submit(ctx, ex, sleeper(0.3)), "c")
			done, notDone, err := sim.Wait(ctx, label.all(), sim.Forever, sim.FirstException)
			out.unexpected(err)
			out.Println("t="+ts(ctx), "done="+label.sorted(done), "not_done="+label.sorted(notDone))
			return nil
		})
		ex = threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		with(ctx, ex, func() error {
			x := submit(ctx, ex, sleeper(0.2))
			c := submit(ctx, ex, sleeper(0.2))
			y := submit(ctx, ex, sleeper(0.1))
			out.Printf("t=%s cancelled=%s", ts(ctx), pyBool(c.Cancel()))
			label := newLabels()
			label.add(x, "x")
			label.add(c, "cancelled")
			label.add(y, "y")
			done, notDone, err := sim.Wait(ctx, label.all(), sim.Forever, sim.FirstException)
			out.unexpected(err)
			out.Println("t="+ts(ctx), "done="+label.sorted(done), "not_done="+label.sorted(notDone))
			return nil
		})
	})
	expect(t, got, `
t=0.3 done=['a', 'b', 'c'] not_done=[]
t=0.3 cancelled=True
t=0.6 done=['cancelled', 'x', 'y'] not_done=[]
`)
}
