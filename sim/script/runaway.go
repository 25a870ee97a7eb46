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
// that turns in the outermost frame seen: inner loops turn within its turns. When that frame stays
// on one line, it is waiting for a call that does not return (list(endless_generator()), or a loop
// written on one line over one): then the loop is the outermost one that turns in the frames beneath
// it, the generator's while line, and if none turns, the line the outermost frame is on.
//
// Frames are told apart by depth: when a frame moves to another line, the loops found deeper are
// forgotten, since they belonged to calls it has finished.
//
// The hunt only watches: the thread's normal hook (thread.go) still runs exactly when it would have
// (normalAt), so the run executes the same instructions, charges the same CPU and hands the GIL over
// at the same points as without it, and ends at the same instruction.
type hunt struct {
	// normalAt is the step count at which the normal hook is due.
	normalAt uint64
	// minDepth is the outermost frame depth seen.
	minDepth int
	// lines[d] is the line last seen at depth d, loops[d] the smallest line gone back to there (0:
	// none); both are indexed by depth and forgotten beyond a depth whose line changes.
	lines, loops        []int
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
	if d < 0 {
		return
	}
	for len(h.lines) <= d {
		h.lines = append(h.lines, 0)
		h.loops = append(h.loops, 0)
	}
	switch {
	case !h.started:
		h.started = true
		h.minDepth = d
	case d < h.minDepth:
		h.minDepth = d
	case d == h.prevDepth && l < h.prevLine && (h.loops[d] == 0 || l < h.loops[d]):
		h.loops[d] = l
	}
	if h.lines[d] != l {
		if h.lines[d] != 0 {
			h.lines, h.loops = h.lines[:d+1], h.loops[:d+1]
		}
		h.lines[d] = l
	}
	h.prevDepth, h.prevLine = d, l
}

// runawayLine is the line of the loop the thread was running when the budget ran out.
func (th *thread) runawayLine() int {
	h := th.rt.hunts[th]
	if h == nil {
		return th.pt.Line()
	}
	for d := h.minDepth; d < len(h.loops); d++ {
		if h.loops[d] != 0 {
			return h.loops[d]
		}
	}
	if h.minDepth < len(h.lines) && h.lines[h.minDepth] != 0 {
		return h.lines[h.minDepth]
	}
	return h.prevLine
}
