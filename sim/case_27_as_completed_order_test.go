package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 27: as_completed yields futures in completion order, each as soon as it finishes;
// failed futures are yielded like the others (as_completed never raises a task's exception).
func TestCase27_as_completed_order(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		task := func(name string, d float64, fail bool) sim.Task {
			return func(ctx context.Context) (any, error) {
				sleep(ctx, d)
				if fail {
					return nil, zeroDivision()
				}
				return name, nil
			}
		}
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 3})
		with(ctx, ex, func() error {
			label := newLabels()
			label.add(submit(ctx, ex, task("a", 0.3, false)), "a")
			label.add(submit(ctx, ex, task("b", 0.1, false)), "b")
			label.add(submit(ctx, ex, task("c", 0.2, true)), "c")
			for f, err := range sim.AsCompleted(ctx, label.all(), sim.Forever) {
				if err != nil {
					out.Println("as_completed raised", err)
					break
				}
				extra := ""
				if exc, _ := f.Exception(ctx, sim.Forever); exc != nil {
					extra = " (raised " + excName(exc) + ")"
				}
				out.Printf("t=%s %s%s", ts(ctx), label.name(f), extra)
			}
			return nil
		})
	})
	expect(t, got, `
t=0.1 b
t=0.2 c (raised ZeroDivisionError)
t=0.3 a
`)
}
