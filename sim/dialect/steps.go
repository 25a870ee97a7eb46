package script

import (
	"fmt"
	"time"

	"go.starlark.net/starlark"

	"github.com/futurescope/futurescope/sim"
)

// stepsPerCharge is how many interpreter steps run between two charges of their CPU time. It is prime,
// so that the charges of a loop fall at every point of its body in turn rather than always at the same
// one: a thread notices a switch request at a charge, and where that falls in a loop decides, as timing
// does in CPython, whether the switch splits a read-modify-write.
const stepsPerCharge = 997

// A stepClock is an interpreter thread's step hook state. Every stepsPerCharge steps it charges their
// CPU time to the simulated thread (sim.Busy) and enforces the run's step budget. When a thread waiting
// for the GIL has asked for it (sim.SwitchRequested), the clock steps one instruction at a time to the
// next eval-breaker check, where CPython 3.11 lets go of the GIL: the entry of a function, or a loop
// going back to its top (a backward jump: the line number decreases within one frame). So a
// read-modify-write that spans no call and no loop turn is never split by a switch, as in CPython.
type stepClock struct {
	next    uint64 // the step count at which the next charge falls
	seeking bool   // a switch is requested: looking for the next eval-breaker check
	depth   int    // the call depth and line of the previous step, while seeking
	line    int32
}

const clockKey = "futurescope.clock"

// startClock installs the step hook on a new interpreter thread.
func startClock(th *starlark.Thread) {
	c := &stepClock{next: stepsPerCharge}
	th.SetLocal(clockKey, c)
	th.SetMaxExecutionSteps(c.next)
	th.OnMaxSteps = func(th *starlark.Thread) { runtimeOf(th).tick(th, c) }
}

// tick is the interpreter's step hook.
func (rt *runtime) tick(th *starlark.Thread, c *stepClock) {
	ctx := ctxOf(th)
	steps := th.ExecutionSteps()
	if steps >= c.next {
		rt.charge(th)
		c.next += stepsPerCharge
	}
	if c.seeking && !sim.SwitchRequested(ctx) {
		c.seeking = false // the GIL changed hands meanwhile (the thread blocked)
	}
	depth, line := th.CallStackDepth(), int32(0)
	if depth > 0 {
		line = th.CallFrame(0).Pos.Line
	}
	switch {
	case c.seeking && (depth > c.depth || depth == c.depth && line < c.line):
		c.seeking = false
		sim.CPU(ctx, 0) // the eval-breaker check: hand the GIL over, and wait for it back
	case !c.seeking && sim.SwitchRequested(ctx):
		c.seeking = true
	}
	c.depth, c.line = depth, line
	if c.seeking {
		th.SetMaxExecutionSteps(steps + 1)
	} else {
		th.SetMaxExecutionSteps(c.next)
	}
}

// charge charges stepsPerCharge steps of CPU time to the running thread and enforces the run's step
// budget.
func (rt *runtime) charge(th *starlark.Thread) {
	ctx := ctxOf(th)
	st := sim.CurrentThread(ctx)
	if th.CallStackDepth() > 0 {
		st.SetLine(int(th.CallFrame(0).Pos.Line))
	}
	rt.steps += stepsPerCharge
	if rt.steps > rt.opts.MaxSteps {
		sim.Halt(ctx, "steps", fmt.Sprintf("the script used up its CPU budget (%d interpreter steps, %v of CPU) at t=%v: a loop that never ends?",
			rt.opts.MaxSteps, rt.opts.StepCost*time.Duration(rt.opts.MaxSteps), sim.Now(ctx)))
	}
	sim.Busy(ctx, rt.opts.StepCost*stepsPerCharge)
}
