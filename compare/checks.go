package compare

import (
	"fmt"
	"strings"
	"time"
)

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
