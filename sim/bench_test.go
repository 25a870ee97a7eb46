package sim_test

import (
	"context"
	"runtime"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim"
)

// benchFutures submits n trivial futures to a 4-worker pool made by newPool and waits for them all. It
// reports the cost of a future in time (ns/future), in the process's CPU time (cpu-ns/future), in bytes allocated (B/future), and in bytes still
// live once every future is done, the trace and the futures held (live-B/future, measured on the first
// round, outside the timer): what a run of n futures needs at its peak.
func benchFutures(b *testing.B, n int, newPool func(ctx context.Context) sim.Executor) {
	b.ReportAllocs()
	var live float64
	b.StopTimer()
	before := liveBytes()
	b.StartTimer()
	cpuStart := cpuTime()
	for i := range b.N {
		k := sim.New(sim.Config{MaxEvents: 20 * n, MaxFutures: n})
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
			if i == 0 {
				b.StopTimer()
				paused := cpuTime()
				live = (liveBytes() - before) / float64(n)
				runtime.KeepAlive(fs)
				cpuStart += cpuTime() - paused
				b.StartTimer()
			}
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpuStart)/float64(b.N*n), "cpu-ns/future")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/future")
	b.ReportMetric(live, "live-B/future")
}

// liveBytes collects garbage and returns the bytes of the heap still in use.
func liveBytes() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc)
}

func benchThreadPool(ctx context.Context) sim.Executor {
	p, _ := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 4})
	return p
}

func benchProcessPool(ctx context.Context) sim.Executor {
	p, _ := sim.NewProcessPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 4})
	return p
}

// The same trivial futures, 10k to 1M, on each pool: the cost of a future should not grow with their
// number.
func BenchmarkThreadPool10k(b *testing.B)   { benchFutures(b, 10_000, benchThreadPool) }
func BenchmarkThreadPool100k(b *testing.B)  { benchFutures(b, 100_000, benchThreadPool) }
func BenchmarkThreadPool1M(b *testing.B)    { benchFutures(b, 1_000_000, benchThreadPool) }
func BenchmarkProcessPool10k(b *testing.B)  { benchFutures(b, 10_000, benchProcessPool) }
func BenchmarkProcessPool100k(b *testing.B) { benchFutures(b, 100_000, benchProcessPool) }
func BenchmarkProcessPool1M(b *testing.B)   { benchFutures(b, 1_000_000, benchProcessPool) }

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
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(events), "ns/event")
}
