package compare

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

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
	gap := time.Duration(c.s.done[y] - c.s.done[x]).Round(time.Microsecond)
	window, cause := c.blur(x, y)
	if gap > window {
		// Not a tie: the causes that blur names cannot swap them, and saying they did would mislead.
		cause = fmt.Sprintf("more than real scheduling jitter can explain: the simulation has them %v apart, and a real run takes events in either order only within about %v of each other; if the recording is of this very script, the simulation and CPython part ways here",
			gap, window.Round(time.Millisecond))
	}
	return Difference{Kind: Order, Future: y, What: fmt.Sprintf("futures %d (%s) and %d (%s)", x, c.s.name[x], y, c.s.name[y]),
		Simulated: fmt.Sprintf("%d first, %v before %d", x, gap, y), Recorded: fmt.Sprintf("%d first", y),
		Cause: cause, Tie: gap <= window}
}

// blur returns how far apart in simulated time futures a and b can finish and still come in either
// order in a real run, and why.
func (c *comparison) blur(a, b int) (time.Duration, string) {
	window := c.o.Jitter
	why := []string{fmt.Sprintf("real scheduling jitter: a thread woken on a busy machine runs a few milliseconds late (the simulation has them %v apart)",
		time.Duration(c.s.done[b]-c.s.done[a]).Round(time.Microsecond))}
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
