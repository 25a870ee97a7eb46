package script

import (
	"context"
	"fmt"
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// A thread is a simulated thread's interpreter thread and its step clock.
type thread struct {
	rt   *runtime
	ctx  context.Context
	st   *sim.Thread
	pt   *py.Thread
	proc *proc
	// exit is the panic the simulator unwound this thread with, caught by the interpreter's module
	// runner (rethrowExit).
	exit any
	clock
}

const threadKey = "futurescope.thread"

// thread returns the interpreter thread of the running simulated thread, making it on first use.
func (rt *runtime) thread(ctx context.Context) *thread {
	st := sim.CurrentThread(ctx)
	if th := rt.threads[st]; th != nil {
		return th
	}
	th := rt.newThread(ctx, st, procOf(ctx))
	rt.threads[st] = th
	return th
}

// newThread makes an interpreter thread of ps for simulated thread st.
func (rt *runtime) newThread(ctx context.Context, st *sim.Thread, ps *proc) *thread {
	th := &thread{rt: rt, ctx: ctx, st: st, pt: ps.in.NewThread(), proc: ps}
	th.next = stepsPerCharge
	th.pt.SetLocal(threadKey, th)
	th.pt.Hook = th.hook
	th.pt.SetHookEvery(stepsPerCharge)
	return th
}

// threadOf returns the state of an interpreter thread.
func threadOf(t *py.Thread) *thread { return t.Local(threadKey).(*thread) }

// guard runs a call into the simulator from Python code. The simulator unwinds a thread that must
// end with a panic; guard remembers it, so that rethrowExit can resume the unwinding should the
// interpreter have caught it.
func (th *thread) guard() {
	if p := recover(); p != nil {
		th.exit = p
		panic(p)
	}
}

// rethrowExit resumes the simulator's unwinding of the thread, if it began.
func (th *thread) rethrowExit() {
	if p := th.exit; p != nil {
		panic(p)
	}
}

// call runs a Python callable on the running simulated thread.
func (rt *runtime) call(ctx context.Context, fn py.Object, args []py.Object, kw []string) (py.Object, error) {
	th := rt.thread(ctx)
	sim.CPU(ctx, 0) // only the GIL's holder executes script code
	v, err := th.pt.Call(fn, args, kw)
	th.rethrowExit()
	th.proc.keepOutcome(v, err)
	return v, err
}

// setLine tells the kernel the script line the thread is at (for the trace).
func (th *thread) setLine() {
	if l := th.line(); l > 0 {
		th.st.SetLine(l)
	}
}

// line is the script line the thread is at: while a library module written in Python (logging,
// multiprocessing, random) runs on the script's behalf, the line of the script's call into it; 0 when
// no frame of the script is on the thread's stack (a Manager's server thread).
func (th *thread) line() int {
	return th.pt.LineIn(th.rt.opts.Filename)
}

// stepsPerCharge is how many instructions run between two charges of their CPU time. It is prime, so
// that the charges of a loop fall at every point of its body in turn.
const stepsPerCharge = 997

// A clock is a thread's step hook state: every stepsPerCharge instructions it charges their CPU time
// (sim.Busy) and enforces the step budget. When a thread waiting for the GIL has asked for it, the
// clock steps one instruction at a time to the next eval-breaker check, where CPython lets go of the
// GIL: the entry of a function, a loop going back to its top (the next instruction's index decreases
// within a frame, even in a loop of one line: while True: pass), or
// the return of a built-in call (CPython's CALL checks it after a built-in returns; a Python
// function's return is no check, and the hook's last call was then deeper).
type clock struct {
	next    uint64
	seeking bool
	depth   int
	pc      int
}

// hook is the interpreter's host hook.
func (th *thread) hook(t *py.Thread, ev py.HookEvent) error {
	defer th.guard()
	if th.intercept(t, ev) || ev != py.HookTick {
		return nil
	}
	if err := th.deliverSignals(); err != nil { // os_kill.go: signals from other processes
		return err
	}
	ctx := th.ctx
	steps := t.Steps
	if steps >= th.next {
		th.charge()
		th.next += stepsPerCharge
	}
	if th.seeking && !sim.SwitchRequested(ctx) {
		th.seeking = false // the GIL changed hands meanwhile (the thread blocked)
	}
	depth, pc := t.Depth(), t.Lasti()
	switch {
	case th.seeking && (depth > th.depth || depth == th.depth && (pc < th.pc || t.AfterCall())):
		th.seeking = false
		sim.CPU(ctx, 0) // the eval-breaker check: hand the GIL over, and wait for it back
	case !th.seeking && sim.SwitchRequested(ctx):
		th.seeking = true
	}
	th.depth, th.pc = depth, pc
	if th.seeking {
		t.SetHookEvery(1)
	} else {
		t.SetHookEvery(th.next - steps)
	}
	th.afterHook(t)
	return nil
}

// charge charges stepsPerCharge instructions of CPU time and enforces the run's step budget.
func (th *thread) charge() {
	rt, ctx := th.rt, th.ctx
	th.setLine()
	rt.steps += stepsPerCharge
	if rt.steps > rt.opts.MaxSteps {
		rt.stopLine = th.runawayLine()
		sim.Halt(ctx, "steps", fmt.Sprintf("the script used up its CPU budget (%d interpreter steps, %v of CPU) at t=%v: a loop that never ends?",
			rt.opts.MaxSteps, rt.opts.StepCost*time.Duration(rt.opts.MaxSteps), sim.Now(ctx)))
	}
	sim.Busy(ctx, rt.opts.StepCost*stepsPerCharge)
}
