package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 05: on CANCELLED, set_running_or_notify_cancel() returns False and moves to
// CANCELLED_AND_NOTIFIED. In any other non-PENDING state it logs CRITICAL and raises
// RuntimeError('Future in unexpected state'). The case's logging.Handler is Config.Log (runLogged);
// like the case, the future's id in the record is normalised to <id>.
func TestCase05_future_set_running_or_notify_cancel(t *testing.T) {
	got := runLogged(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		f := sim.NewFuture(ctx)
		f.Cancel()
		out.Println("after cancel:", f.State())
		ok, err := f.SetRunningOrNotifyCancel()
		if err != nil {
			out.Println("unexpected error:", err)
		}
		out.Println("set_running_or_notify_cancel ->", pyBool(ok))
		out.Println("after notify:", f.State(), "cancelled="+pyBool(f.Cancelled()), "done="+pyBool(f.Done()))

		r := runningFuture(ctx)
		d := finishedFuture(ctx, 0)
		for _, fut := range []*sim.Future{f, r, d} {
			label := fut.State()
			if _, err := fut.SetRunningOrNotifyCancel(); err != nil && sim.ClassOf(err).IsSubclass(sim.RuntimeError) {
				out.Println(label, "->", excName(err)+":", excMsg(err))
			} else {
				out.Println(label, "-> no RuntimeError:", err)
			}
		}
	})
	expect(t, got, `
after cancel: CANCELLED
set_running_or_notify_cancel -> False
after notify: CANCELLED_AND_NOTIFIED cancelled=True done=True
LOG CRITICAL concurrent.futures: Future <id> in unexpected state: CANCELLED_AND_NOTIFIED
CANCELLED_AND_NOTIFIED -> RuntimeError: Future in unexpected state
LOG CRITICAL concurrent.futures: Future <id> in unexpected state: RUNNING
RUNNING -> RuntimeError: Future in unexpected state
LOG CRITICAL concurrent.futures: Future <id> in unexpected state: FINISHED
FINISHED -> RuntimeError: Future in unexpected state
`)
}
