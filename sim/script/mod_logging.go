package script

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/futurescope/futurescope/python/py"
)

// The modules of this package written in Python are pylib's files (pylibFiles names them):
// embedded natively (pylib_embed.go), fetched from the site by runner.wasm the first time a script
// imports them (pylib_js.go).

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
			if src, err = readPylib(file); err == nil || !errors.Is(err, fs.ErrNotExist) {
				break // found, or a fetch that failed (offline): its error, not the next name's
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
