package stdlib

import (
	"embed"
	"strings"

	"github.com/futurescope/futurescope/python/py"
)

// sources holds the modules written in Python, one file a module.
//
//go:embed lib/*.py
var sources embed.FS

func init() {
	entries, err := sources.ReadDir("lib")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".py")
		py.RegisterCoreModule(name, func(in *py.Interp) (*py.Module, error) { return loadSource(in, name) })
	}
}

// loadSource compiles and runs lib/name.py as module name of in, on a
// thread of its own (importing is pure computation: no host hook).
func loadSource(in *py.Interp, name string) (*py.Module, error) {
	src, err := sources.ReadFile("lib/" + name + ".py")
	if err != nil {
		return nil, err
	}
	return in.NewThread().ImportSource(name, "<stdlib>/"+name+".py", src)
}

// Source returns the Python source of the library module name (lib/name.py)
// and whether there is one, for a host that runs the module on a thread of
// its own choosing (the simulator imports random this way, then seeds it).
func Source(name string) ([]byte, bool) {
	src, err := sources.ReadFile("lib/" + name + ".py")
	return src, err == nil
}
