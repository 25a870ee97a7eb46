package script

// registerProcessModules makes the modules of processes and signals importable: os with _exit and
// kill, signal (pylib/signal.py), multiprocessing (pylib/multiprocessing.py) and its submodules on
// _mpsim, pickle.
func (ps *proc) registerProcessModules() {
	in := ps.in
	in.RegisterModule("os", ps.osModuleWithKill)
	in.RegisterModule("signal", ps.pyModule("signal"))
	in.RegisterModule("_mpsim", ps.mpsimModule)
	in.RegisterModule("multiprocessing", ps.pyModule("multiprocessing"))
	for _, sub := range []string{"pool", "managers", "context", "queues", "process", "synchronize"} {
		in.RegisterModule("multiprocessing."+sub, ps.mpSubmodule(sub))
	}
	in.RegisterModule("pickle", ps.pickleModuleFull)
}
