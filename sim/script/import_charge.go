package script

import "github.com/futurescope/futurescope/python/py"

// An import of multiprocessing charges the importing thread a fixed number of instructions, whatever
// its files run: the count its code ran when it was one file, before it became a package laid out as
// CPython's (pylib/multiprocessing/). Its files run on an interpreter thread of their own, uncharged,
// so the timelines of the scripts and lessons that import it stay where they were. (The simulator
// does not model the time CPython takes to import: a few milliseconds, at start-up, that a lesson
// would only have to explain.)

// fixedImportSteps returns the instructions an import of package name is charged, and whether it is
// one charged so.
func fixedImportSteps(name string) (uint64, bool) {
	if name == "multiprocessing" {
		return 2467, true
	}
	return 0, false
}

// importSource runs src as module name for the importing thread th: on th's interpreter thread, or,
// for a package charged a fixed cost and the modules it imports meanwhile, on a thread of its own,
// th then charged the package's cost.
func (ps *proc) importSource(th *thread, name, filename string, src []byte) (*py.Module, error) {
	if ps.importer != nil {
		return ps.importer.ImportSource(name, filename, src)
	}
	steps, fixed := fixedImportSteps(name)
	if !fixed {
		return th.pt.ImportSource(name, filename, src)
	}
	ps.importer = ps.in.NewThread()
	m, err := ps.importer.ImportSource(name, filename, src)
	ps.importer = nil
	if err != nil {
		return m, err
	}
	return m, th.pt.Charge(steps)
}
