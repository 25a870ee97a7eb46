package sim_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 35: map(timeout=T) sets one deadline at the call. Results already finished are returned
// after the deadline; the first unfinished one raises TimeoutError (empty message) and the iterator is
// exhausted; the remaining futures get cancel(), which a running call ignores.
func TestCase35_map_timeout_from_call(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		var finished []float64
		nap := func(ctx context.Context, item any) (any, error) {
			d := item.(float64)
			sleep(ctx, d)
			finished = append(finished, d)
			return d, nil
		}
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 3})
		with(ctx, ex, func() error {
			it := must(ex.Map(ctx, nap, []any{0.1, 0.1, 0.6}, sim.MapOptions{Timeout: secs(0.3), Name: "nap"}))
			sleep(ctx, 0.4)
			for {
				r, ok, err := it.Next(ctx)
				if !ok {
					out.Println("map ended without TimeoutError")
					break
				}
				if errors.Is(err, sim.ErrTimeout) {
					out.Printf("t=%s TimeoutError msg=%s", ts(ctx), pyQuote(excMsg(err)))
					break
				}
				out.unexpected(err)
				out.Printf("t=%s got %s", ts(ctx), pyRepr(r))
			}
			if _, ok, _ := it.Next(ctx); !ok {
				out.Println("next after timeout: StopIteration")
			}
			return nil
		})
		slices.Sort(finished)
		var fin []any
		for _, d := range finished {
			fin = append(fin, d)
		}
		out.Println("finished calls (the timed-out one still ran):", pyList(fin...))
	})
	expect(t, got, `
t=0.4 got 0.1
t=0.4 got 0.1
t=0.4 TimeoutError msg=''
next after timeout: StopIteration
finished calls (the timed-out one still ran): [0.1, 0.1, 0.6]
`)
}
