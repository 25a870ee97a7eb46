package script

import (
	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

func (ps *proc) concurrentModule(in *py.Interp) (*py.Module, error) {
	return py.NewModule("concurrent"), nil
}

// futuresModule is concurrent.futures.
func (ps *proc) futuresModule(in *py.Interp) (*py.Module, error) {
	c := ps.cls
	m := py.NewModule("concurrent.futures")
	m.SetAttr("FIRST_COMPLETED", py.NewStr(string(sim.FirstCompleted)))
	m.SetAttr("FIRST_EXCEPTION", py.NewStr(string(sim.FirstException)))
	m.SetAttr("ALL_COMPLETED", py.NewStr(string(sim.AllCompleted)))
	m.SetAttr("CancelledError", c.cancelled)
	m.SetAttr("TimeoutError", py.TimeoutErrorType)
	m.SetAttr("BrokenExecutor", c.brokenExecutor)
	m.SetAttr("InvalidStateError", c.invalidState)
	m.SetAttr("Future", c.future)
	m.SetAttr("Executor", c.executor)
	m.SetAttr("wait", builtin("wait", ps.wait))
	m.SetAttr("as_completed", builtin("as_completed", ps.asCompleted))
	m.SetAttr("ThreadPoolExecutor", c.threadPool)
	m.SetAttr("ProcessPoolExecutor", c.processPool)
	m.SetAttr("InterpreterPoolExecutor", c.interpPool) // CPython 3.14's
	// CPython's package imports its _base module, which so is an attribute of it from the start.
	base, err := ps.rt.cur().pt.Import(baseMod)
	if err != nil {
		return nil, err
	}
	m.SetAttr("_base", base)
	return m, nil
}

// baseModule is concurrent.futures._base, with the state names scripts peek at.
func (ps *proc) baseModule(in *py.Interp) (*py.Module, error) {
	c := ps.cls
	m := py.NewModule(baseMod)
	for _, s := range []sim.State{sim.Pending, sim.Running, sim.Cancelled, sim.CancelledAndNotified, sim.Finished} {
		m.SetAttr(s.String(), py.NewStr(s.String()))
	}
	m.SetAttr("FIRST_COMPLETED", py.NewStr(string(sim.FirstCompleted)))
	m.SetAttr("FIRST_EXCEPTION", py.NewStr(string(sim.FirstException)))
	m.SetAttr("ALL_COMPLETED", py.NewStr(string(sim.AllCompleted)))
	m.SetAttr("Error", c.futError)
	m.SetAttr("CancelledError", c.cancelled)
	m.SetAttr("TimeoutError", py.TimeoutErrorType)
	m.SetAttr("InvalidStateError", c.invalidState)
	m.SetAttr("BrokenExecutor", c.brokenExecutor)
	m.SetAttr("Future", c.future)
	m.SetAttr("Executor", c.executor)
	m.SetAttr("DoneAndNotDoneFutures", doneAndNotDoneType)
	m.SetAttr("wait", builtin("wait", ps.wait))
	m.SetAttr("as_completed", builtin("as_completed", ps.asCompleted))
	return m, nil
}

func (ps *proc) threadSubmodule(in *py.Interp) (*py.Module, error) {
	m := py.NewModule(threadMod)
	m.SetAttr("ThreadPoolExecutor", ps.cls.threadPool)
	m.SetAttr("BrokenThreadPool", ps.cls.brokenThread)
	return m, nil
}

func (ps *proc) processSubmodule(in *py.Interp) (*py.Module, error) {
	m := py.NewModule(processMod)
	m.SetAttr("ProcessPoolExecutor", ps.cls.processPool)
	m.SetAttr("BrokenProcessPool", ps.cls.brokenProcess)
	m.SetAttr("_RemoteTraceback", ps.cls.remoteTB)
	return m, nil
}

// pickleModule is the part of pickle that scripts name: its errors.
func (ps *proc) pickleModule(in *py.Interp) (*py.Module, error) {
	m := py.NewModule("pickle")
	m.SetAttr("PickleError", ps.cls.pickleError)
	m.SetAttr("PicklingError", ps.cls.pickling)
	m.SetAttr("UnpicklingError", ps.cls.unpickling)
	return m, nil
}

// threadingModule is threading: Thread, Event, Lock, RLock, Condition, current_thread, main_thread,
// get_ident.
func (ps *proc) threadingModule(in *py.Interp) (*py.Module, error) {
	c := ps.cls
	m := py.NewModule("threading")
	m.SetAttr("Thread", c.thread)
	m.SetAttr("Event", c.event)
	m.SetAttr("Condition", c.condition)
	m.SetAttr("Semaphore", c.semaphore)
	m.SetAttr("BoundedSemaphore", c.boundedSemaphore)
	m.SetAttr("Timer", c.timer)
	m.SetAttr("Lock", builtin("allocate_lock", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return ps.newLock(th, false), nil
	}))
	m.SetAttr("RLock", builtin("RLock", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return ps.newLock(th, true), nil
	}))
	m.SetAttr("current_thread", builtin("current_thread", ps.currentThread))
	m.SetAttr("active_count", builtin("active_count", ps.activeCount))
	m.SetAttr("activeCount", builtin("activeCount", deprecatedFunc("activeCount", "use active_count() instead", ps.activeCount)))
	m.SetAttr("enumerate", builtin("enumerate", ps.enumerate))
	m.SetAttr("local", ps.localClass())
	barrier, brokenErr := ps.barrierClasses()
	m.SetAttr("Barrier", barrier)
	m.SetAttr("BrokenBarrierError", brokenErr)
	m.SetAttr("currentThread", builtin("currentThread", deprecatedFunc("currentThread", "use current_thread() instead", ps.currentThread)))
	m.SetAttr("main_thread", builtin("main_thread", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return ps.threadObjOf(th.st.Process().MainThread()), nil
	}))
	m.SetAttr("get_ident", builtin("get_ident", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return py.MakeInt(int64(identOf(th.st))), nil
	}))
	ps.addThreadingExtras(m)
	return m, nil
}
