package script

import (
	"fmt"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// limitCancelled is the sim.LimitError.Limit of a run stopped by Options.Cancel.
const limitCancelled = "cancelled"

// intercept runs first in every thread's host hook (thread.go): it stops the run when Options.Cancel
// is closed, and watches for a runaway loop near the end of the CPU budget (runaway.go). It reports
// whether the event was only the watch's, in which case the hook does nothing else.
func (th *thread) intercept(t *py.Thread, ev py.HookEvent) bool {
	rt := th.rt
	if rt.opts.Yield != nil {
		rt.opts.Yield()
	}
	if rt.opts.Cancel != nil {
		select {
		case <-rt.opts.Cancel:
			rt.stopLine = th.line()
			th.setLine()
			sim.Halt(th.ctx, limitCancelled, fmt.Sprintf("the run was cancelled at t=%v", sim.Now(th.ctx)))
		default:
		}
	}
	return ev == py.HookTick && th.watch(t)
}

// cancelled reports whether the run's Cancel channel is closed.
func (o Options) cancelled() bool {
	if o.Cancel == nil {
		return false
	}
	select {
	case <-o.Cancel:
		return true
	default:
		return false
	}
}
