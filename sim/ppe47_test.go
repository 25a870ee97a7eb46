package sim_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim"
)

func TestPPE47(t *testing.T) {
	var out strings.Builder
	k := sim.New(sim.Config{})
	err := k.Run(func(ctx context.Context) error {
		ex, _ := sim.NewProcessPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 1})
		w, _ := ex.Submit(ctx, func(ctx context.Context) (any, error) { return 0, nil })
		w.Result(ctx, sim.Forever)
		t0 := sim.Now(ctx)
		el := func() string { return fmt.Sprintf("%.1f", (sim.Now(ctx) - t0).Seconds()) }
		var fs []*sim.Future
		for i := 0; i < 5; i++ {
			i := i
			f, _ := ex.Submit(ctx, func(ctx context.Context) (any, error) {
				start := sim.Now(ctx) - t0
				sim.Sleep(ctx, 500*time.Millisecond)
				return fmt.Sprintf("f%d@%.1f", i, start.Seconds()), nil
			})
			fs = append(fs, f)
			sim.Sleep(ctx, 50*time.Millisecond)
		}
		snap := func(label string) {
			var parts []string
			for i, f := range fs {
				parts = append(parts, fmt.Sprintf("f%d=%s", i, f.State()))
			}
			fmt.Fprintln(&out, label, strings.Join(parts, " "))
		}
		sim.Sleep(ctx, 300*time.Millisecond-(sim.Now(ctx)-t0))
		snap("t=" + el())
		n := 0
		for _, f := range fs {
			if f.Running() {
				n++
			}
		}
		fmt.Fprintln(&out, "running() count:", n)
		fmt.Fprintln(&out, "cancel(f2) ->", pyBool(fs[2].Cancel()), "(not started yet)")
		sim.Sleep(ctx, 700*time.Millisecond-(sim.Now(ctx)-t0))
		snap("t=" + el())
		ex.Shutdown(ctx, true, true)
		snap("t=" + el() + " after shutdown(cancel_futures=True):")
		var starts []string
		for _, f := range fs {
			if !f.Cancelled() {
				v, _ := f.Result(ctx, sim.Forever)
				starts = append(starts, v.(string))
			}
		}
		fmt.Fprintln(&out, "real start times:", strings.Join(starts, " "))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := `t=0.3 f0=RUNNING f1=RUNNING f2=RUNNING f3=PENDING f4=PENDING
running() count: 3
cancel(f2) -> False (not started yet)
t=0.7 f0=FINISHED f1=RUNNING f2=RUNNING f3=RUNNING f4=PENDING
t=2.0 after shutdown(cancel_futures=True): f0=FINISHED f1=FINISHED f2=FINISHED f3=FINISHED f4=CANCELLED
real start times: f0@0.0 f1@0.5 f2@1.0 f3@1.5
`
	if out.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", out.String(), want)
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
