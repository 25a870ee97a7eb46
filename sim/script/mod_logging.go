package script

import (
	"embed"
	"strings"

	"github.com/futurescope/futurescope/python/py"
)

// pylib holds the modules of this package written in Python.
//
//go:embed pylib/*.py
var pylib embed.FS

// pyModule runs pylib/name.py (its dots made underscores) as module name, on the importing thread (the module reads the virtual
// clock and the running thread as it loads).
func (ps *proc) pyModule(name string) func(*py.Interp) (*py.Module, error) {
	return func(in *py.Interp) (*py.Module, error) {
		file := strings.ReplaceAll(name, ".", "_") // logging.handlers is pylib/logging_handlers.py
		src, err := pylib.ReadFile("pylib/" + file + ".py")
		if err != nil {
			return nil, err
		}
		th := ps.rt.cur()
		m, err := th.pt.ImportSource(name, "<futurescope>/"+file+".py", src)
		th.rethrowExit()
		if name == "logging" && err == nil {
			// import logging.handlers imports logging first, which makes its submodule importable.
			in.RegisterModule("logging.handlers", ps.pyModule("logging.handlers"))
		}
		return m, err
	}
}
