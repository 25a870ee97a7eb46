package sim_test

// Rules of §2 of the reference (wait, as_completed) that the reference cases do not print.

import (
	"context"
	"errors"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// §2.3 (case 26): cancelling a queued future wakes a thread blocked in its result() at once (with
// CancelledError), but not threads blocked in wait() or as_completed(): they wake only when the worker
// dequeues the cancelled item and notifies them.
func TestRuleCancelWakesResultNotWait(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		submit(ctx, ex, sleeper(0.4))
		f1 := submit(ctx, ex, sleeper(0.1))
		var resultAt, waitAt, asCompletedAt, firstAt string
		var waitDone int
		threads := []*sim.Thread{
			sim.Go(ctx, "Result", false, func(ctx context.Context) error {
				if _, err := f1.Result(ctx, sim.Forever); errors.Is(err, sim.ErrCancelled) {
					resultAt = ts(ctx) + " with CancelledError"
				}
				return nil
			}),
			sim.Go(ctx, "Wait", false, func(ctx context.Context) error {
				done, _, _ := sim.Wait(ctx, []*sim.Future{f1}, sim.Forever, sim.AllCompleted)
				waitAt, waitDone = ts(ctx), len(done)
				return nil
			}),
			sim.Go(ctx, "FirstCompleted", false, func(ctx context.Context) error {
				sim.Wait(ctx, []*sim.Future{f1}, sim.Forever, sim.FirstCompleted)
				firstAt = ts(ctx)
				return nil
			}),
			sim.Go(ctx, "AsCompleted", false, func(ctx context.Context) error {
				for f, err := range sim.AsCompleted(ctx, []*sim.Future{f1}, sim.Forever) {
					if err == nil && f == f1 {
						asCompletedAt = ts(ctx)
					}
				}
				return nil
			}),
		}
		sleep(ctx, 0.1)
		out.Printf("t=%s cancel -> %s", ts(ctx), pyBool(f1.Cancel()))
		for _, th := range threads {
			th.Join(ctx, sim.Forever)
		}
		out.Println("result() woke at t=" + resultAt)
		out.Printf("wait(ALL_COMPLETED) returned at t=%s with done=%d", waitAt, waitDone)
		out.Println("wait(FIRST_COMPLETED) returned at t=" + firstAt)
		out.Println("as_completed yielded it at t=" + asCompletedAt)
		out.Println("state:", f1.State())
		ex.Shutdown(ctx, true, false)
	})
	expect(t, got, `
t=0.1 cancel -> True
result() woke at t=0.1 with CancelledError
wait(ALL_COMPLETED) returned at t=0.4 with done=1
wait(FIRST_COMPLETED) returned at t=0.4
as_completed yielded it at t=0.4
state: CANCELLED_AND_NOTIFIED
`)
}

// §2.2 (case 20): FIRST_EXCEPTION returns on the first exception, or at once if a done future already
// holds one; a notified cancellation is a completion, not an exception. wait() never raises a task's
// exception.
func TestRuleWaitFirstException(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 3})
		with(ctx, ex, func() error {
			label := newLabels()
			label.add(submit(ctx, ex, sleeper(0.1)), "a")
			label.add(submit(ctx, ex, func(ctx context.Context) (any, error) {
				sleep(ctx, 0.2)
				return nil, zeroDivision()
			}), "b")
			label.add(submit(ctx, ex, sleeper(0.5)), "c")
			done, notDone, err := sim.Wait(ctx, label.all(), sim.Forever, sim.FirstException)
			out.unexpected(err)
			out.Println("t="+ts(ctx), "done="+label.sorted(done), "not_done="+label.sorted(notDone))

			label = newLabels()
			label.add(failedFuture(ctx, sim.NewException(sim.OSError, "")), "failed")
			label.add(sim.NewFuture(ctx), "pending")
			done, notDone, err = sim.Wait(ctx, label.all(), secs(1), sim.FirstException)
			out.unexpected(err)
			out.Println("t="+ts(ctx), "done="+label.sorted(done), "not_done="+label.sorted(notDone))

			label = newLabels()
			label.add(notifiedFuture(ctx), "notified")
			label.add(sim.NewFuture(ctx), "pending")
			done, notDone, err = sim.Wait(ctx, label.all(), secs(0.1), sim.FirstException)
			out.unexpected(err)
			out.Println("t="+ts(ctx), "done="+label.sorted(done), "not_done="+label.sorted(notDone))
			return nil
		})
	})
	expect(t, got, `
t=0.2 done=['a', 'b'] not_done=['c']
t=0.2 done=['failed'] not_done=['pending']
t=0.3 done=['notified'] not_done=['pending']
`)
}

// §2.2 (case 24): wait() on nothing returns two empty sets at once, whatever return_when.
func TestRuleWaitEmpty(t *testing.T) {
	run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		for _, rw := range []sim.ReturnWhen{sim.FirstCompleted, sim.FirstException, sim.AllCompleted} {
			done, notDone, err := sim.Wait(ctx, nil, sim.Forever, rw)
			if len(done) != 0 || len(notDone) != 0 || err != nil || sim.Now(ctx) != 0 {
				t.Errorf("wait([], %s) = %v, %v, %v at %v", rw, done, notDone, err, sim.Now(ctx))
			}
		}
	})
}

// §2.4 (case 28): as_completed yields the already-done futures first, without waiting, then the others
// as they complete.
func TestRuleAsCompletedDoneFirst(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2})
		with(ctx, ex, func() error {
			label := newLabels()
			label.add(submit(ctx, ex, sleeper(0.2)), "slow")
			label.add(finishedFuture(ctx, 1), "done")
			label.add(submit(ctx, ex, sleeper(0.1)), "fast")
			for f, err := range sim.AsCompleted(ctx, label.all(), sim.Forever) {
				out.unexpected(err)
				out.Printf("t=%s %s", ts(ctx), label.name(f))
			}
			return nil
		})
	})
	expect(t, got, `
t=0.0 done
t=0.1 fast
t=0.2 slow
`)
}

// §2.4 (case 30): as_completed's one deadline starts at the first next(), not at the call; map's starts
// at the call.
func TestRuleAsCompletedClockStartsAtFirstNext(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2})
		with(ctx, ex, func() error {
			f := submit(ctx, ex, sleeper(1.0))
			sleep(ctx, 0.5)
			it := sim.AsCompleted(ctx, []*sim.Future{f}, secs(0.3)) // created at t=0.5
			sleep(ctx, 0.3)
			for g, err := range it { // first next() at t=0.8: the deadline is t=1.1
				if err != nil {
					out.Printf("t=%s as_completed: %s", ts(ctx), err)
					continue
				}
				out.Printf("t=%s as_completed yielded it: %s", ts(ctx), pyBool(g == f))
			}

			m := must(ex.Map(ctx, func(ctx context.Context, item any) (any, error) {
				sleep(ctx, 1.0)
				return item, nil
			}, []any{1}, sim.MapOptions{Timeout: secs(0.3)})) // called at t=1.0: the deadline is t=1.3
			sleep(ctx, 0.3)
			if _, _, err := m.Next(ctx); errors.Is(err, sim.ErrTimeout) {
				out.Printf("t=%s map: TimeoutError", ts(ctx))
			} else {
				out.Println("map: no TimeoutError:", err)
			}
			return nil
		})
	})
	expect(t, got, `
t=1.0 as_completed yielded it: True
t=1.3 map: TimeoutError
`)
}
