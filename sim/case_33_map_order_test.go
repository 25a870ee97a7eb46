package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 33: map yields results in input order even when calls finish out of order; several
// iterables are zipped (shortest wins); chunksize is accepted and ignored by ThreadPoolExecutor.
//
// Go's Map takes one slice of items: several iterables are zipped into pairs by the test, as zip() does
// for map in Python, so "shortest wins" is the test's zip, not the simulator's.
func TestCase33_map_order(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		task := func(ctx context.Context, item any) (any, error) {
			a := item.(pyTuple)
			sleep(ctx, a[1].(float64))
			return a[0], nil
		}
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 3})
		with(ctx, ex, func() error {
			m := must(ex.Map(ctx, task, zip([]any{"a", "b", "c"}, []any{0.3, 0.1, 0.2}), sim.MapOptions{Name: "task"}))
			for r, err := range m.All(ctx) {
				if err != nil {
					out.Println("map raised", err)
					break
				}
				out.Printf("t=%s %v", ts(ctx), r)
			}
			zipped := must(mapAll(ctx, must(ex.Map(ctx, pow, zip([]any{1, 2, 3, 4}, []any{5, 3, 4}), sim.MapOptions{Name: "pow"}))))
			out.Println("zipped:", pyList(zipped...))
			var r []any
			for i := range 10 {
				r = append(r, i)
			}
			chunked := must(mapAll(ctx, must(ex.Map(ctx, pow, zip(r, r), sim.MapOptions{Name: "pow", ChunkSize: 3}))))
			out.Println("chunksize ignored:", pyList(chunked...))
			return nil
		})
	})
	expect(t, got, `
t=0.3 a
t=0.3 b
t=0.3 c
zipped: [1, 8, 81]
chunksize ignored: [1, 1, 4, 27, 256, 3125, 46656, 823543, 16777216, 387420489]
`)
}

// zip is Python's zip(a, b): pairs, as long as the shorter input.
func zip(a, b []any) []any {
	var out []any
	for i := range min(len(a), len(b)) {
		out = append(out, pyTuple{a[i], b[i]})
	}
	return out
}

// pow is a MapFunc computing pow(x, y) of an (x, y) pair of ints.
func pow(_ context.Context, item any) (any, error) {
	a := item.(pyTuple)
	x, n := a[0].(int), 1
	for range a[1].(int) {
		n *= x
	}
	return n, nil
}
