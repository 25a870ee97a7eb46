package compare

import (
	"fmt"
	"sort"
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

// order reports the first pair of futures that completed in the other order for real, preferring
// a pair the simulation has far enough apart to promise their order over a tie. It takes time in
// proportion to the futures times the pairs it looks at: a future none of whose successors came
// before it for real is passed over at once.
func (c *comparison) order() {
	pos := map[int]int{}
	for i, f := range c.r.completions {
		pos[f] = i
	}
	var a []int // the simulated completions the real run has too
	for _, f := range c.s.completions {
		if _, ok := pos[f]; ok {
			a = append(a, f)
		}
	}
	// sufMin[i] is the smallest real position among a[i:].
	sufMin := make([]int, len(a)+1)
	sufMin[len(a)] = len(c.r.completions)
	for i := len(a) - 1; i >= 0; i-- {
		sufMin[i] = min(pos[a[i]], sufMin[i+1])
	}
	var tie *Difference
	for i, x := range a {
		if sufMin[i+1] > pos[x] {
			continue
		}
		// Only pairs further apart than the jitter can be more than a tie.
		from := i + 1 + sort.Search(len(a)-i-1, func(k int) bool { return c.s.done[a[i+1+k]]-c.s.done[x] > int64(c.o.Jitter) })
		if tie == nil {
			for _, y := range a[i+1:] {
				if pos[y] < pos[x] {
					d := c.orderDiff(x, y)
					tie = &d
					break
				}
			}
		}
		if sufMin[from] > pos[x] {
			continue
		}
		for _, y := range a[from:] {
			if pos[y] < pos[x] {
				if d := c.orderDiff(x, y); !d.Tie {
					c.add(d)
					return
				}
			}
		}
	}
	if tie != nil {
		c.add(*tie)
	}
}

// orderDiff is the difference of futures x (first in the simulation) and y (first for real).
func (c *comparison) orderDiff(x, y int) Difference {
	gap := time.Duration(c.s.done[y] - c.s.done[x])
	window, cause := c.blur(x, y)
	return Difference{Kind: Order, Future: y, What: fmt.Sprintf("futures %d (%s) and %d (%s)", x, c.s.name[x], y, c.s.name[y]),
		Simulated: fmt.Sprintf("%d first, %v before %d", x, gap, y), Recorded: fmt.Sprintf("%d first", y),
		Cause: cause, Tie: gap <= window}
}

// blur returns how far apart in simulated time futures a and b can finish and still come in either
// order in a real run, and why.
func (c *comparison) blur(a, b int) (time.Duration, string) {
	window := c.o.Jitter
	why := []string{fmt.Sprintf("real scheduling jitter: a thread woken on a busy machine runs a few milliseconds late (the simulation has them %v apart)",
		time.Duration(c.s.done[b]-c.s.done[a]))}
	if c.s.pool[a] == "ProcessPoolExecutor" || c.s.pool[b] == "ProcessPoolExecutor" {
		cost, text := c.startup()
		window += cost
		why = append(why, text)
	}
	if c.r.cpuBound(a) || c.r.cpuBound(b) {
		window += time.Duration(c.o.Relative * float64(max(c.s.done[a], c.s.done[b])))
		why = append(why, c.gilCause())
	}
	return window, strings.Join(why, "; ")
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

// startupCost says how long the real run's worker processes took to start.
func (c *comparison) startupCost() string {
	_, text := c.startup()
	return text
}

// startup returns the longest time a worker process of the real run took from its start to its
// first task, and a sentence saying so.
func (c *comparison) startup() (time.Duration, string) {
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
	return time.Duration(worst), fmt.Sprintf("process start-up cost: a worker process took up to %v from start to its first task here (%s)",
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
			Simulated: a[i].result, Recorded: b[i].result, Cause: cause, Tie: c.near(c.s.started, f, a[i].t)})
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
		near := -1 // the future that ended the wait is always near it
		for f := range c.s.ready {
			if c.near(c.s.ready, f, a[i].t) {
				near++
			}
		}
		c.add(Difference{Kind: Wait, What: fmt.Sprintf("wait() call %d (at %v simulated)", i+1, time.Duration(a[i].t)),
			Simulated: a[i].value, Recorded: b[i].value, Cause: cause, Tie: near >= doneDiff(a[i].value, b[i].value)})
	}
}

// ending reports runs that ended differently: an uncaught exception's type, or a limit.
func (c *comparison) ending() {
	if c.s.ending == c.r.ending {
		return
	}
	cause := ""
	if strings.HasPrefix(c.r.ending, "limit: time") {
		cause = "the recorded run was stopped at the recorder's time limit (futurescope record --limit)"
	}
	c.add(Difference{Kind: Ending, What: "the run", Simulated: orNormally(c.s.ending), Recorded: orNormally(c.r.ending), Cause: cause})
}

func orNormally(s string) string {
	if s == "" {
		return "ended normally"
	}
	return s
}

// near reports whether times[f] is within the jitter (and the process start-up cost, for a process
// pool's future) of t.
func (c *comparison) near(times map[int]int64, f int, t int64) bool {
	at, ok := times[f]
	if !ok {
		return false
	}
	window := c.o.Jitter
	if c.s.pool[f] == "ProcessPoolExecutor" {
		cost, _ := c.startup()
		window += cost
	}
	d := time.Duration(at - t)
	return d <= window && -d <= window
}

// doneDiff is how many more futures one wait() result found done than the other ("done=2 …").
func doneDiff(a, b string) int {
	var x, y int
	fmt.Sscanf(a, "done=%d", &x)
	fmt.Sscanf(b, "done=%d", &y)
	return max(x-y, y-x)
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
