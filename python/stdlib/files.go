package stdlib

import (
	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/python/pystr"
)

// open() is a built-in in CPython; here a call to it fails with one sentence saying why and what to
// use instead, as importing a module that needs files does (unavailable.go).

// The importlib module: importlib.import_module imports a module by name, as the import statement
// does.
//
// Has: import_module.
// Lacks: reload, invalidate_caches, and the machinery (importlib.util, importlib.resources, …).

func init() {
	py.RegisterBuiltins(map[string]py.BuiltinFunc{"open": openFile})
	py.RegisterCoreModule("importlib", makeImportlib)
}

// openFile is open(file, mode='r', ...): an OSError, since the simulation has no file system.
func openFile(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline",
		"closefd", "opener"}, 1)
	if err != nil {
		return nil, err
	}
	name, err := t.Repr(a[0])
	if err != nil {
		return nil, err
	}
	return nil, py.Errorf(py.OSErrorType, "open(%s) cannot work in futurescope: %s; io.StringIO stands in for "+
		"a file, and print for the one you would write", name, "the simulation has no file system")
}

func makeImportlib(in *py.Interp) (*py.Module, error) {
	m := py.NewModule("importlib")
	m.SetAttr("import_module", py.NewBuiltin("import_module", func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("import_module", args, kw, []string{"name", "package"}, 1)
		if err != nil {
			return nil, err
		}
		s, ok := a[0].(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "import_module() argument 'name' must be str, not %s", a[0].Type().Name)
		}
		if len(s.S) > 0 && s.S[0] == '.' {
			return nil, py.Errorf(py.TypeErrorType, "the 'package' argument is required to perform a relative import for %s", pystr.Repr(s.S))
		}
		var m *py.Module
		for i := 0; i <= len(s.S); i++ {
			if i == len(s.S) || s.S[i] == '.' {
				if m, err = t.Import(s.S[:i]); err != nil {
					return nil, err
				}
			}
		}
		return m, nil
	}))
	return m, nil
}
