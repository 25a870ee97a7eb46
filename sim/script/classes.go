package script

import (
	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// classes are the classes of one interpreter's simulator modules (each process has its own, as each
// CPython process has its own module objects).
type classes struct {
	future, executor, threadPool, processPool, generator *py.Type
	futError, cancelled, invalidState, brokenExecutor    *py.Type
	brokenThread, brokenProcess, remoteTB                *py.Type
	pickleError, pickling, unpickling                    *py.Type
	thread, event, lock, rlock, condition, semaphore     *py.Type
	boundedSemaphore, mainThread, timer                  *py.Type
	interpPool, brokenInterp, execFailed                 *py.Type
	bySim                                                map[*sim.Class]*py.Type
}

const (
	baseMod    = "concurrent.futures._base"
	threadMod  = "concurrent.futures.thread"
	processMod = "concurrent.futures.process"
)

func newClasses(ps *proc) *classes {
	c := &classes{}
	c.futError = newType("Error", baseMod, py.ExceptionType)
	c.cancelled = newType("CancelledError", baseMod, c.futError)
	c.invalidState = newType("InvalidStateError", baseMod, c.futError)
	c.brokenExecutor = newType("BrokenExecutor", baseMod, py.RuntimeErrorType)
	c.brokenThread = newType("BrokenThreadPool", threadMod, c.brokenExecutor)
	c.brokenProcess = newType("BrokenProcessPool", processMod, c.brokenExecutor)
	c.remoteTB = newType("_RemoteTraceback", processMod, py.ExceptionType)
	c.pickleError = newType("PickleError", "_pickle", py.ExceptionType)
	c.pickling = newType("PicklingError", "_pickle", c.pickleError)
	c.unpickling = newType("UnpicklingError", "_pickle", c.pickleError)
	c.bySim = map[*sim.Class]*py.Type{
		sim.BaseException: py.BaseExceptionType, sim.SystemExit: py.SystemExitType,
		sim.KeyboardInterrupt: py.KeyboardInterruptType, sim.ExceptionClass: py.ExceptionType,
		sim.RuntimeError: py.RuntimeErrorType, sim.ValueError: py.ValueErrorType, sim.TypeError: py.TypeErrorType,
		sim.OSError: py.OSErrorType, sim.TimeoutError: py.TimeoutErrorType, sim.FuturesError: c.futError,
		sim.CancelledError: c.cancelled, sim.InvalidStateError: c.invalidState,
		sim.BrokenExecutor: c.brokenExecutor, sim.BrokenThreadPool: c.brokenThread,
		sim.BrokenProcessPool: c.brokenProcess, sim.PicklingError: c.pickling, sim.RemoteTraceback: c.remoteTB,
	}
	for s, t := range c.bySim {
		if _, builtin := builtinSimClasses[t]; !builtin {
			ps.rt.classes[t] = s
		}
	}
	c.generator = ps.generatorClass("generator", "as_completed")
	ps.futureClass(c)
	ps.executorClasses(c)
	ps.interpClasses(c) // interppool.go
	ps.threadClass(c)
	ps.lockClasses(c)
	ps.eventClass(c)
	ps.condClass(c)
	ps.semaphoreClasses(c)
	ps.timerClass(c)
	return c
}

// pyType returns the Python class of a simulator exception class: the known ones, or the nearest
// known base.
func (c *classes) pyType(s *sim.Class) *py.Type {
	for ; s != nil; s = s.Base {
		if t := c.bySim[s]; t != nil {
			return t
		}
	}
	return py.ExceptionType
}
