package script

// registerProcessModules makes the modules of processes and signals importable: os with _exit and
// kill, signal (pylib/signal.py), the multiprocessing package (pylib/multiprocessing/, its modules
// those of CPython's that scripts import, on _mpsim), pickle.
func (ps *proc) registerProcessModules() {
	in := ps.in
	in.RegisterModule("os", ps.osModuleWithKill)
	in.RegisterModule("signal", ps.pyModule("signal"))
	in.RegisterModule("_mpsim", ps.mpsimModule)
	in.RegisterModule("multiprocessing", ps.pyModule("multiprocessing"))
	for _, sub := range []string{"connection", "context", "managers", "pool", "process", "queues", "sharedctypes", "synchronize"} {
		in.RegisterModule("multiprocessing."+sub, ps.pyModule("multiprocessing."+sub))
	}
	in.RegisterModule("pickle", ps.pickleModuleFull)
}
