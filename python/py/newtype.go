package py

// NewExceptionType makes an exception class for a host module (for
// example concurrent.futures' CancelledError): instances are *Exception
// values, raised with NewException or Errorf.
func NewExceptionType(name, module string, base *Type) *Type {
	if base == nil {
		base = ExceptionType
	}
	t := mkType(name, base)
	t.Module = module
	return t
}

// GoProperty returns a read-only property computed by get, for NewType
// classes (a future's state, a thread's name).
func GoProperty(name string, get func(t *Thread, self Object) (Object, error)) *Property {
	return &Property{Get: NewBuiltin(name, func(t *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "%s: expected the instance", name)
		}
		return get(t, args[0])
	})}
}

// NewType makes a class implemented in Go for a host module (a future, a lock, a deque), deriving from
// base (object when nil). Its instances are Go values whose Type method returns it; scripts may
// subclass it. Methods go in with RegisterMethods or SetAttr, special methods included: the
// interpreter honours a NewType class's __repr__, __str__, __bool__, __len__, __eq__ and the other
// comparisons, __hash__, __iter__, __next__, __contains__ and __getitem__ as it honours a script's.
// Make it once (at init) and change it no more: several Interps may share it.
func NewType(name, module string, base *Type) *Type {
	if base == nil {
		base = ObjectType
	}
	t := &Type{Name: name, Module: module, Bases: []*Type{base}, Dict: map[string]Object{}}
	t.MRO = append([]*Type{t}, base.MRO...)
	return t
}

// overrides reports whether m, a special method found on a class, is code the interpreter must call
// (a script's function, a host class's Go method) rather than the slot of a type defined in this
// package, whose work the interpreter does itself.
func overrides(m Object) bool {
	md, ok := m.(*MethodDescr)
	return !ok || !md.Owner.builtin
}

// hostObj reports whether o's special methods are looked up on its class: an instance of a script's
// class or a value of a host's NewType class (not a built-in value, nor one of a subclass of a built-in
// type, whose overrides subDunder finds).
func hostObj(o Object) bool {
	if _, ok := o.(*Instance); ok {
		return true
	}
	return !o.Type().builtin && subOf(o) == nil
}
