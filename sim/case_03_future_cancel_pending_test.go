package sim_test

import (
	"context"
	"errors"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 03: cancel() on PENDING returns True and moves to CANCELLED; result()/exception()
// raise CancelledError; cancel() is idempotent; a thread blocked in result() is woken by cancel().
func TestCase03_future_cancel_pending(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		f := sim.NewFuture(ctx)
		out.Println("cancel ->", pyBool(f.Cancel()))
		out.Println(f.State(), "cancelled="+pyBool(f.Cancelled()), "done="+pyBool(f.Done()),
			"running="+pyBool(f.Running()))
		out.Println(f)
		report := func(meth string, err error) {
			if errors.Is(err, sim.ErrCancelled) {
				out.Println(meth, "raised", excName(err), "msg="+pyQuote(excMsg(err)),
					"exact_class="+pyBool(sim.ClassOf(err) == sim.CancelledError))
			} else {
				out.Println(meth, "did not raise CancelledError:", err)
			}
		}
		_, err := f.Result(ctx, 0)
		report("result", err)
		_, err = f.Exception(ctx, 0)
		report("exception", err)
		out.Println("cancel again ->", pyBool(f.Cancel()), f.State())
		out.Println("CancelledError mro:", mro(sim.CancelledError))

		// threading.Timer(0.2, g.cancel).start(); g.result(timeout=5)
		g := sim.NewFuture(ctx)
		sim.Go(ctx, "Thread-1", false, func(ctx context.Context) error {
			sleep(ctx, 0.2)
			g.Cancel()
			return nil
		})
		if _, err := g.Result(ctx, secs(5)); errors.Is(err, sim.ErrCancelled) {
			out.Printf("blocked result() woke at t=%s with CancelledError", ts(ctx))
		} else {
			out.Println("blocked result() returned", err)
		}
	})
	expect(t, got, `
cancel -> True
CANCELLED cancelled=True done=True running=False
<Future at 0x… state=cancelled>
result raised CancelledError msg='' exact_class=True
exception raised CancelledError msg='' exact_class=True
cancel again -> True CANCELLED
CancelledError mro: ['CancelledError', 'Error', 'Exception', 'BaseException', 'object']
blocked result() woke at t=0.2 with CancelledError
`)
}
