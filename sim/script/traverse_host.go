package script

import (
	"context"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// The simulator's part in proving a dropped generator unreachable (python/py/finalize.go).
//
// The simulator holds Python objects where no Python object can see them: the calls queued in an
// executor, a future's result and callbacks, a thread's target, a queue's items. Rather than each
// of its types naming what it holds, everything enters it through a few doors, and each door keeps
// what passes (py.Interp.Keep): the arguments of its functions, methods and constructors (its classes
// are made HostKeeps by newType, its functions by builtin), the items of the iterables it reads
// (iterList), and what the Python calls it makes return or raise (runtime.call). Its objects and
// the instances it pairs with simulated objects then hold nothing that is not kept, which the
// interpreter assumes of HostKeeps classes. What is kept stays a root until the simulator lets go of
// it: a pool's worker lets go of the call it ran (release), a queue of the items a get takes out
// (queue_keep.go); a Thread holds its target and arguments itself and shows them to the proof
// (thread_keep.go). Elsewhere a generator once handed to the simulator is never finalized by being
// dropped (CPython may close it later), a missed finally rather than a premature one.
//
// The objects the simulator pairs with its own (futures, running threads) are roots too: a future
// the script dropped lives on while its executor runs it, with whatever attributes the script gave
// it; a Thread object while its thread runs.

// hostRoots visits the Python objects of the simulator's registries.
func (ps *proc) hostRoots(visit func(py.Object)) bool {
	// Which objects are reachable does not depend on the order of the roots: map order is harmless.
	for _, o := range ps.futObjs {
		visit(o)
	}
	for _, o := range ps.results {
		visit(o)
	}
	for o, v := range ps.threads {
		if v.rooted() {
			visit(o)
		}
	}
	for _, o := range ps.simThr {
		if v := ps.threads[o]; v == nil || v.rooted() {
			visit(o)
		}
	}
	return true
}

// keep keeps o, unless it is a future: futures are roots already (hostRoots), and wait(fs) on
// 100,000 of them need not count each again.
func (ps *proc) keep(o py.Object) {
	if inst, ok := o.(*py.Instance); ok {
		if _, ok := inst.Host().(*sim.Future); ok {
			return
		}
	}
	ps.in.Keep(o)
}

// keepOutcome keeps what a Python call the simulator made returned or raised: a future's result or
// exception.
func (ps *proc) keepOutcome(v py.Object, err error) {
	if v != nil {
		ps.in.Keep(v)
	}
	if e, ok := err.(*py.Exception); ok {
		ps.in.Keep(e)
	}
}

// release lets go of a call a worker ran, as CPython's worker deletes its work item: the arguments
// (and the callable, withFn, when the call kept it alone: submit's, not map's) stop being roots, and
// a generator among them that nothing else references is finalized now, on the worker.
func (rt *runtime) release(ctx context.Context, ps *proc, c *callPayload, withFn bool) error {
	ps.in.Release(c.args...)
	if withFn {
		ps.in.Release(c.fn)
	}
	if !ps.in.Watching() {
		return nil // no generator to finalize: the common case costs no more
	}
	objs := c.args
	if withFn {
		objs = append([]py.Object{c.fn}, c.args...)
	}
	th := rt.thread(ctx)
	err := th.pt.Dropped(objs...)
	th.rethrowExit()
	return err
}
