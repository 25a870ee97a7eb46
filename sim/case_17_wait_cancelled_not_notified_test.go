package sim_test

import (
	"context"
	"slices"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 17: wait() and as_completed() treat a CANCELLED future (cancel() called, not yet
// notified by an executor) as not done, although f.done() is True; only after
// set_running_or_notify_cancel() does it count as done.
func TestCase17_wait_cancelled_not_notified(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		f := sim.NewFuture(ctx)
		f.Cancel()
		out.Printf("f.done()=%s state=%s", pyBool(f.Done()), f.State())
		where := func(done []*sim.Future) string {
			if slices.Contains(done, f) {
				return "done"
			}
			return "not_done"
		}
		done, _, _ := sim.Wait(ctx, []*sim.Future{f}, secs(0.2), sim.AllCompleted)
		out.Println("wait(ALL_COMPLETED, 0.2):", where(done), "at t="+ts(ctx))
		done, _, _ = sim.Wait(ctx, []*sim.Future{f}, secs(0.2), sim.FirstCompleted)
		out.Println("wait(FIRST_COMPLETED, 0.2):", where(done), "at t="+ts(ctx))
		for _, err := range sim.AsCompleted(ctx, []*sim.Future{f}, secs(0.2)) {
			if err != nil {
				out.Printf("as_completed(0.2): %s %s at t=%s", excName(err), pyQuote(excMsg(err)), ts(ctx))
			}
		}
		f.SetRunningOrNotifyCancel()
		out.Println("after set_running_or_notify_cancel: state=" + f.State().String())
		done, _, _ = sim.Wait(ctx, []*sim.Future{f}, secs(0.2), sim.AllCompleted)
		out.Println("wait(ALL_COMPLETED, 0.2):", where(done), "at t="+ts(ctx))
		var yielded []any
		for x, err := range sim.AsCompleted(ctx, []*sim.Future{f}, secs(0.2)) {
			if err != nil {
				out.Println("as_completed raised", err)
				break
			}
			yielded = append(yielded, x == f)
		}
		out.Println("as_completed: yielded", pyRepr(yielded), "at t="+ts(ctx))
	})
	expect(t, got, `
f.done()=True state=CANCELLED
wait(ALL_COMPLETED, 0.2): not_done at t=0.2
wait(FIRST_COMPLETED, 0.2): not_done at t=0.4
as_completed(0.2): TimeoutError '1 (of 1) futures unfinished' at t=0.6
after set_running_or_notify_cancel: state=CANCELLED_AND_NOTIFIED
wait(ALL_COMPLETED, 0.2): done at t=0.6
as_completed: yielded [True] at t=0.6
`)
}
