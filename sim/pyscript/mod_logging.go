package pyscript

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
		filename := "<futurescope>/" + name + ".py"
		code, err := py.CompileSource(filename, src)
		if err != nil {
			return nil, py.Errorf(py.SystemErrorType, "import %s: %v", name, err)
		}
		in.SetSource(filename, src)
		th := ps.rt.cur()
		m, err := th.pt.ExecModule(name, code)
		th.rethrowExit()
		return m, err
	}
}
