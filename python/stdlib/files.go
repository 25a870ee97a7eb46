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
			return nil, py.Errorf(py.AttributeErrorType, "'%s' object has no attribute 'startswith'", a[0].Type().Name)
		}
		level := 0
		for level < len(s.S) && s.S[level] == '.' {
			level++
		}
		pkg := ""
		if level > 0 {
			if truth, err := t.Truth(orNone(a[1])); err != nil || !truth {
				if err != nil {
					return nil, err
				}
				return nil, py.Errorf(py.TypeErrorType, "the 'package' argument is required to perform a relative import for %s", pystr.Repr(s.S))
			}
			p, ok := a[1].(*py.Str)
			if !ok {
				return nil, py.Errorf(py.TypeErrorType, "__package__ not set to a string")
			}
			pkg = p.S
		}
		m, err := t.ImportModule(s.S[level:], pkg, level)
		if err != nil {
			return nil, err
		}
		return m, nil
	}))
	return m, nil
}

// orNone is o, or None for an argument not given.
func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}
