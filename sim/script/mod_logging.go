package script

import (
	"embed"
	"strings"

	"github.com/futurescope/futurescope/python/py"
)

// pylib holds the modules of this package written in Python.
//
//go:embed pylib/*.py pylib/logging/*.py pylib/multiprocessing/*.py
var pylib embed.FS

// pyModule runs the pylib file of module name as that module, on the importing thread (the module
// reads the virtual clock and the running thread as it loads): a package's pylib/name/__init__.py,
// its submodules' pylib/name/sub.py (logging's and multiprocessing's, as CPython's files are), else
// pylib/name.py.
func (ps *proc) pyModule(name string) func(*py.Interp) (*py.Module, error) {
	return func(in *py.Interp) (*py.Module, error) {
		path := strings.ReplaceAll(name, ".", "/")
		var file string
		var src []byte
		var err error
		for _, file = range []string{path + "/__init__.py", path + ".py"} {
			if src, err = pylib.ReadFile("pylib/" + file); err == nil {
				break
			}
		}
		if err != nil {
			return nil, err
		}
		th := ps.rt.cur()
		m, err := ps.importSource(th, name, "<futurescope>/"+file, src)
		th.rethrowExit()
		if name == "logging" && err == nil {
			// import logging.handlers imports logging first, which makes its submodule importable.
			in.RegisterModule("logging.handlers", ps.pyModule("logging.handlers"))
		}
		return m, err
	}
}
