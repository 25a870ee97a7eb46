package script

import (
	"context"
	"math/rand/v2"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// A proc is one simulated process's interpreter: its own heap, modules and classes.
type proc struct {
	rt *runtime
	p  *sim.Process
	in *py.Interp
	// boot is true while a worker re-runs the script as __mp_main__ (remote.go).
	boot bool
	// importer, while a package charged a fixed cost imports (import_charge.go), is the interpreter
	// thread its files run on.
	importer *py.Thread
	// waiting names the wait the main thread is in while a signal may cut it short
	// (sim.Process.InterruptWait's what; signal_wait.go), else "".
	waiting string
	// condWait is the main thread's wait on a placeCond, for a signal that cuts it short to mark.
	condWait *condWaiter
	cls      *classes
	// futObjs (with futureHost, and the object's host slot the other way) pairs each sim future with
	// its one Python object, so identity holds.
	futObjs map[*sim.Future]*py.Instance
	// results holds the unpickled result of a future that a worker process computed.
	results map[*sim.Future]py.Object
	threads map[*py.Instance]*threadObj
	simThr  map[*sim.Thread]*py.Instance
	rng     *rand.Rand
	// maps pairs each Executor.map generator with its iterator; mapType is made on first use.
	maps map[*py.GoIter]*sim.MapIterator
	// finishing holds the futures a script set _state = FINISHED on, until it sets their outcome.
	finishing map[*sim.Future]bool
	mpTypes   map[string]*py.Type
	mapType   *py.Type
}

type procKey struct{}

// newProc makes the interpreter of the running thread's process.
func (rt *runtime) newProc(ctx context.Context, worker bool) *proc {
	sp := sim.CurrentProcess(ctx)
	ps := rt.newInterp(sp, uint64(sp.PID()))
	sp.SetValue(procKey{}, ps)
	return ps
}

// newInterp makes an interpreter in simulated process sp, its random module seeded with seed: the
// process's main one (newProc) or one that a thread of it owns (interppool.go).
func (rt *runtime) newInterp(sp *sim.Process, seed uint64) *proc {
	ps := &proc{rt: rt, p: sp, futObjs: map[*sim.Future]*py.Instance{},
		results: map[*sim.Future]py.Object{}, threads: map[*py.Instance]*threadObj{}, simThr: map[*sim.Thread]*py.Instance{},
		maps: map[*py.GoIter]*sim.MapIterator{}, finishing: map[*sim.Future]bool{}}
	ps.in = py.NewInterp(procWriter{ps}, rt.opts.Stderr)
	ps.in.HostRoots = ps.hostRoots
	ps.in.SetSource(rt.opts.Filename, rt.opts.Source)
	ps.cls = newClasses(ps)
	ps.registerModules()
	ps.addSwitchInterval()
	ps.rng = rand.New(rand.NewPCG(uint64(rt.opts.Seed), seed))
	return ps
}

// procOf returns the interpreter of ctx's process.
func procOf(ctx context.Context) *proc {
	ps, _ := sim.CurrentProcess(ctx).Value(procKey{}).(*proc)
	return ps
}

// registerModules makes the simulator's modules importable.
func (ps *proc) registerModules() {
	in := ps.in
	in.RegisterModule("time", ps.timeModule)
	in.RegisterModule("os", ps.osModule)
	in.RegisterModule("os.path", func(*py.Interp) (*py.Module, error) { return ps.rt.cur().pt.Import("posixpath") })
	in.RegisterModule("random", ps.randomModule)
	in.RegisterModule("threading", ps.threadingModule)
	in.RegisterModule("concurrent", ps.concurrentModule)
	in.RegisterModule("concurrent.futures", ps.futuresModule)
	in.RegisterModule("concurrent.futures._base", ps.baseModule)
	in.RegisterModule("concurrent.futures.thread", ps.threadSubmodule)
	in.RegisterModule("concurrent.futures.process", ps.processSubmodule)
	in.RegisterModule("concurrent.futures.interpreter", ps.interpSubmodule)
	in.RegisterModule("pickle", ps.pickleModule)
	in.RegisterModule("queue", ps.queueModule)
	in.RegisterModule("logging", ps.pyModule("logging"))
	ps.registerProcessModules() // mp_modules.go
}

// procWriter is a process's sys.stdout.
type procWriter struct{ ps *proc }

// Write prints p, unless the process is re-running the script.
func (w procWriter) Write(p []byte) (int, error) {
	if !w.ps.boot {
		w.ps.rt.out.write(string(p))
	}
	return len(p), nil
}
