package compare

import (
	"fmt"
	"strings"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// A Kind names what a Difference is about.
type Kind string

// The kinds of difference, in the order Compare lists them.
const (
	// Futures: the runs made a different number of futures, so only the first ones are matched.
	Futures Kind = "futures"
	// Order: the futures completed in another order.
	Order Kind = "completion order"
	// Callback: a done-callback ran in another thread.
	Callback Kind = "callback thread"
	// Cancel: a cancel() returned something else.
	Cancel Kind = "cancel()"
	// Wait: a wait() found another number of futures done.
	Wait Kind = "wait()"
	// Timing: a future finished later or earlier than the tolerance allows.
	Timing Kind = "timing"
	// Ending: one run ended with an uncaught exception or at a limit and the other did not, or with
	// another one.
	Ending Kind = "how the run ended"
)

// A Difference is one way the recorded run differs from the simulated one.
type Difference struct {
	// Kind says what differs.
	Kind Kind
	// Future is the future's ordinal (1 for the first the script made), or 0.
	Future int
	// What names the thing that differs ("job(3,)", "the 2nd wait()").
	What string
	// Simulated and Recorded are what each run did.
	Simulated, Recorded string
	// Cause explains the difference where the traces show why; "" when they do not.
	Cause string
	// Tie says the simulation has the events involved closer together than a real run can tell
	// apart (Options.Jitter, plus a worker process's start-up cost, plus Relative of a CPU-bound
	// task's time): the order between them is the simulation's choice, not a promise of Python's.
	Tie bool
}

// String is the difference in one line, then its cause on the next when known.
func (d Difference) String() string {
	s := fmt.Sprintf("%s: %s: simulated %s, CPython %s", d.Kind, d.What, d.Simulated, d.Recorded)
	if d.Tie {
		s += " (a tie in the simulation: either order is Python's)"
	}
	if d.Cause != "" {
		s += "\n  why: " + d.Cause
	}
	return s
}

// Ordering reports whether d is a difference in the order of events that the simulation promises
// (what the lesson check counts): not timing, and not a Tie.
func (d Difference) Ordering() bool { return d.Kind != Timing && !d.Tie }

// Options tune Compare.
type Options struct {
	// Jitter is how close in simulated time two events may be for a real run to take them in either
	// order (default 10ms): a thread woken on a busy machine runs a few milliseconds late.
	Jitter time.Duration
	// Tolerance is how far a future's finishing time may be off before it counts: the larger of
	// Tolerance (default 50ms) and Relative (default 0.25) times the simulated time.
	Tolerance time.Duration
	Relative  float64
}

func (o Options) withDefaults() Options {
	if o.Tolerance <= 0 {
		o.Tolerance = 50 * time.Millisecond
	}
	if o.Jitter <= 0 {
		o.Jitter = 10 * time.Millisecond
	}
	if o.Relative <= 0 {
		o.Relative = 0.25
	}
	return o
}

// Compare lists how the recorded trace rec differs from the simulated trace sim, in the order of
// Kind's constants, each kind in the order of the script's futures or calls.
func Compare(sim, rec *trace.Trace, o Options) []Difference {
	o = o.withDefaults()
	s, r := summarize(sim), summarize(rec)
	c := &comparison{s: s, r: r, o: o, rec: rec}
	if s.futures != r.futures {
		c.add(Difference{Kind: Futures, What: "futures made", Simulated: fmt.Sprint(s.futures), Recorded: fmt.Sprint(r.futures),
			Cause: "the script took another path in one of the runs (an exception, a timeout, a condition on timing); only the first futures are matched"})
	}
	c.order()
	c.callbacks()
	c.cancels()
	c.waits()
	c.timing()
	c.ending()
	if v := rec.Meta["python"]; v != "" && !strings.HasPrefix(v, ReferencePython+".") {
		for i := range c.diffs {
			if c.diffs[i].Kind != Timing && !c.diffs[i].Tie {
				c.diffs[i].Cause = strings.TrimPrefix(c.diffs[i].Cause+"; ", "; ") + "the simulation follows CPython " + ReferencePython +
					" and this run is CPython " + v + ": concurrent.futures changed between versions (how many calls a process pool queues, what shutdown cancels)"
			}
		}
	}
	return c.diffs
}

// ReferencePython is the CPython version the simulator follows.
const ReferencePython = "3.13"

type comparison struct {
	s, r  *summary
	o     Options
	rec   *trace.Trace
	diffs []Difference
}

func (c *comparison) add(d Difference) { c.diffs = append(c.diffs, d) }

// label names future f for a difference: "future 2, job(1,)".
func (c *comparison) label(f int) string {
	return fmt.Sprintf("future %d, %s", f, c.s.name[f])
}
