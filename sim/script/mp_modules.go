package script

// registerProcessModules makes the modules of processes and signals importable: os with _exit and
// kill, signal (pylib/signal.py), multiprocessing and its submodules, pickle.
func (ps *proc) registerProcessModules() {
	in := ps.in
	in.RegisterModule("os", ps.osModuleWithKill)
	in.RegisterModule("signal", ps.pyModule("signal"))
	in.RegisterModule("multiprocessing", ps.multiprocessingModule)
	in.RegisterModule("pickle", ps.pickleModule)
}
