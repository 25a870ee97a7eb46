package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 13: cancel() of a pending future runs the callbacks in the cancelling thread, exactly
// once: a second cancel() returns True without re-running them; set_running_or_notify_cancel() does not
// run them either.
func TestCase13_cb_on_cancel_once(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		var calls []any
		f := sim.NewFuture(ctx)
		f.AddDoneCallback(ctx, func(ctx context.Context, fut *sim.Future) error {
			calls = append(calls, pyTuple{"cb", fut.State().String(), threadName(ctx)})
			return nil
		})
		out.Println("cancel ->", pyBool(f.Cancel()), "calls="+pyRepr(calls))
		out.Println("cancel again ->", pyBool(f.Cancel()), "calls="+pyRepr(calls))
		ok, _ := f.SetRunningOrNotifyCancel()
		out.Println("notify ->", pyBool(ok), "calls="+pyRepr(calls), "state="+f.State().String())
	})
	expect(t, got, `
cancel -> True calls=[('cb', 'CANCELLED', 'MainThread')]
cancel again -> True calls=[('cb', 'CANCELLED', 'MainThread')]
notify -> False calls=[('cb', 'CANCELLED', 'MainThread')] state=CANCELLED_AND_NOTIFIED
`)
}
