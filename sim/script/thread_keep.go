package script

import "github.com/futurescope/futurescope/python/py"

// What a threading.Thread holds, as CPython's does, so that a generator among its target's
// arguments is finalized where CPython closes it (traverse_host.go):
//
//   - the Thread object holds its target and arguments (a Timer its function and arguments) from
//     its construction on, and shows them to the proof that a dropped generator is unreachable
//     (Traverse), instead of the simulator's door keeping them for the whole run;
//   - Thread.run lets go of them when the target returns, as CPython's deletes self._target,
//     self._args and self._kwargs (a Timer's stay, as CPython's Timer keeps them in attributes);
//   - the Thread object is a root only while it runs (threading._active): a thread never started,
//     or ended, lives only as long as the script references it, and its end drops it.

// newThreadObj pairs instance o with its thread state v.
func (ps *proc) newThreadObj(o *py.Instance, v *threadObj) *threadObj {
	ps.threads[o] = v
	o.SetHost(v)
	return v
}

// Traverse visits what the thread holds for its run.
func (v *threadObj) Traverse(visit func(py.Object)) bool {
	if v.target != nil {
		visit(v.target)
	}
	for _, a := range v.args {
		visit(a)
	}
	if ts := v.timer; ts != nil {
		for _, o := range append([]py.Object{ts.interval, ts.fn}, ts.args...) {
			if o != nil {
				visit(o)
			}
		}
	}
	return true
}

// rooted reports whether the thread is one threading counts as active: a root, its Thread object
// alive whatever the script holds.
func (v *threadObj) rooted() bool { return v.alive || v.st != nil && !v.ended }

// runDone ends Thread.run: it lets go of the target and its arguments and closes what that leaves
// unreachable, on the thread; when the target raised, its exception holds them until it goes (the
// thread's end drops it after its report). err is the target's outcome, returned unless the
// finalization stops the thread.
func (v *threadObj) runDone(th *thread, err error) error {
	dropped := append([]py.Object{v.target}, v.args...)
	v.target, v.args, v.kw = nil, nil, nil
	if e, ok := err.(*py.Exception); ok {
		e.Hold(dropped...) // its traceback holds the target's frame until the exception goes
		return err
	}
	if derr := th.pt.Dropped(dropped...); derr != nil {
		return derr
	}
	return err
}

// end is the end of a started thread: it leaves threading's active threads (no more a root), and
// its Thread object and the exception run raised (after its report) are dropped there.
func (v *threadObj) end(th *thread, inst *py.Instance, exc *py.Exception) error {
	v.ended = true
	var dropped []py.Object
	if inst != nil {
		dropped = append(dropped, inst)
	}
	if exc != nil {
		dropped = append(dropped, exc)
	}
	err := th.pt.Dropped(dropped...)
	th.rethrowExit()
	return err
}
