package compare

import (
	"fmt"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

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
	for _, e := range c.rec.Events() {
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
