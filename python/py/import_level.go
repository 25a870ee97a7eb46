package py

import "strings"

// What the import statement and __import__ share, as CPython's PyImport_ImportModuleLevelObject
// and importlib._bootstrap: a relative name resolved against the importer's globals, each dotted
// part imported in turn, the module returned (the top package without a fromlist), and a
// package's fromlist names imported as its submodules when they are not its attributes.

// importLevel imports name at level (0: absolute) for code whose globals are globals, and returns
// what `__import__(name, globals, None, fromlist, level)` returns. fromlist nil is an empty one.
func (t *Thread) importLevel(globals Object, name string, fromlist Object, level int64) (Object, error) {
	if level < 0 {
		return nil, Errorf(ValueErrorType, "level must be >= 0")
	}
	abs := name
	if level > 0 {
		pkg, err := t.importPackage(globals)
		if err != nil {
			return nil, err
		}
		if abs, err = relativeName(pkg, name, level); err != nil {
			return nil, err
		}
	}
	mod, err := t.importDotted(abs)
	if err != nil {
		return nil, err
	}
	hasFrom := false
	if fromlist != nil && fromlist != None {
		if hasFrom, err = t.Truth(fromlist); err != nil {
			return nil, err
		}
	}
	if !hasFrom {
		if level == 0 {
			return t.Interp.Modules[strings.SplitN(name, ".", 2)[0]], nil
		}
		if name == "" {
			return mod, nil
		}
		cut := len(name) - len(strings.SplitN(name, ".", 2)[0])
		return t.Interp.Modules[mod.Name[:len(mod.Name)-cut]], nil
	}
	if t.Interp.isPackage(mod.Name) {
		if err := t.handleFromlist(mod, fromlist, false); err != nil {
			return nil, err
		}
	}
	return mod, nil
}

// importDotted imports a.b.c as a, then a.b, then a.b.c, and returns a.b.c.
func (t *Thread) importDotted(name string) (*Module, error) {
	var m *Module
	for i := 0; ; {
		j := strings.IndexByte(name[i:], '.')
		if j < 0 {
			j = len(name)
		} else {
			j += i
		}
		path := name[:j]
		if i == 0 && path == "" {
			return nil, Errorf(ValueErrorType, "Empty module name")
		}
		if i > 0 && !t.Interp.isPackage(name[:i-1]) && !t.Interp.hasModule(path) {
			e := Errorf(ModuleNotFoundErrorType, "No module named '%s'; '%s' is not a package", path, name[:i-1])
			e.SetAttr("name", NewStr(path))
			return nil, e
		}
		var err error
		if m, err = t.Import(path); err != nil {
			return nil, err
		}
		if j == len(name) {
			return m, nil
		}
		i = j + 1
	}
}

// importPackage is the package a relative import starts from: the globals' __package__, else the
// package of their __name__ (itself when they have __path__), as CPython's resolve_name finds it.
// CPython's ImportWarning when it falls back on __name__ is ignored by default, as here.
func (t *Thread) importPackage(globals Object) (string, error) {
	if globals == nil || globals == None {
		return "", Errorf(KeyErrorType, "'__name__' not in globals")
	}
	g, ok := globals.(*Dict)
	if !ok {
		return "", Errorf(TypeErrorType, "globals must be a dict")
	}
	if p, ok := g.GetStr("__package__"); ok && p != None {
		s, ok := p.(*Str)
		if !ok {
			return "", Errorf(TypeErrorType, "package must be a string")
		}
		return s.S, nil
	}
	n, ok := g.GetStr("__name__")
	if !ok {
		return "", Errorf(KeyErrorType, "'__name__' not in globals")
	}
	s, ok := n.(*Str)
	if !ok {
		return "", Errorf(TypeErrorType, "__name__ must be a string")
	}
	if _, ok := g.GetStr("__path__"); ok {
		return s.S, nil
	}
	i := strings.LastIndexByte(s.S, '.')
	if i < 0 {
		return "", nil
	}
	return s.S[:i], nil
}

// relativeName resolves name, level dots up from package pkg.
func relativeName(pkg, name string, level int64) (string, error) {
	if pkg == "" {
		return "", Errorf(ImportErrorType, "attempted relative import with no known parent package")
	}
	base := pkg
	for ; level > 1; level-- {
		i := strings.LastIndexByte(base, '.')
		if i < 0 {
			return "", Errorf(ImportErrorType, "attempted relative import beyond top-level package")
		}
		base = base[:i]
	}
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// handleFromlist imports the names of fromlist that package mod lacks as its submodules; a
// submodule that does not exist is no error here (the import statement's IMPORT_FROM reports it).
// "*" stands for the package's __all__. A tuple or list (the import statement's fromlist) is read
// without the per-item tick of an iteration, so a statement's import costs the simulator's
// threads no instructions of Python.
func (t *Thread) handleFromlist(mod *Module, fromlist Object, inAll bool) error {
	var items []Object
	switch l := fromlist.(type) {
	case *Tuple:
		items = l.V
	case *List:
		items = l.V
	default:
		return t.Iterate(fromlist, func(x Object) (bool, error) {
			err := t.fromlistItem(mod, x, inAll)
			return err == nil, err
		})
	}
	for _, x := range items {
		if err := t.fromlistItem(mod, x, inAll); err != nil {
			return err
		}
	}
	return nil
}

// fromlistItem imports x, one name of a fromlist, as a submodule of mod if mod lacks it.
func (t *Thread) fromlistItem(mod *Module, x Object, inAll bool) error {
	s, ok := x.(*Str)
	if !ok {
		if inAll {
			return Errorf(TypeErrorType, "Item in %s.__all__ must be str, not %s", mod.Name, x.Type().Name)
		}
		return Errorf(TypeErrorType, "Item in ``from list'' must be str, not %s", x.Type().Name)
	}
	if s.S == "*" {
		if all, ok := mod.Dict.GetStr("__all__"); ok && !inAll {
			return t.handleFromlist(mod, all, true)
		}
		return nil
	}
	if _, ok := mod.Dict.GetStr(s.S); ok {
		return nil
	}
	sub := mod.Name + "." + s.S
	if _, err := t.importDotted(sub); err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(ModuleNotFoundErrorType) {
			if n, ok := e.Attr("name").(*Str); ok && n.S == sub {
				return nil
			}
		}
		return err
	}
	return nil
}

// hasModule reports whether name is imported or can be.
func (in *Interp) hasModule(name string) bool {
	if _, ok := in.Modules[name]; ok {
		return true
	}
	_, ok := in.hostModules[name]
	return ok
}

// isPackage reports whether module name is a package, one that can have submodules: one of
// CPython's standard library packages, or one with a submodule registered here (but os).
func (in *Interp) isPackage(name string) bool {
	if stdlibPackage(name) {
		return true
	}
	if name == "os" {
		return false // os.path is a module os puts in sys.modules, not a submodule
	}
	prefix := name + "."
	for n := range in.hostModules {
		if strings.HasPrefix(n, prefix) {
			return true
		}
	}
	return false
}

// stdlibPackage reports whether name is one of CPython 3.13's standard library packages a script
// may name (the others futurescope registers with their submodules are found by them).
func stdlibPackage(name string) bool {
	switch name {
	case "asyncio", "collections", "concurrent", "ctypes", "curses", "dbm", "email", "encodings",
		"html", "http", "importlib", "json", "logging", "multiprocessing", "re", "sqlite3", "tkinter",
		"tomllib", "unittest", "urllib", "venv", "wsgiref", "xml", "xmlrpc", "zoneinfo":
		return true
	}
	return false
}

// ImportModule imports name as importlib.import_module does once it has counted name's leading
// dots: level > 0 resolves it that many levels up from package pkg. It returns the module itself,
// not its top package.
func (t *Thread) ImportModule(name, pkg string, level int) (*Module, error) {
	abs := name
	if level > 0 {
		var err error
		if abs, err = relativeName(pkg, name, int64(level)); err != nil {
			return nil, err
		}
	}
	return t.importDotted(abs)
}
