package script

import (
	"github.com/futurescope/futurescope/python/py"
)

// huntSteps is how many of the run's last instructions before the CPU budget runs out each thread
// watches one at a time, to find the loop that does not end.
const huntSteps = 100_000

// A hunt finds the line of a runaway loop. Near the end of the CPU budget, the hook of each running
// thread is called after every instruction; every time the line goes back within one frame, the line
// it goes back to is the head of a loop that turned. The loop that never ends is the outermost one
// that turns in the outermost frame seen: inner loops turn within its turns. A loop on one line never
// goes back a line: then the line running is the loop's.
//
// The hunt only watches: the thread's normal hook (thread.go) still runs exactly when it would have
// (normalAt), so the run executes the same instructions, charges the same CPU and hands the GIL over
// at the same points as without it, and ends at the same instruction.
type hunt struct {
	// normalAt is the step count at which the normal hook is due.
	normalAt uint64
	// minDepth is the outermost frame depth seen; loop the smallest line gone back to at that depth.
	minDepth, loop      int
	prevDepth, prevLine int
	started             bool
}

// watch is called first at every tick of the thread's hook: it starts the hunt when the budget is
// near its end, records the thread's position, and reports whether the tick is only the hunt's (the
// normal hook is not due).
func (th *thread) watch(t *py.Thread) bool {
	rt := th.rt
	h := rt.hunts[th]
	if h == nil {
		if rt.steps+2*stepsPerCharge < rt.opts.MaxSteps-huntSteps {
			return false
		}
		h = &hunt{normalAt: t.Steps}
		if rt.hunts == nil {
			rt.hunts = map[*thread]*hunt{}
		}
		rt.hunts[th] = h
	}
	h.observe(t.Depth(), t.Line())
	if t.Steps < h.normalAt {
		t.SetHookEvery(1)
		return true
	}
	return false
}

// afterHook is called when the thread's normal hook has run: the hunt notes when the next one is
// due and steps one instruction at a time until then.
func (th *thread) afterHook(t *py.Thread) {
	if h := th.rt.hunts[th]; h != nil {
		h.normalAt = t.Steps + t.Every
		t.SetHookEvery(1)
	}
}

func (h *hunt) observe(d, l int) {
	switch {
	case !h.started:
		h.started = true
		h.minDepth = d
	case d < h.minDepth:
		h.minDepth, h.loop = d, 0
	case d == h.prevDepth && d == h.minDepth && l < h.prevLine && (h.loop == 0 || l < h.loop):
		h.loop = l
	}
	h.prevDepth, h.prevLine = d, l
}

// runawayLine is the line of the loop the thread was running when the budget ran out.
func (th *thread) runawayLine() int {
	h := th.rt.hunts[th]
	switch {
	case h == nil:
		return th.pt.Line()
	case h.loop != 0:
		return h.loop
	}
	return h.prevLine
}
