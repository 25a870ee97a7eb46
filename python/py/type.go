package py

import "sort"

// Type is a Python class: a built-in type defined in Go or a class a script
// defines. Attributes live in Dict (insertion order in Keys); MRO is the C3
// linearization of Bases.
type Type struct {
	Name   string
	Module string
	Bases  []*Type
	MRO    []*Type
	Dict   map[string]Object
	Keys   []string
	// Meta is the metaclass (nil means type).
	Meta *Type
	// Doc is __doc__.
	Doc string
	// Qual is __qualname__ (Name when empty).
	Qual string

	// New creates an instance (the type's __new__ in Go); inherited.
	New func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error)
	// Init initializes a built-in instance (__init__ in Go); inherited.
	Init func(t *Thread, self Object, args []Object, kwnames []string) error
	// HostKeeps marks a class the host defines, whose Go constructor and methods may keep what they
	// are given: those objects are kept (Interp.Keep), and the class's Go objects and instances' host
	// values are taken to hold nothing else (finalize.go).
	HostKeeps bool
	// Transparent marks a class defined in Go whose constructor and methods, while they run Python
	// code, hold only their arguments, what the instance's Traverse reports and what they Hold
	// (Thread.Hold): a proof made while one runs sees through it (finalize_retry.go).
	Transparent bool
	// builtin reports a type defined in Go (its dict is frozen after init).
	builtin bool
	// final types cannot be subclassed.
	final bool
	// hasSlots records dunder overrides found in the MRO, for fast checks.
	userDunders bool
	// cache memoizes Lookup for classes defined by scripts (nil for
	// built-in types, which several Interps may share); subclasses lets
	// SetAttr invalidate the caches of derived classes.
	cache      map[string]Object
	subclasses []*Type
	// version changes whenever the class or a base changes (inline caches).
	version uint32
	// noDict marks classes whose instances have no __dict__ (__slots__,
	// object itself); slots lists the attribute names __slots__ allows.
	noDict bool
	slots  []string
}

// slotAllowed reports whether instances of t may have attribute name.
func (t *Type) slotAllowed(name string) bool {
	if !t.noDict {
		return true
	}
	for _, c := range t.MRO {
		for _, s := range c.slots {
			if s == name {
				return true
			}
		}
	}
	return false
}

// Type returns the metaclass.
func (t *Type) Type() *Type {
	if t.Meta != nil {
		return t.Meta
	}
	return TypeType
}

// SetAttr sets a class attribute (keeping insertion order).
func (t *Type) SetAttr(name string, v Object) {
	t.invalidate()
	if _, ok := t.Dict[name]; !ok {
		t.Keys = append(t.Keys, name)
	}
	t.Dict[name] = v
	if len(name) > 4 && name[0] == '_' && name[1] == '_' {
		t.userDunders = true
	}
}

// DelAttr removes a class attribute; it reports whether it existed.
func (t *Type) DelAttr(name string) bool {
	if _, ok := t.Dict[name]; !ok {
		return false
	}
	t.invalidate()
	delete(t.Dict, name)
	for i, k := range t.Keys {
		if k == name {
			t.Keys = append(t.Keys[:i:i], t.Keys[i+1:]...)
			break
		}
	}
	return true
}

// Lookup finds name along the MRO, or returns nil.
func (t *Type) Lookup(name string) Object {
	if t.cache != nil {
		if v, ok := t.cache[name]; ok {
			return v
		}
		v := t.lookupMRO(name)
		t.cache[name] = v
		return v
	}
	return t.lookupMRO(name)
}

func (t *Type) lookupMRO(name string) Object {
	for _, c := range t.MRO {
		if v, ok := c.Dict[name]; ok {
			return v
		}
	}
	return nil
}

// invalidate drops the lookup caches of t and the classes derived from it.
func (t *Type) invalidate() {
	if t.cache == nil {
		return
	}
	t.version++
	clear(t.cache)
	for _, s := range t.subclasses {
		s.invalidate()
	}
}

// IsSubtype reports whether t is base or derives from it.
func (t *Type) IsSubtype(base *Type) bool {
	if t == base {
		return true
	}
	for _, c := range t.MRO {
		if c == base {
			return true
		}
	}
	return false
}

// QualName returns the module-qualified name used in reprs and errors.
func (t *Type) QualName() string {
	q := t.Qual
	if q == "" {
		q = t.Name
	}
	if t.Module == "" || t.Module == "builtins" {
		return q
	}
	return t.Module + "." + q
}

// mkType makes a type defined in Go; bases must be given (object has none).
func mkType(name string, bases ...*Type) *Type {
	t := &Type{Name: name, Module: "builtins", Dict: map[string]Object{}, builtin: true, Bases: bases}
	mro, err := c3(t)
	if err != nil {
		panic(err)
	}
	t.MRO = mro
	return t
}

// newSlot returns the nearest Go __new__ along the MRO.
func (t *Type) newSlot() func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	for _, c := range t.MRO {
		if c.New != nil {
			return c.New
		}
	}
	return nil
}

// initSlot returns the nearest Go __init__ along the MRO.
func (t *Type) initSlot() func(t *Thread, self Object, args []Object, kwnames []string) error {
	for _, c := range t.MRO {
		if c.Init != nil {
			return c.Init
		}
	}
	return nil
}

// c3 computes the method resolution order of t from its bases.
func c3(t *Type) ([]*Type, error) {
	if len(t.Bases) == 0 {
		return []*Type{t}, nil
	}
	var seqs [][]*Type
	for _, b := range t.Bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), t.Bases...))
	out := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			names := ""
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					if names != "" {
						names += ", "
					}
					names += s[0].Name
				}
			}
			return nil, mroError("Cannot create a consistent method resolution order (MRO) for bases " + names)
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// MethodFunc implements a method of a built-in type; self is the receiver.
type MethodFunc func(t *Thread, self Object, args []Object, kwnames []string) (Object, error)

// RegisterMethods adds methods to a built-in type's dict. Call it from an
// init function of a lib_*.go file, e.g.
//
//	func init() {
//		RegisterMethods(StrType, map[string]MethodFunc{"upper": strUpper})
//	}
//
// A method receives the receiver as self and the call's arguments as
// positional values followed by keyword values named by kwnames (use
// UnpackArgs). Registering a name twice replaces the earlier method.
func RegisterMethods(t *Type, methods map[string]MethodFunc) {
	names := make([]string, 0, len(methods))
	for n := range methods {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t.SetAttr(n, &MethodDescr{Name: n, Owner: t, Fn: methods[n]})
	}
}

// RegisterBuiltins adds functions to the builtins module every Interp starts
// with. Call it from an init function; registering a name twice replaces it.
func RegisterBuiltins(fns map[string]BuiltinFunc) {
	names := make([]string, 0, len(fns))
	for n := range fns {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		registeredBuiltins = append(registeredBuiltins, namedObject{n, &Builtin{Name: n, Fn: fns[n]}})
	}
}

// RegisterBuiltinValue adds a value (a type, a constant) to the builtins
// every Interp starts with. Call it from an init function.
func RegisterBuiltinValue(name string, v Object) {
	registeredBuiltins = append(registeredBuiltins, namedObject{name, v})
}

type namedObject struct {
	name string
	v    Object
}

// registeredBuiltins is filled by init functions only, then read-only.
var registeredBuiltins []namedObject

// mroError reports bases without a consistent MRO (a TypeError in Python).
type mroError string

func (e mroError) Error() string { return string(e) }
