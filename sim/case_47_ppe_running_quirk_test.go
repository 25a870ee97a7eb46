package sim_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 47: ProcessPoolExecutor(max_workers=1) marks a future RUNNING when the manager thread
// moves it into the call queue (max_workers+1 slots), not when a worker starts it: with one task
// executing and two queued, three futures report running() and refuse cancel() although two have not
// started. shutdown(cancel_futures=True) only cancels futures not yet in the call queue. The real start
// times come from the worker. (This test was TestPPE47 of ppe47_test.go.)
func TestCase47_ppe_running_quirk(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := processPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1})
		result(ctx, submit(ctx, ex, value(0))) // warm-up: the worker exists and idles on the call queue
		t0 := sim.Now(ctx)
		el := func() string { return tsSince(ctx, t0) }
		snap := func(label string, fs []*sim.Future) { out.Println(label, states(fs)) }
		var fs []*sim.Future
		for i := range 5 {
			fs = append(fs, submit(ctx, ex, func(ctx context.Context) (any, error) {
				start := tsSince(ctx, t0)
				sleep(ctx, 0.5)
				return fmt.Sprintf("f%d@%s", i, start), nil
			}))
			sleep(ctx, 0.05)
		}
		sim.Sleep(ctx, secs(0.3)-(sim.Now(ctx)-t0))
		snap("t="+el(), fs)
		n := 0
		for _, f := range fs {
			if f.Running() {
				n++
			}
		}
		out.Println("running() count:", n)
		out.Println("cancel(f2) ->", pyBool(fs[2].Cancel()), "(not started yet)")
		sim.Sleep(ctx, secs(0.7)-(sim.Now(ctx)-t0))
		snap("t="+el(), fs)
		out.unexpected(ex.Shutdown(ctx, true, true))
		snap("t="+el()+" after shutdown(cancel_futures=True):", fs)
		var starts []string
		for _, f := range fs {
			if !f.Cancelled() {
				starts = append(starts, result(ctx, f).(string))
			}
		}
		out.Println("real start times:", strings.Join(starts, " "))
	})
	expect(t, got, `
t=0.3 f0=RUNNING f1=RUNNING f2=RUNNING f3=PENDING f4=PENDING
running() count: 3
cancel(f2) -> False (not started yet)
t=0.7 f0=FINISHED f1=RUNNING f2=RUNNING f3=RUNNING f4=PENDING
t=2.0 after shutdown(cancel_futures=True): f0=FINISHED f1=FINISHED f2=FINISHED f3=FINISHED f4=CANCELLED
real start times: f0@0.0 f1@0.5 f2@1.0 f3@1.5
`)
}
