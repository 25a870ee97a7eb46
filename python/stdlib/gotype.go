package stdlib

import "github.com/futurescope/futurescope/python/py"

// goType makes a class implemented in Go, deriving from object, for a
// module of this package. Its instances are Go values whose Type method
// returns it; scripts may subclass it. It is made at init and never
// changed afterwards, so every Interp can share it.
func goType(name, module string) *py.Type {
	t := &py.Type{Name: name, Module: module, Dict: map[string]py.Object{}, Bases: []*py.Type{py.ObjectType}}
	t.MRO = []*py.Type{t, py.ObjectType}
	return t
}
