package sim_test

import (
	"context"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim"
	"github.com/futurescope/futurescope/sim/trace"
)

// TestSmoke runs the simulator's everyday path: a pool of two workers, four tasks sleeping 100, 200, 300
// and 400 ms. At most two run at once, each next task starting when a worker frees up, so the results,
// read in submission order, are 0, 1, 4, 9 at 100, 200, 400 and 600 ms; the run ends at 600 ms, having
// started two worker threads.
func TestSmoke(t *testing.T) {
	type got struct {
		v  any
		at time.Duration
	}
	var results []got
	k := sim.New(sim.Config{})
	err := k.Run(func(ctx context.Context) error {
		p, err := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2})
		if err != nil {
			return err
		}
		var fs []*sim.Future
		for i := range 4 {
			f, err := p.Submit(ctx, func(ctx context.Context) (any, error) {
				sim.Sleep(ctx, time.Duration(i+1)*100*time.Millisecond)
				return i * i, nil
			})
			if err != nil {
				return err
			}
			fs = append(fs, f)
		}
		for _, f := range fs {
			v, err := f.Result(ctx, sim.Forever)
			if err != nil {
				return err
			}
			results = append(results, got{v, sim.Now(ctx)})
		}
		return p.Shutdown(ctx, true, false)
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []got{{0, 100 * time.Millisecond}, {1, 200 * time.Millisecond}, {4, 400 * time.Millisecond}, {9, 600 * time.Millisecond}}
	if len(results) != len(want) {
		t.Fatalf("got %d results, want %d", len(results), len(want))
	}
	for i := range want {
		if results[i] != want[i] {
			t.Errorf("result %d: %v at %v, want %v at %v", i, results[i].v, results[i].at, want[i].v, want[i].at)
		}
	}
	running, most, threads := 0, 0, 0
	for _, e := range k.Trace().Events() {
		switch e.Kind {
		case trace.TaskStart:
			running++
			most = max(most, running)
		case trace.TaskEnd:
			running--
		case trace.ThreadStart:
			threads++
		}
	}
	if most != 2 || threads != 3 {
		t.Errorf("%d tasks ran at once on %d threads (the main one included), want 2 on 3", most, threads)
	}
	if end := k.Trace().End(); end != int64(600*time.Millisecond) {
		t.Errorf("the run ended at %v, want 600ms", time.Duration(end))
	}
}
