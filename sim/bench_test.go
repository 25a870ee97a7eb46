package sim_test

import (
	"context"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim"
)

// benchFutures submits n trivial futures to a 4-worker pool made by newPool and waits for them all.
func benchFutures(b *testing.B, n int, newPool func(ctx context.Context) sim.Executor) {
	b.ReportAllocs()
	for range b.N {
		k := sim.New(sim.Config{MaxEvents: 20 * n})
		err := k.Run(func(ctx context.Context) error {
			ex := newPool(ctx)
			fs := make([]*sim.Future, 0, n)
			for i := range n {
				f, err := ex.Submit(ctx, func(context.Context) (any, error) { return i, nil })
				if err != nil {
					return err
				}
				fs = append(fs, f)
			}
			_, _, err := sim.Wait(ctx, fs, sim.Forever, sim.AllCompleted)
			ex.Shutdown(ctx, true, false)
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/future")
}

func BenchmarkThreadPool100k(b *testing.B) {
	benchFutures(b, 100_000, func(ctx context.Context) sim.Executor {
		p, _ := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 4})
		return p
	})
}

func BenchmarkProcessPool100k(b *testing.B) {
	benchFutures(b, 100_000, func(ctx context.Context) sim.Executor {
		p, _ := sim.NewProcessPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 4})
		return p
	})
}

// BenchmarkKernelEvents measures raw kernel throughput: two threads ping-pong through sleeps, so every
// operation is a timer push, a clock advance and a goroutine handoff.
func BenchmarkKernelEvents(b *testing.B) {
	const n = 100_000
	b.ReportAllocs()
	events := 0
	for range b.N {
		k := sim.New(sim.Config{MaxEvents: 100 * n})
		err := k.Run(func(ctx context.Context) error {
			sim.Go(ctx, "other", false, func(ctx context.Context) error {
				for range n {
					sim.Sleep(ctx, time.Microsecond)
				}
				return nil
			})
			for range n {
				sim.Sleep(ctx, time.Microsecond)
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		events += k.Trace().Len()
	}
	b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "events/s")
}
