package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 19: if any future is already done (FINISHED or CANCELLED_AND_NOTIFIED),
// wait(FIRST_COMPLETED) returns at once with every already-done future in done; a plain CANCELLED (not
// notified) future is reported in not_done. The case's create_future(state) helper sets f._state; here
// each state is reached through the API (see helpers_test.go).
func TestCase19_wait_first_completed_already_done(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2})
		with(ctx, ex, func() error {
			label := newLabels()
			label.add(notifiedFuture(ctx), "cancelled_and_notified")
			label.add(finishedFuture(ctx, 42), "success")
			label.add(submit(ctx, ex, sleeper(0.3)), "sleeper")
			done, notDone, err := sim.Wait(ctx, label.all(), sim.Forever, sim.FirstCompleted)
			out.unexpected(err)
			out.Println("t="+ts(ctx), "done="+label.sorted(done), "not_done="+label.sorted(notDone))

			label = newLabels()
			label.add(cancelledFuture(ctx), "cancelled_not_notified")
			label.add(submit(ctx, ex, value(441)), "mul")
			label.add(submit(ctx, ex, sleeper(0.3)), "sleeper2")
			done, notDone, err = sim.Wait(ctx, label.all(), sim.Forever, sim.FirstCompleted)
			out.unexpected(err)
			out.Println("t="+ts(ctx), "done="+label.sorted(done), "not_done="+label.sorted(notDone))
			return nil
		})
	})
	expect(t, got, `
t=0.0 done=['cancelled_and_notified', 'success'] not_done=['sleeper']
t=0.0 done=['mul'] not_done=['cancelled_not_notified', 'sleeper2']
`)
}
