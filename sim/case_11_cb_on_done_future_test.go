package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 11: add_done_callback on an already-done future (finished, failed or cancelled) calls fn
// at once, in the caller's thread, before add_done_callback returns; on a pending future it runs in the
// thread that completes it.
func TestCase11_cb_on_done_future(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		var order []any
		f := finishedFuture(ctx, 5)
		f.AddDoneCallback(ctx, func(ctx context.Context, fut *sim.Future) error {
			order = append(order, pyTuple{"cb", threadName(ctx), result(ctx, fut)})
			return nil
		})
		order = append(order, pyTuple{"after add_done_callback"})
		out.Println(pyRepr(order))

		c := cancelledFuture(ctx)
		c.AddDoneCallback(ctx, func(ctx context.Context, fut *sim.Future) error {
			out.Printf("cb on cancelled future: cancelled=%s", pyBool(fut.Cancelled()))
			return nil
		})
		e := failedFuture(ctx, sim.NewException(sim.ValueError, "x"))
		e.AddDoneCallback(ctx, func(ctx context.Context, fut *sim.Future) error {
			exc, _ := fut.Exception(ctx, sim.Forever)
			out.Println("cb on failed future:", pyRepr(exc))
			return nil
		})

		p := sim.NewFuture(ctx)
		p.AddDoneCallback(ctx, func(ctx context.Context, fut *sim.Future) error {
			out.Println("cb on pending future ran in:", threadName(ctx))
			return nil
		})
		th := sim.Go(ctx, "Completer", false, func(ctx context.Context) error { return p.SetResult(1) })
		th.Join(ctx, sim.Forever)
	})
	expect(t, got, `
[('cb', 'MainThread', 5), ('after add_done_callback',)]
cb on cancelled future: cancelled=True
cb on failed future: ValueError('x')
cb on pending future ran in: Completer
`)
}
