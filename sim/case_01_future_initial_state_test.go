package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 01: a fresh Future is PENDING: not running, not done, not cancelled.
func TestCase01_future_initial_state(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		f := sim.NewFuture(ctx)
		out.Println(f.State(), "running="+pyBool(f.Running()), "done="+pyBool(f.Done()),
			"cancelled="+pyBool(f.Cancelled()))
		out.Println(f)
	})
	expect(t, got, `
PENDING running=False done=False cancelled=False
<Future at 0x… state=pending>
`)
}
