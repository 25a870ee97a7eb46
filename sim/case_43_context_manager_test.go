package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 43: leaving `with Executor() as ex` calls shutdown(wait=True) even when an exception is
// propagating, so the exception surfaces only after the running work has finished.
//
// Go has no context-manager protocol: `with` is written as a function whose deferred call is
// Shutdown(ctx, true, false) (helpers_test.go), which is what Executor.__exit__ does. Two expected lines
// are about the protocol itself and are not covered: "__enter__ returns self: True" (there is no
// __enter__; the body uses the executor it was given) and "__exit__ returns: False" (a deferred Go call
// cannot swallow the error; the body's error is returned as is, which the middle line checks).
func TestCase43_context_manager(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		var f *sim.Future
		ex2 := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2})
		err := with(ctx, ex2, func() error {
			f = submit(ctx, ex2, sleeper(0.2))
			return sim.NewException(sim.ValueError, "inside with")
		})
		if sim.ClassOf(err) == sim.ValueError {
			out.Printf("t=%s %s propagated after waiting; f.done()=%s", ts(ctx), pyRepr(err), pyBool(f.Done()))
		} else {
			out.Println("no ValueError:", err)
		}
	})
	expect(t, got, `
t=0.2 ValueError('inside with') propagated after waiting; f.done()=True
`)
}
