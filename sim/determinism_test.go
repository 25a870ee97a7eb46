package sim_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"runtime"
	"testing"
	"time"

	"github.com/futurescope/futurescope/internal/golden"
	"github.com/futurescope/futurescope/sim"
	"github.com/futurescope/futurescope/sim/trace"
)

var update = flag.Bool("update", false, "rewrite golden files")

// scenario exercises every part of the kernel at once: a thread pool and a process pool, CPU charges
// under the GIL, sleeps, callbacks, wait, as_completed with a timeout, cancellation and map.
func scenario(ctx context.Context) error {
	tp, _ := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2})
	pp, _ := sim.NewProcessPool(ctx, sim.ProcessPoolOptions{MaxWorkers: 2})
	var fs []*sim.Future
	for i := range 4 {
		f, _ := tp.Submit(ctx, func(ctx context.Context) (any, error) {
			for range 20 {
				sim.CPU(ctx, time.Millisecond)
			}
			sim.Sleep(ctx, time.Duration(i)*30*time.Millisecond)
			if i == 2 {
				return nil, sim.NewException(sim.ValueError, "bad input")
			}
			return i * i, nil
		}, sim.Describe("work", "("+string(rune('0'+i))+",)"))
		f.AddNamedDoneCallback(ctx, "report", func(context.Context, *sim.Future) error { return nil })
		fs = append(fs, f)
	}
	for i := range 3 {
		f, _ := pp.Submit(ctx, func(ctx context.Context) (any, error) {
			for range 10 {
				sim.CPU(ctx, 2*time.Millisecond)
			}
			return i, nil
		})
		fs = append(fs, f)
	}
	fs[3].Cancel()
	sim.Wait(ctx, fs, 50*time.Millisecond, sim.FirstException)
	for _, err := range sim.AsCompleted(ctx, fs, 80*time.Millisecond) {
		if err != nil {
			break
		}
	}
	m, _ := tp.Map(ctx, func(ctx context.Context, item any) (any, error) {
		sim.Sleep(ctx, time.Duration(item.(int))*time.Millisecond)
		return item, nil
	}, []any{3, 1, 2}, sim.MapOptions{Name: "pause"})
	for range m.All(ctx) {
	}
	return nil
}

func runScenario(t *testing.T) []byte {
	t.Helper()
	k := sim.New(sim.Config{Cores: 2})
	if err := k.Run(scenario); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := trace.WriteText(&buf, k.Trace()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestDeterminism checks that a run's trace is byte-identical across 50 runs and equal to the golden
// file, which the WebAssembly build (make wasm-check) compares against too.
func TestDeterminism(t *testing.T) {
	first := runScenario(t)
	for i := range 49 {
		if got := runScenario(t); !bytes.Equal(got, first) {
			t.Fatalf("run %d differs from run 0", i+1)
		}
	}
	golden.Check(t, "testdata/determinism.golden", first, *update)
}

// TestRunEndsAllGoroutines checks that runs ending by deadlock or limit leave no goroutine running.
func TestRunEndsAllGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	for _, cfg := range []sim.Config{{}, {TimeLimit: time.Second}, {MaxEvents: 50}} {
		k := sim.New(cfg)
		err := k.Run(func(ctx context.Context) error {
			tp, _ := sim.NewThreadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 3})
			for range 3 {
				tp.Submit(ctx, func(ctx context.Context) (any, error) {
					for {
						sim.CPU(ctx, time.Millisecond)
					}
				})
			}
			sim.NewEvent(ctx).Wait(ctx, sim.Forever)
			return nil
		})
		var lim *sim.LimitError
		var dead *sim.DeadlockError
		if !errors.As(err, &lim) && !errors.As(err, &dead) {
			t.Fatalf("got %v, want a limit or deadlock error", err)
		}
	}
	// A goroutine that has acknowledged its end may take a moment to return.
	for i := 0; runtime.NumGoroutine() > before && i < 100; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines left behind", n-before)
	}
}

// TestEventLimitAnywhereEnds runs one scenario with every event limit up to its length: wherever the
// limit falls (a thread's or a process's start among them), Run returns the limit error and leaves no
// goroutine behind. A run whose limit fell on a thread's start used to wait forever for that thread.
func TestEventLimitAnywhereEnds(t *testing.T) {
	before := runtime.NumGoroutine()
	for max := 1; max < 400; max++ {
		k := sim.New(sim.Config{Cores: 2, MaxEvents: max})
		err := k.Run(scenario)
		var lim *sim.LimitError
		if err != nil && !errors.As(err, &lim) {
			t.Fatalf("MaxEvents %d: got %v, want a limit error", max, err)
		}
	}
	for i := 0; runtime.NumGoroutine() > before && i < 100; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines left behind", n-before)
	}
}
