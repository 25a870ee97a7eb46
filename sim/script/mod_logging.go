package script

import (
	"embed"

	"github.com/futurescope/futurescope/python/py"
)

// pylib holds the modules of this package written in Python.
//
//go:embed pylib/*.py
var pylib embed.FS

// pyModule runs pylib/name.py as module name, on the importing thread (the module reads the virtual
// clock and the running thread as it loads).
func (ps *proc) pyModule(name string) func(*py.Interp) (*py.Module, error) {
	return func(in *py.Interp) (*py.Module, error) {
		src, err := pylib.ReadFile("pylib/" + name + ".py")
		if err != nil {
			return nil, err
		}
		th := ps.rt.cur()
		m, err := th.pt.ImportSource(name, "<futurescope>/"+name+".py", src)
		th.rethrowExit()
		return m, err
	}
}
