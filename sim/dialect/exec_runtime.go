package script

import (
	"context"
	"fmt"

	"go.starlark.net/starlark"

	"github.com/futurescope/futurescope/sim"
)

// A runtime is one run of one script: the kernel it runs on, the compiled program, and the Starlark
// interpreter threads that execute it, one per simulated thread.
type runtime struct {
	opts    Options
	k       *sim.Kernel
	prog    *starlark.Program
	mods    Modules
	env     map[string]starlark.StringDict // predeclared names by module name
	threads map[*sim.Thread]*starlark.Thread
	futures map[*sim.Future]*futureValue
	excs    map[*sim.Exception]*excValue          // the script value of each exception a future holds
	stacks  map[*sim.Exception]starlark.CallStack // where each task exception was raised
	hints   map[*sim.Exception]string             // the name an AttributeError's traceback suggests
	pulls   []*pyIterator                         // generators started, closed when the run ends
	// nameHints are the names a NameError's traceback suggests, by undefined name.
	nameHints map[string]string
	out       *output
	steps     int64
}

func newRuntime(opts Options) *runtime {
	rt := &runtime{opts: opts, threads: map[*sim.Thread]*starlark.Thread{}, env: map[string]starlark.StringDict{},
		futures: map[*sim.Future]*futureValue{}, excs: map[*sim.Exception]*excValue{}, hints: map[*sim.Exception]string{}, stacks: map[*sim.Exception]starlark.CallStack{}}
	rt.mods = rt.modules()
	rt.out = newOutput(rt)
	rt.k = sim.New(sim.Config{
		Cores:          opts.Cores,
		FreeThreaded:   opts.FreeThreaded,
		SwitchInterval: opts.SwitchInterval,
		TimeLimit:      opts.TimeLimit,
		MaxEvents:      opts.MaxEvents,
		Repr:           reprAny,
		TypeName:       typeNameAny,
		Log:            rt.log,
	})
	rt.k.SetMeta("file", opts.Filename)
	rt.k.SetMeta("step_cost", opts.StepCost.String())
	return rt
}

// thread returns the interpreter thread of the running simulated thread, making it on first use.
func (rt *runtime) thread(ctx context.Context) *starlark.Thread {
	st := sim.CurrentThread(ctx)
	if th := rt.threads[st]; th != nil {
		return th
	}
	th := &starlark.Thread{Name: st.Name(), Print: rt.out.starlarkPrint}
	th.SetLocal(ctxKey, ctx)
	th.SetLocal(rtKey, rt)
	SetStdout(th, threadWriter{rt.out, th})
	startClock(th)
	rt.threads[st] = th
	return th
}

const (
	ctxKey = "futurescope.ctx"
	rtKey  = "futurescope.runtime"
)

// ctxOf returns the simulated thread's context of an interpreter thread.
func ctxOf(th *starlark.Thread) context.Context { return th.Local(ctxKey).(context.Context) }

// runtimeOf returns the run an interpreter thread belongs to.
func runtimeOf(th *starlark.Thread) *runtime { return th.Local(rtKey).(*runtime) }

// call runs a script callable on the running simulated thread's interpreter thread, with the line of the
// caller remembered for the trace.
func (rt *runtime) call(ctx context.Context, fn starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	th := rt.thread(ctx)
	sim.CPU(ctx, 0) // only the GIL's holder executes script code
	v, err := starlark.Call(th, fn, args, kwargs)
	return v, fixErr(th, err)
}

// setLine records the script line a builtin was called from.
func setLine(th *starlark.Thread) {
	if th.CallStackDepth() > 1 {
		sim.CurrentThread(ctxOf(th)).SetLine(int(th.CallFrame(1).Pos.Line))
	}
}

// log receives the concurrent.futures logger's records; with no handler configured Python prints them
// to stderr (logging.lastResort).
func (rt *runtime) log(level, msg string) {
	fmt.Fprintln(rt.opts.Stderr, msg)
}
