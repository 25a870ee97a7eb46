package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 23: wait(ALL_COMPLETED, timeout) returns after the timeout with the unfinished futures
// in not_done and does not raise; without a timeout it returns once all are done, failed ones included.
func TestCase23_wait_all_completed_timeout(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2})
		with(ctx, ex, func() error {
			sleeperF := submit(ctx, ex, sleeper(0.5))
			label := newLabels()
			label.add(notifiedFuture(ctx), "cancelled_and_notified")
			label.add(failedFuture(ctx, sim.NewException(sim.OSError, "")), "exception")
			label.add(finishedFuture(ctx, 42), "success")
			label.add(sleeperF, "sleeper")
			done, notDone, err := sim.Wait(ctx, label.all(), secs(0.2), sim.AllCompleted)
			out.unexpected(err)
			out.Println("t="+ts(ctx), "done="+label.sorted(done), "not_done="+label.sorted(notDone))
			result(ctx, sleeperF)

			label = newLabels()
			label.add(submit(ctx, ex, raising(zeroDivision())), "divmod")
			label.add(submit(ctx, ex, value(2097152)), "mul")
			done, notDone, err = sim.Wait(ctx, label.all(), sim.Forever, sim.AllCompleted)
			out.unexpected(err)
			out.Println("t="+ts(ctx), "done="+label.sorted(done), "not_done="+label.sorted(notDone))
			return nil
		})
	})
	expect(t, got, `
t=0.2 done=['cancelled_and_notified', 'exception', 'success'] not_done=['sleeper']
t=0.5 done=['divmod', 'mul'] not_done=[]
`)
}
