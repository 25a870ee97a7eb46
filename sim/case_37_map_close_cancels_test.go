package sim_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 37: closing a partially consumed map iterator cancels every future not yet yielded; on
// a map timeout the future waited on is cancelled too (gh-95166). Python's timeout=0 is a negative
// MapOptions.Timeout (the deadline is the call itself); closing or dropping the generator is Close.
//
// Not covered: that an iterator never advanced cancels nothing when dropped is tested by
// TestRuleMapEagerAndCloseUnstartedCancelsNothing in rules_map_test.go (the case prints nothing about it).
func TestCase37_map_close_cancels(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		stop := sim.NewEvent(ctx)
		var log []string
		logNWait := func(ctx context.Context, item any) (any, error) {
			ident := item.(string)
			log = append(log, "ident="+pyQuote(ident)+" started")
			stop.Wait(ctx, sim.Forever)
			log = append(log, "ident="+pyQuote(ident)+" stopped")
			return nil, nil
		}
		pool := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		with(ctx, pool, func() error {
			fut := submit(ctx, pool, func(ctx context.Context) (any, error) { return logNWait(ctx, "first") })
			gen := must(pool.Map(ctx, logNWait, []any{"second", "third"}, sim.MapOptions{Timeout: -1, Name: "log_n_wait"}))
			if _, _, err := gen.Next(ctx); errors.Is(err, sim.ErrTimeout) {
				out.Println("timeout -> TimeoutError")
			} else {
				out.Println("next(gen) gave", err)
			}
			gen.Close()
			stop.Set()
			result(ctx, fut)
			return nil
		})
		out.Println("log:", pyRepr(log))

		var ran []int
		job := func(ctx context.Context, item any) (any, error) {
			ran = append(ran, item.(int))
			sleep(ctx, 0.1)
			return item, nil
		}
		pool = threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		with(ctx, pool, func() error {
			it := must(pool.Map(ctx, job, []any{0, 1, 2, 3, 4}, sim.MapOptions{Name: "job"}))
			_, _, err := it.Next(ctx) // item 0 done, item 1 now running
			out.unexpected(err)
			it.Close() // del it: the generator is finalised, its finally cancels the rest
			return nil
		})
		slices.Sort(ran)
		var r []any
		for _, i := range ran {
			r = append(r, i)
		}
		out.Printf("dropped after one next(): ran=%s (2, 3, 4 cancelled)", pyList(r...))
	})
	expect(t, got, `
timeout -> TimeoutError
log: ["ident='first' started", "ident='first' stopped"]
dropped after one next(): ran=[0, 1] (2, 3, 4 cancelled)
`)
}
