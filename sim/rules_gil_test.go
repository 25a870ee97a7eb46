package sim_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim"
	"github.com/futurescope/futurescope/sim/trace"
)

// A gilHold is one stretch of time a thread held its process's GIL.
type gilHold struct {
	thread   int
	from, to time.Duration
}

// gilHolds returns the GIL holds of process 1 in the order they began, read from the trace.
func gilHolds(tr *trace.Trace) []gilHold {
	var holds []gilHold
	open := map[int]int{} // thread -> index in holds
	for _, e := range tr.Events() {
		if e.Process != 1 {
			continue
		}
		switch e.Kind {
		case trace.GILAcquire:
			open[e.Thread] = len(holds)
			holds = append(holds, gilHold{thread: e.Thread, from: time.Duration(e.Time)})
		case trace.GILRelease:
			holds[open[e.Thread]].to = time.Duration(e.Time)
		}
	}
	return holds
}

// cpuBound runs n threads, each charging work of CPU time in chunks of chunk, and returns the trace.
func cpuBound(t *testing.T, cfg sim.Config, n int, work, chunk time.Duration) *trace.Trace {
	t.Helper()
	k := sim.New(cfg)
	err := k.Run(func(ctx context.Context) error {
		var threads []*sim.Thread
		for i := range n {
			threads = append(threads, sim.Go(ctx, fmt.Sprintf("burn-%d", i), false, func(ctx context.Context) error {
				for spent := time.Duration(0); spent < work; spent += chunk {
					sim.CPU(ctx, chunk)
				}
				return nil
			}))
		}
		for _, th := range threads {
			th.Join(ctx, sim.Forever)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return k.Trace()
}

// TestGILSwitchInterval states CPython's switching rule (Python/ceval_gil.c): a thread that wants the
// GIL waits one switch interval (Config.SwitchInterval, 5 ms by default, sys.getswitchinterval()); if
// the GIL has not changed hands meanwhile, it asks the holder to let go, and the holder does at its
// next CPU charge (its eval-breaker check). So CPU-bound threads of one process take turns, in the order
// they asked, each keeping the GIL one interval (up to one charge more); a changed interval changes the
// turns; a free-threaded run has no GIL, and the threads run side by side.
func TestGILSwitchInterval(t *testing.T) {
	const chunk = 10 * time.Microsecond
	const work = 60 * time.Millisecond
	for _, tc := range []struct {
		name     string
		interval time.Duration // in Config; 0 is the default
		want     time.Duration
	}{
		{"default", 0, 5 * time.Millisecond},
		{"1ms", time.Millisecond, time.Millisecond},
		{"20ms", 20 * time.Millisecond, 20 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tr := cpuBound(t, sim.Config{SwitchInterval: tc.interval}, 3, work, chunk)
			holds := gilHolds(tr)
			if len(holds) < 3 {
				t.Fatalf("%d GIL holds, want turns: %v", len(holds), holds)
			}
			// Every hold but each thread's last (it ends when the thread's work does) lasts one interval.
			last := map[int]int{}
			for i, h := range holds {
				last[h.thread] = i
			}
			for i, h := range holds {
				if last[h.thread] == i {
					continue
				}
				if d := h.to - h.from; d < tc.want || d > tc.want+chunk {
					t.Errorf("hold %d: thread %d kept the GIL %v (%v to %v), want %v to %v", i, h.thread, d, h.from, h.to, tc.want, tc.want+chunk)
				}
			}
			// Round robin, in the order the threads first asked: burn-0, burn-1, burn-2, burn-0, ...
			for i := 3; i < len(holds); i++ {
				if holds[i].thread != holds[i-3].thread {
					t.Errorf("hold %d went to thread %d, want %d (turns in FIFO order)", i, holds[i].thread, holds[i-3].thread)
					break
				}
			}
			// Only one thread executes at a time: the three works of 60 ms end at 180 ms.
			if end := time.Duration(tr.At(tr.Len() - 1).Time); end != 3*work {
				t.Errorf("the run ended at %v, want %v: three threads' CPU time one after another", end, 3*work)
			}
		})
	}
	t.Run("free-threaded", func(t *testing.T) {
		tr := cpuBound(t, sim.Config{FreeThreaded: true}, 3, work, chunk)
		if holds := gilHolds(tr); len(holds) != 0 {
			t.Errorf("free-threaded run took the GIL %d times", len(holds))
		}
		if end := time.Duration(tr.At(tr.Len() - 1).Time); end != work {
			t.Errorf("the run ended at %v, want %v: three threads on three of four cores", end, work)
		}
	})
}

// TestGILWaiterAsksOnlyAfterAnInterval: the holder keeps the GIL until a waiter has waited a whole
// interval, however long the holder has held it before: a thread that starts waiting at 12 ms for a
// holder that has run since 0 gets the GIL at 17 ms, not at once.
func TestGILWaiterAsksOnlyAfterAnInterval(t *testing.T) {
	k := sim.New(sim.Config{})
	var got time.Duration
	err := k.Run(func(ctx context.Context) error {
		holder := sim.Go(ctx, "holder", false, func(ctx context.Context) error {
			for range 3000 {
				sim.CPU(ctx, 10*time.Microsecond)
			}
			return nil
		})
		sim.Sleep(ctx, 12*time.Millisecond)
		waiter := sim.Go(ctx, "waiter", false, func(ctx context.Context) error {
			sim.CPU(ctx, 0)
			got = sim.Now(ctx)
			return nil
		})
		holder.Join(ctx, sim.Forever)
		waiter.Join(ctx, sim.Forever)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := 17 * time.Millisecond; got < want || got > want+10*time.Microsecond {
		t.Errorf("the waiter got the GIL at %v, want %v (12 ms + one switch interval)", got, want)
	}
}

// TestSetSwitchInterval: SetSwitchInterval is sys.setswitchinterval: it changes the running process's
// interval for the turns that follow (SwitchInterval reads it back), a process started later begins with
// Config.SwitchInterval as a new interpreter does, and an interval that is not positive is CPython's
// ValueError.
func TestSetSwitchInterval(t *testing.T) {
	k := sim.New(sim.Config{})
	var before, after, child time.Duration
	var bad error
	err := k.Run(func(ctx context.Context) error {
		before = sim.SwitchInterval(ctx)
		bad = sim.SetSwitchInterval(ctx, 0)
		if err := sim.SetSwitchInterval(ctx, 2*time.Millisecond); err != nil {
			return err
		}
		after = sim.SwitchInterval(ctx)
		p := sim.StartProcess(ctx, "child", func(ctx context.Context) error {
			child = sim.SwitchInterval(ctx)
			return nil
		})
		p.Join(ctx, sim.Forever)
		var threads []*sim.Thread
		for i := range 2 {
			threads = append(threads, sim.Go(ctx, fmt.Sprintf("burn-%d", i), false, func(ctx context.Context) error {
				for range 1000 {
					sim.CPU(ctx, 10*time.Microsecond)
				}
				return nil
			}))
		}
		for _, th := range threads {
			th.Join(ctx, sim.Forever)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if before != 5*time.Millisecond || after != 2*time.Millisecond || child != 5*time.Millisecond {
		t.Errorf("switch intervals: %v at first, %v once set to 2ms, %v in a new process; want 5ms, 2ms, 5ms", before, after, child)
	}
	if bad == nil || excMsg(bad) != "switch interval must be strictly positive" || sim.ClassOf(bad) != sim.ValueError {
		t.Errorf("SetSwitchInterval(0) = %v, want ValueError: switch interval must be strictly positive", bad)
	}
	holds := gilHolds(k.Trace())
	for i, h := range holds[:len(holds)-2] { // each thread's last hold ends with its work
		if d := h.to - h.from; d < 2*time.Millisecond || d > 2*time.Millisecond+10*time.Microsecond {
			t.Errorf("hold %d: thread %d kept the GIL %v, want 2ms: the interval set", i, h.thread, d)
		}
	}
}
