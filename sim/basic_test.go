package sim_test

import (
	"context"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim"
)

func TestSmoke(t *testing.T) {
	k := sim.New(sim.Config{})
	err := k.Run(func(ctx context.Context) error {
		p, _ := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2})
		var fs []*sim.Future
		for i := 0; i < 4; i++ {
			i := i
			f, _ := p.Submit(ctx, func(ctx context.Context) (any, error) {
				sim.Sleep(ctx, time.Duration(i+1)*100*time.Millisecond)
				return i * i, nil
			})
			fs = append(fs, f)
		}
		for _, f := range fs {
			v, err := f.Result(ctx, sim.Forever)
			t.Logf("%v %v at %v", v, err, sim.Now(ctx))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("events %d", len(k.Trace().Events))
}
