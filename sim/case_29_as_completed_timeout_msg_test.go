package sim_test

import (
	"context"
	"iter"
	"slices"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 29: when the deadline passes, next() raises TimeoutError('%d (of %d) futures
// unfinished') after everything that did finish was yielded; the total counts distinct futures; the
// iterator is then exhausted. Python's next() on the generator is iter.Pull2's next here: a pull after the
// end reports ok == false (StopIteration).
func TestCase29_as_completed_timeout_msg(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		label := newLabels()
		label.add(notifiedFuture(ctx), "cancelled_and_notified")
		label.add(sim.NewFuture(ctx), "pending")
		label.add(runningFuture(ctx), "running")
		label.add(finishedFuture(ctx, 42), "success")
		var got []string
		next, stop := iter.Pull2(sim.AsCompleted(ctx, label.all(), 0))
		defer stop()
		for {
			f, err, ok := next()
			if !ok {
				out.Println("as_completed ended without TimeoutError")
				break
			}
			if err != nil {
				slices.Sort(got)
				out.Println("yielded:", pyRepr(got))
				out.Println("TimeoutError:", excMsg(err), "| builtin TimeoutError:",
					pyBool(sim.ClassOf(err) == sim.TimeoutError))
				break
			}
			got = append(got, label.name(f))
		}
		if _, _, ok := next(); !ok {
			out.Println("next after timeout: StopIteration")
		}

		p, s := sim.NewFuture(ctx), finishedFuture(ctx, 1)
		for _, err := range sim.AsCompleted(ctx, []*sim.Future{p, p, s}, secs(0.1)) {
			if err != nil {
				out.Println("duplicates:", excMsg(err))
			}
		}
	})
	expect(t, got, `
yielded: ['cancelled_and_notified', 'success']
TimeoutError: 2 (of 4) futures unfinished | builtin TimeoutError: True
next after timeout: StopIteration
duplicates: 1 (of 2) futures unfinished
`)
}
