package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 31: duplicated futures are yielded once; any iterable is accepted; an empty input yields
// nothing. Go's AsCompleted takes a slice: itertools.repeat(f, 3) is [f, f, f] and the generator
// (x for x in (f, g, g)) is [f, g, g].
func TestCase31_as_completed_duplicates_iterables(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		list := func(fs []*sim.Future) []*sim.Future {
			var got []*sim.Future
			for f, err := range sim.AsCompleted(ctx, fs, sim.Forever) {
				if err != nil {
					out.Println("as_completed raised", err)
					break
				}
				got = append(got, f)
			}
			return got
		}
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 2})
		with(ctx, ex, func() error {
			f := submit(ctx, ex, sleeper(0.2))
			completed := list([]*sim.Future{f, f, f})
			out.Printf("t=%s yielded %d future(s) from repeat(f, 3)", ts(ctx), len(completed))
			g := submit(ctx, ex, value(0))
			out.Println("generator input yielded:", len(list([]*sim.Future{f, g, g})))
			out.Println("empty:", pyList(futuresAny(list(nil))...))
			return nil
		})
	})
	expect(t, got, `
t=0.2 yielded 1 future(s) from repeat(f, 3)
generator input yielded: 2
empty: []
`)
}

func futuresAny(fs []*sim.Future) []any {
	out := make([]any, len(fs))
	for i, f := range fs {
		out[i] = f
	}
	return out
}
