package sim_test

// The simulator's own limits (Config.TimeLimit, MaxThreads, MaxFutures, MaxEvents): a run that passes
// one ends with a *sim.LimitError, keeping the output and the trace recorded so far.

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim"
	"github.com/futurescope/futurescope/sim/trace"
)

// limitRun runs main, which must end with a *sim.LimitError for limit, and returns the kernel, the
// printed lines and the error.
func limitRun(t *testing.T, cfg sim.Config, limit string, main func(ctx context.Context, out *lineWriter)) (*sim.Kernel, []string, *sim.LimitError) {
	t.Helper()
	k, lines, err := runKernel(cfg, false, main)
	var le *sim.LimitError
	if !errors.As(err, &le) {
		t.Fatalf("Run returned %v, want a *sim.LimitError", err)
	}
	if le.Limit != limit {
		t.Errorf("limit %q, want %q (%v)", le.Limit, limit, le)
	}
	return k, lines, le
}

// endsWithLimit checks that the partial trace ends with the Limit event that trace.Limit documents
// (Name: "time", "threads", "futures" or "events").
func endsWithLimit(t *testing.T, tr *trace.Trace, limit string) {
	t.Helper()
	if tr.Len() == 0 {
		t.Fatal("empty trace")
	}
	if last := tr.At(tr.Len() - 1); last.Kind != trace.Limit || last.Name != limit {
		t.Errorf("the partial trace ends with %s %q, want a %s event named %q", last.Kind, last.Name, trace.Limit, limit)
	}
}

func countKind(tr *trace.Trace, kind trace.Kind) int {
	n := 0
	for _, e := range tr.Events() {
		if e.Kind == kind {
			n++
		}
	}
	return n
}

func TestRuleTimeLimit(t *testing.T) {
	k, got, le := limitRun(t, sim.Config{TimeLimit: time.Second}, "time", func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		submit(ctx, ex, sleeper(3600))
		for {
			sleep(ctx, 0.4)
			out.Printf("t=%s", ts(ctx))
		}
	})
	expect(t, got, `
t=0.4
t=0.8
`)
	if k.Now() != time.Second {
		t.Errorf("run stopped at %v, want 1s", k.Now())
	}
	if !strings.Contains(le.Msg, "MainThread") || !strings.Contains(le.Msg, "ThreadPoolExecutor-0_0") {
		t.Errorf("the report does not name the running threads:\n%s", le.Msg)
	}
	tr := k.Trace()
	endsWithLimit(t, tr, "time")
	if countKind(tr, trace.FutureCreate) != 1 {
		t.Errorf("the partial trace lost the future")
	}
}

func TestRuleMaxThreads(t *testing.T) {
	k, got, _ := limitRun(t, sim.Config{MaxThreads: 5}, "threads", func(ctx context.Context, out *lineWriter) {
		for i := 1; ; i++ {
			sim.Go(ctx, fmt.Sprintf("T%d", i), true, func(ctx context.Context) error {
				sleep(ctx, 10)
				return nil
			})
			out.Println("started", i)
		}
	})
	expect(t, got, `
started 1
started 2
started 3
started 4
`)
	if n := countKind(k.Trace(), trace.ThreadStart); n != 5 {
		t.Errorf("the partial trace has %d thread starts, want 5 (main and 4)", n)
	}
	endsWithLimit(t, k.Trace(), "threads")
}

func TestRuleMaxFutures(t *testing.T) {
	k, got, _ := limitRun(t, sim.Config{MaxFutures: 3}, "futures", func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2})
		for i := 1; ; i++ {
			if i%2 == 0 {
				submit(ctx, ex, value(i))
			} else {
				sim.NewFuture(ctx)
			}
			out.Println("future", i)
		}
	})
	expect(t, got, `
future 1
future 2
future 3
`)
	if n := countKind(k.Trace(), trace.FutureCreate); n != 3 {
		t.Errorf("the partial trace has %d futures, want 3", n)
	}
	endsWithLimit(t, k.Trace(), "futures")
}

func TestRuleMaxEvents(t *testing.T) {
	k, _, _ := limitRun(t, sim.Config{MaxEvents: 50}, "events", func(ctx context.Context, out *lineWriter) {
		for {
			sim.NewFuture(ctx).Cancel()
		}
	})
	tr := k.Trace()
	if tr.Len() != 51 {
		t.Errorf("the trace has %d events, want 50 and the limit", tr.Len())
	}
	endsWithLimit(t, tr, "events")
}

// A time limit's error lists each live thread's state as data as well as text: which thread, in which
// process, what it waits in and for whom (a join names the thread's id); a Halt's error does too. The
// other limits list none.
func TestRuleLimitThreadStates(t *testing.T) {
	var napper, worker int
	_, _, le := limitRun(t, sim.Config{TimeLimit: time.Second}, "time", func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		submit(ctx, ex, sleeper(3600))
		worker = ex.Threads()[0].ID()
		th := sim.Go(ctx, "napper", false, func(ctx context.Context) error { return sim.Sleep(ctx, time.Hour) })
		napper = th.ID()
		th.Join(ctx, sim.Forever)
	})
	want := []sim.ThreadState{
		{Thread: 1, Name: "MainThread", Process: 1, ProcessName: "MainProcess", Wait: "join", WaitID: napper,
			Doing: "waits to join napper"},
		{Thread: worker, Name: "ThreadPoolExecutor-0_0", Process: 1, ProcessName: "MainProcess", Wait: "sleep",
			Doing: "waits in sleep"},
		{Thread: napper, Name: "napper", Process: 1, ProcessName: "MainProcess", Wait: "sleep", Doing: "waits in sleep"},
	}
	if !reflect.DeepEqual(le.Threads, want) {
		t.Errorf("threads:\n%+v\nwant:\n%+v", le.Threads, want)
	}
	for _, s := range want {
		if !strings.Contains(le.Msg, "\n  "+s.String()) {
			t.Errorf("the message does not list %q:\n%s", s.String(), le.Msg)
		}
	}

	_, _, le = limitRun(t, sim.Config{}, "steps", func(ctx context.Context, out *lineWriter) {
		sim.Halt(ctx, "steps", "too many steps")
	})
	if len(le.Threads) != 1 || le.Threads[0].Name != "MainThread" || le.Threads[0].Doing != "is running" ||
		le.Msg != "too many steps\nstill running:\n  MainThread is running" {
		t.Errorf("Halt: threads %+v, message %q", le.Threads, le.Msg)
	}

	_, _, le = limitRun(t, sim.Config{MaxThreads: 2}, "threads", func(ctx context.Context, out *lineWriter) {
		for {
			sim.Go(ctx, "t", true, func(ctx context.Context) error { return sim.Sleep(ctx, time.Hour) })
		}
	})
	if le.Threads != nil {
		t.Errorf("a thread limit lists threads: %+v", le.Threads)
	}
}
