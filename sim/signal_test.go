package sim_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/futurescope/futurescope/sim"
)

// TestInterruptWait: a signal (Process.InterruptWait from another thread) cuts the main thread's
// wait short when it names the wait the thread is in, which then returns as on a timeout at the
// moment of the signal; naming another wait does nothing, and the wait goes on.
func TestInterruptWait(t *testing.T) {
	ms := time.Millisecond
	lines := run(t, sim.Config{Cores: 2}, func(ctx context.Context, out *lineWriter) {
		p := sim.CurrentProcess(ctx)
		signalAt := func(d time.Duration, what string) {
			sim.Go(ctx, "signal", false, func(ctx context.Context) error {
				sim.Sleep(ctx, d)
				out.Println("woken:", p.InterruptWait(what), "at", sim.Now(ctx))
				return nil
			})
		}
		l := sim.NewLock(ctx)
		l.Acquire(ctx, sim.Forever)
		signalAt(100*ms, "lock")
		out.Println("Acquire:", l.Acquire(ctx, sim.Forever), "at", sim.Now(ctx))

		signalAt(100*ms, "event_wait") // not the wait the main thread is in
		out.Println("Acquire(300ms):", l.Acquire(ctx, 300*ms), "at", sim.Now(ctx))

		e := sim.NewEvent(ctx)
		signalAt(100*ms, "event_wait")
		out.Println("Event.Wait:", e.Wait(ctx, sim.Forever), "at", sim.Now(ctx))

		f := sim.NewFuture(ctx)
		signalAt(100*ms, "result")
		_, err := f.Result(ctx, sim.Forever)
		out.Println("Result:", sim.ClassOf(err).Name, "done:", f.Done(), "at", sim.Now(ctx))

		signalAt(100*ms, "as_completed")
		calls := 0
		for _, err := range sim.AsCompletedInterruptible(ctx, []*sim.Future{f}, sim.Forever, func() error {
			calls++
			return errors.New("KeyboardInterrupt")
		}) {
			out.Println("as_completed:", err, "after", calls, "call at", sim.Now(ctx))
		}

		signalAt(100*ms, "sleep")
		out.Println("Sleep:", sim.Sleep(ctx, time.Second) == sim.ErrInterrupted, "at", sim.Now(ctx))
	})
	want := []string{
		"woken: true at 100ms",
		"Acquire: false at 100ms",
		"woken: false at 200ms",
		"Acquire(300ms): false at 400ms",
		"woken: true at 500ms",
		"Event.Wait: false at 500ms",
		"woken: true at 600ms",
		"Result: TimeoutError done: false at 600ms",
		"woken: true at 700ms",
		"as_completed: KeyboardInterrupt after 1 call at 700ms",
		"woken: true at 800ms",
		"Sleep: true at 800ms",
	}
	if len(lines) != len(want) {
		t.Fatalf("printed:\n%q\nwant:\n%q", lines, want)
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Errorf("line %d: %q, want %q", i, lines[i], want[i])
		}
	}
}

// TestAwaitInterruptible: a future's result wait and wait() cut short by a signal call onWake; when it
// returns nil they wait on for the time left, when it returns an error they end with it.
func TestAwaitInterruptible(t *testing.T) {
	ms := time.Millisecond
	lines := run(t, sim.Config{Cores: 2}, func(ctx context.Context, out *lineWriter) {
		p := sim.CurrentProcess(ctx)
		f := sim.NewFuture(ctx)
		signal := func(d time.Duration, what string) {
			sim.Go(ctx, "signal", false, func(ctx context.Context) error {
				sim.Sleep(ctx, d)
				p.InterruptWait(what)
				return nil
			})
		}
		handled := func() error { out.Println("handler at", sim.Now(ctx)); return nil }
		raised := func() error { return errors.New("KeyboardInterrupt") }

		signal(100*ms, "result")
		err := f.AwaitInterruptible(ctx, "result", 300*ms, handled)
		out.Println("result(0.3):", sim.ClassOf(err).Name, "at", sim.Now(ctx))
		signal(100*ms, "result")
		out.Println("result():", f.AwaitInterruptible(ctx, "result", sim.Forever, raised), "at", sim.Now(ctx))

		signal(100*ms, "wait")
		sim.Go(ctx, "finisher", false, func(ctx context.Context) error {
			sim.Sleep(ctx, 200*ms)
			return f.SetResult(1)
		})
		done, _, err := sim.WaitInterruptible(ctx, []*sim.Future{f}, sim.Forever, sim.AllCompleted, handled)
		out.Println("wait():", len(done), err, "at", sim.Now(ctx))
	})
	want := []string{
		"handler at 100ms",
		"result(0.3): TimeoutError at 300ms",
		"result(): KeyboardInterrupt at 400ms",
		"handler at 500ms",
		"wait(): 1 <nil> at 600ms",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("printed:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}
