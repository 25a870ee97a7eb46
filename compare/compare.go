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
}

// String is the difference in one line, then its cause on the next when known.
func (d Difference) String() string {
	s := fmt.Sprintf("%s: %s: simulated %s, CPython %s", d.Kind, d.What, d.Simulated, d.Recorded)
	if d.Cause != "" {
		s += "\n  why: " + d.Cause
	}
	return s
}

// Ordering reports whether d is about the order of events (what the lesson check counts), not about
// timing.
func (d Difference) Ordering() bool { return d.Kind != Timing }

// Options tune Compare.
type Options struct {
	// Tolerance is how far a future's finishing time may be off before it counts: the larger of
	// Tolerance (default 50ms) and Relative (default 0.25) times the simulated time.
	Tolerance time.Duration
	Relative  float64
}

func (o Options) withDefaults() Options {
	if o.Tolerance <= 0 {
		o.Tolerance = 50 * time.Millisecond
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
	return c.diffs
}

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

// order reports the first place the completion orders part, with why.
func (c *comparison) order() {
	a, b := c.s.completions, c.r.completions
	for i := range min(len(a), len(b)) {
		if a[i] == b[i] {
			continue
		}
		sf, rf := a[i], b[i]
		c.add(Difference{Kind: Order, Future: rf, What: fmt.Sprintf("completion %d", i+1),
			Simulated: fmt.Sprintf("future %d (%s) then %s", sf, c.s.name[sf], rest(a[i+1:])),
			Recorded:  fmt.Sprintf("future %d (%s) then %s", rf, c.s.name[rf], rest(b[i+1:])),
			Cause:     c.orderCause(sf, rf)})
		return
	}
}

// rest lists ordinals as "2, 3", or "nothing".
func rest(fs []int) string {
	if len(fs) == 0 {
		return "nothing"
	}
	var b strings.Builder
	for i, f := range fs {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, f)
	}
	return b.String()
}

// orderCause explains why futures a (first in the simulation) and b (first for real) swapped.
func (c *comparison) orderCause(a, b int) string {
	gap := time.Duration(c.s.done[b] - c.s.done[a])
	var why []string
	if gap < c.o.Tolerance {
		why = append(why, fmt.Sprintf("real scheduling jitter: in the simulation they finish %v apart, closer than a busy machine wakes threads on time, so either can come first", gap))
	}
	if c.s.pool[a] == "ProcessPoolExecutor" || c.s.pool[b] == "ProcessPoolExecutor" {
		why = append(why, c.startupCost())
	}
	if c.r.cpuBound(a) || c.r.cpuBound(b) {
		why = append(why, c.gilCause())
	}
	return strings.Join(why, "; ")
}

// startupCost says how long the real run's worker processes took to start.
func (c *comparison) startupCost() string {
	started := map[int]int64{}
	var worst int64
	for _, e := range c.rec.Events {
		switch {
		case e.Kind == trace.ProcessStart && e.Process > 1:
			started[e.Process] = e.Time
		case e.Kind == trace.TaskStart && e.Process > 1:
			if t0, ok := started[e.Process]; ok {
				worst = max(worst, e.Time-t0)
				delete(started, e.Process)
			}
		}
	}
	method := c.rec.Meta["start_method"]
	if method == "" {
		method = "its start method"
	}
	return fmt.Sprintf("process start-up cost: a worker process took up to %v from start to its first task here (%s)",
		time.Duration(worst).Round(time.Millisecond), method)
}

// gilCause explains CPU-bound tasks trading the GIL, with the machine's cores and switch interval.
func (c *comparison) gilCause() string {
	s := "the GIL switch interval: CPU-bound threads take turns holding the GIL"
	if si := c.rec.Meta["switch_interval"]; si != "" {
		s += " every " + si
	}
	s += ", and which waiting thread the OS wakes next is not fixed"
	if cores := c.rec.Meta["cores"]; cores != "" {
		s += "; this machine has " + cores + " cores"
	}
	return s
}

// callbacks reports callbacks that ran in another thread.
func (c *comparison) callbacks() {
	for f := 1; f <= min(c.s.futures, c.r.futures); f++ {
		a, b := c.s.callbacks[f], c.r.callbacks[f]
		for i := range min(len(a), len(b)) {
			if a[i] == b[i] {
				continue
			}
			cause := ""
			switch {
			case samePool(a[i], b[i]):
				cause = "another worker of the same pool ran the task: which idle worker takes a task is up to the OS's scheduling"
			case a[i] == "MainThread" || b[i] == "MainThread" || !strings.Contains(a[i]+b[i], "_"):
				cause = "the future was already done when add_done_callback was called in one run and not yet in the other: a callback added to a done future runs at once in the thread that adds it, otherwise in the thread that completes the future"
			}
			c.add(Difference{Kind: Callback, Future: f, What: c.label(f) + fmt.Sprintf(", callback %d", i+1),
				Simulated: a[i], Recorded: b[i], Cause: cause})
		}
	}
}

// cancels reports cancel() calls that returned something else.
func (c *comparison) cancels() {
	a, b := c.s.cancels, c.r.cancels
	for i := range min(len(a), len(b)) {
		if a[i].future != b[i].future || a[i].result == b[i].result {
			continue
		}
		f := a[i].future
		cause := ""
		if st, ok := c.r.started[f]; b[i].result == "False" && ok && st <= b[i].t {
			cause = fmt.Sprintf("a worker had already taken the task %v before cancel() came (it started at %v): cancel() only stops a future that is still pending",
				time.Duration(b[i].t-st).Round(time.Microsecond), time.Duration(st).Round(time.Microsecond))
		} else if b[i].result == "True" {
			cause = "no worker had taken the task yet when cancel() came: the workers started later than the simulation has them start"
		}
		c.add(Difference{Kind: Cancel, Future: f, What: c.label(f) + fmt.Sprintf(", cancel() call %d", i+1),
			Simulated: a[i].result, Recorded: b[i].result, Cause: cause})
	}
}

// waits reports wait() calls that found another number of futures done.
func (c *comparison) waits() {
	a, b := c.s.waits, c.r.waits
	for i := range min(len(a), len(b)) {
		if a[i].value == b[i].value {
			continue
		}
		cause := "wait() returns as soon as its condition holds; a future that finishes, or a cancelled future that a worker marks as notified, within moments of that is counted in one run and not in the other"
		c.add(Difference{Kind: Wait, What: fmt.Sprintf("wait() call %d (at %v simulated)", i+1, time.Duration(a[i].t)),
			Simulated: a[i].value, Recorded: b[i].value, Cause: cause})
	}
}

// timing reports futures that finished further from their simulated time than the tolerance.
func (c *comparison) timing() {
	for f := 1; f <= min(c.s.futures, c.r.futures); f++ {
		st, ok1 := c.s.done[f]
		rt, ok2 := c.r.done[f]
		if !ok1 || !ok2 {
			continue
		}
		tol := max(int64(c.o.Tolerance), int64(c.o.Relative*float64(st)))
		if d := rt - st; d <= tol && -d <= tol {
			continue
		}
		var why []string
		if c.s.pool[f] == "ProcessPoolExecutor" {
			why = append(why, c.startupCost())
		}
		if c.r.cpuBound(f) {
			why = append(why, c.gilCause())
			why = append(why, "CPU work runs at this machine's speed, the simulation's at CPython 3.11's calibrated cost")
		}
		c.add(Difference{Kind: Timing, Future: f, What: c.label(f) + " finished at",
			Simulated: fmt.Sprint(time.Duration(st).Round(time.Millisecond)), Recorded: fmt.Sprint(time.Duration(rt).Round(time.Millisecond)),
			Cause: strings.Join(why, "; ")})
	}
}
