package stdlib

import (
	"maps"
	"slices"

	"github.com/futurescope/futurescope/python/py"
)

// goType makes a class implemented in Go, deriving from object, for a
// module of this package. Its instances are Go values whose Type method
// returns it; scripts may subclass it. It is made at init and never
// changed afterwards, so every Interp can share it.
func goType(name, module string) *py.Type {
	t := &py.Type{Name: name, Module: module, Dict: map[string]py.Object{}, Bases: []*py.Type{py.ObjectType}}
	t.MRO = []*py.Type{t, py.ObjectType}
	return t
}

// attrName is an attribute name made once (its hash computed at init, so
// Interps running at once only read it), for the hot attribute lookups of
// the Go call paths.
func attrName(s string) *py.Str {
	n := py.NewStr(s)
	n.Hash()
	n.Len()
	return n
}

// Attribute names the Go call paths read on every call.
var (
	nameQ        = attrName("_q")
	nameFunc     = attrName("func")
	nameArgs     = attrName("args")
	nameKeywords = attrName("keywords")
)

// sortedNames returns a map's keys in order, so that modules fill their
// namespaces the same way on every run.
func sortedNames[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }
