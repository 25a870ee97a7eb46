package sim_test

import (
	"context"
	"iter"
	"os/exec"
	"slices"
	"testing"

	"github.com/futurescope/futurescope/internal/cpythontest"
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
		asymmetric(ctx, out)
	})
	expect(t, got, `
yielded: ['cancelled_and_notified', 'success']
TimeoutError: 2 (of 4) futures unfinished | builtin TimeoutError: True
next after timeout: StopIteration
duplicates: 1 (of 2) futures unfinished
`+case29Asymmetric)
}

// case29Asymmetric is what CPython prints for testdata/case_29_asymmetric.py (3.11.7 and 3.13.0;
// TestCase29AsymmetricCPython checks it with python3): the reference's counts are as many finished as
// unfinished, so a message counting the finished futures would read the same; these are not.
const case29Asymmetric = `3 finished, 1 pending: 1 (of 4) futures unfinished
1 finished, 3 pending: 3 (of 4) futures unfinished
`

// asymmetric prints the lines of case29Asymmetric: as_completed(timeout=0) over finished and pending
// futures, the last one given twice.
func asymmetric(ctx context.Context, out *lineWriter) {
	for _, c := range [][2]int{{3, 1}, {1, 3}} {
		var fs []*sim.Future
		for i := range c[0] {
			fs = append(fs, finishedFuture(ctx, i))
		}
		for range c[1] {
			fs = append(fs, sim.NewFuture(ctx))
		}
		for _, err := range sim.AsCompleted(ctx, append(fs, fs[len(fs)-1]), 0) {
			if err != nil {
				out.Printf("%d finished, %d pending: %s", c[0], c[1], excMsg(err))
			}
		}
	}
}

// TestCase29AsymmetricCPython runs testdata/case_29_asymmetric.py under python3 and compares its output
// with case29Asymmetric, the lines TestCase29_as_completed_timeout_msg expects of the simulator.
func TestCase29AsymmetricCPython(t *testing.T) {
	py := cpythontest.Find(t, "case 29's asymmetric counts")
	out, err := exec.Command(py.Path, "testdata/case_29_asymmetric.py").CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", py.Path, err, out)
	}
	if string(out) != case29Asymmetric {
		t.Errorf("CPython %s printed:\n%swant (what the simulator is held to):\n%s", py.Version(), out, case29Asymmetric)
	}
}
