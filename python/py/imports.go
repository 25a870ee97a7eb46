package py

// importName implements the import statement's IMPORT_NAME: registered host and core modules only
// (there is no file system), relative names resolved against the frame's globals (import_level.go).
func (t *Thread) importName(f *Frame, name string, fromlist, level Object) (Object, error) {
	lv, err := t.ToInt64(level)
	if err != nil {
		return nil, err
	}
	return t.importLevel(f.globals, name, fromlist, lv)
}

// Import returns the module registered as name, creating it on first use.
func (t *Thread) Import(name string) (*Module, error) {
	in := t.Interp
	if m, ok := in.Modules[name]; ok {
		return m, nil
	}
	mk, ok := in.hostModules[name]
	if !ok {
		e := Errorf(ModuleNotFoundErrorType, "No module named '%s'", name)
		e.SetAttr("name", NewStr(name))
		return nil, e
	}
	m, err := mk(in)
	if err != nil {
		return nil, err
	}
	in.addModule(name, m)
	if i := lastDot(name); i >= 0 {
		if parent, ok := in.Modules[name[:i]]; ok {
			parent.Dict.SetStr(name[i+1:], m)
		}
	}
	return m, nil
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

func (t *Thread) importFrom(mod Object, name string) (Object, error) {
	v, err := t.GetAttrString(mod, name)
	if err == nil {
		return v, nil
	}
	if e, ok := err.(*Exception); ok && !e.Matches(AttributeErrorType) {
		return nil, err // as CPython: only a missing attribute tries a submodule
	}
	if m, ok := mod.(*Module); ok {
		if sub, err := t.Import(m.Name + "." + name); err == nil {
			return sub, nil
		}
		if v, ok := m.newer[name]; ok {
			return nil, Errorf(ImportErrorType, "cannot import name '%s' from '%s'%s", name, m.Name, newerHint(v))
		}
		return nil, Errorf(ImportErrorType, "cannot import name '%s' from '%s' (unknown location)", name, m.Name)
	}
	return nil, err
}

// AddNewer records that a later Python's module has name (version says
// which, "3.14"): getting it, or importing it from the module, fails as in
// CPython 3.13 with a message that names the version it needs.
func (m *Module) AddNewer(name, version string) {
	if m.newer == nil {
		m.newer = map[string]string{}
	}
	m.newer[name] = version
}

func newerHint(version string) string {
	return " (it is new in Python " + version + "; futurescope runs Python 3.13)"
}

func (t *Thread) importStar(f *Frame, mod Object) error {
	m, ok := mod.(*Module)
	if !ok {
		return nil
	}
	if all, ok := m.Dict.GetStr("__all__"); ok {
		return t.Iterate(all, func(n Object) (bool, error) {
			v, err := t.GetAttr(m, n.(*Str))
			if err != nil {
				return false, err
			}
			return true, f.locals.Set(t, n, v)
		})
	}
	for _, kv := range m.Dict.Items() {
		if k, ok := kv[0].(*Str); ok && (len(k.S) == 0 || k.S[0] != '_') {
			f.locals.Set(t, k, kv[1])
		}
	}
	return nil
}
