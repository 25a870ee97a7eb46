package stdlib

import (
	"github.com/futurescope/futurescope/python/py"
)

// The modules written in Python live in lib/, one file a module (libModules
// names them). Natively they are embedded (pysource_embed.go); runner.wasm
// fetches each from the site the first time a script imports it
// (pysource_js.go), which keeps their 260 KB of source out of the binary.

func init() {
	for _, name := range libModules {
		py.RegisterCoreModule(name, func(in *py.Interp) (*py.Module, error) { return loadSource(in, name) })
	}
}

// loadSource compiles and runs lib/name.py as module name of in, on a
// thread of its own (importing is pure computation: no host hook).
func loadSource(in *py.Interp, name string) (*py.Module, error) {
	src, err := readLib(name)
	if err != nil {
		return nil, err
	}
	return in.NewThread().ImportSource(name, "<stdlib>/"+name+".py", src)
}

// Source returns the Python source of the library module name (lib/name.py)
// and whether there is one, for a host that runs the module on a thread of
// its own choosing (the simulator imports random this way, then seeds it).
// In the browser a failed fetch reads as no source.
func Source(name string) ([]byte, bool) {
	src, err := readLib(name)
	return src, err == nil
}
