package script

import (
	"fmt"
	"slices"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
	"go.starlark.net/syntax"
)

// Modules maps the name of each module a script may import ("time",
// "concurrent.futures") to its value. A dotted name makes its parents
// importable too: with "concurrent.futures" in the table, "import
// concurrent.futures" binds concurrent, a package whose attribute futures
// is the module.
type Modules map[string]*starlarkstruct.Module

// importer is the __import__ builtin for one module table. It is immutable
// once built, so threads may share it.
type importer struct {
	mods map[string]*starlarkstruct.Module // modules and the packages above them
}

var _ starlark.Callable = (*importer)(nil)

// newImporter returns the importer for mods, with every package above a
// dotted module name built in.
func newImporter(mods Modules) *importer {
	imp := &importer{mods: map[string]*starlarkstruct.Module{}}
	names := make([]string, 0, len(mods))
	for name := range mods {
		names = append(names, name)
	}
	// Deepest first, so that a package's submodules are complete before it
	// is added to its own parent.
	slices.SortFunc(names, func(a, b string) int { return strings.Count(b, ".") - strings.Count(a, ".") })
	for _, name := range names {
		m := imp.module(name)
		m.Members = copyMembers(mods[name].Members, m.Members)
	}
	return imp
}

// module returns the module or package name, creating it (and its parents)
// if needed.
func (imp *importer) module(name string) *starlarkstruct.Module {
	if m, ok := imp.mods[name]; ok {
		return m
	}
	m := &starlarkstruct.Module{Name: name, Members: starlark.StringDict{}}
	imp.mods[name] = m
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		imp.module(name[:i]).Members[name[i+1:]] = &pyModule{m}
	}
	return m
}

// A pyModule is a module as scripts see it: a missing attribute is Python's AttributeError, which
// names the module.
type pyModule struct{ *starlarkstruct.Module }

// Attr returns the member name.
func (m *pyModule) Attr(name string) (starlark.Value, error) {
	if v := m.Members[name]; v != nil {
		return v, nil
	}
	return nil, starlark.NoSuchAttrError(fmt.Sprintf("module '%s' has no attribute '%s'", m.Name, name))
}

// copyMembers returns the members of a host module merged with the
// submodules already recorded for it.
func copyMembers(host, sub starlark.StringDict) starlark.StringDict {
	out := make(starlark.StringDict, len(host)+len(sub))
	for k, v := range host {
		out[k] = v
	}
	for k, v := range sub {
		out[k] = v
	}
	return out
}

// missing returns the first prefix of the dotted name that is not a module,
// or "".
func (imp *importer) missing(name string) string {
	for i := 0; i <= len(name); i++ {
		if i == len(name) || name[i] == '.' {
			if imp == nil || imp.mods[name[:i]] == nil {
				return name[:i]
			}
		}
	}
	return ""
}

// attr returns the attribute name of module, which exists.
func (imp *importer) attr(module, name string) (starlark.Value, bool) {
	v, ok := imp.mods[module].Members[name]
	return v, ok
}

// publicNames returns the names "from module import *" binds: the members
// whose names do not start with an underscore, sorted.
func (imp *importer) publicNames(module string) []string {
	var names []string
	for name := range imp.mods[module].Members {
		if !strings.HasPrefix(name, "_") {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// CallInternal implements __import__. __import__(name) returns the top
// package of the dotted module name, as Python's does; __import__(name, a,
// b, …) returns the tuple of the attributes a, b, … of the module.
func (imp *importer) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 || len(kwargs) > 0 {
		return nil, typeErr("__import__() takes a module name and attribute names")
	}
	name, ok := starlark.AsString(args[0])
	if !ok {
		return nil, typeErr("__import__() argument 1 must be str, not %s", pyTypeName(args[0]))
	}
	if m := imp.missing(name); m != "" {
		return nil, pyErr(ModuleNotFound, "No module named %s", Repr(starlark.String(m)))
	}
	if len(args) == 1 {
		top, _, _ := strings.Cut(name, ".")
		return &pyModule{imp.mods[top]}, nil
	}
	out := make(starlark.Tuple, 0, len(args)-1)
	for _, a := range args[1:] {
		attr, ok := starlark.AsString(a)
		v, found := imp.attr(name, attr)
		if !ok || !found {
			return nil, pyErr(ImportError, "cannot import name %s from %s (unknown location)", Repr(a), Repr(starlark.String(name)))
		}
		out = append(out, v)
	}
	return out, nil
}

// The remaining methods make the importer a starlark.Callable.

func (imp *importer) Name() string          { return importFunc }
func (imp *importer) String() string        { return "<built-in function __import__>" }
func (imp *importer) Type() string          { return "builtin_function_or_method" }
func (imp *importer) Freeze()               {}
func (imp *importer) Truth() starlark.Bool  { return true }
func (imp *importer) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable: %s", imp.Type()) }

// imports returns the assignments that replace an import statement. Every
// name is checked against the module table now, so a wrong import is a
// compile error at the name's own position.
func (r *rewriter) imports(p *importPatch) []syntax.Stmt {
	var out []syntax.Stmt
	for _, c := range p.clauses {
		at := r.pos(c.at)
		if c.module == "__future__" && c.names != nil {
			continue // from __future__ import annotations: nothing to do
		}
		if m := r.imp.missing(c.module); m != "" {
			r.fail(errorAt(at, "no module named '%s'", m))
			return nil
		}
		switch {
		case c.alias != nil && strings.Contains(c.module, "."):
			i := strings.LastIndexByte(c.module, '.')
			lhs := &syntax.TupleExpr{List: []syntax.Expr{ident(r.pos(c.alias.bindAt), c.alias.alias)}}
			out = append(out, assign(at, lhs, callNode(at, importFunc, strLit(at, c.module[:i]), strLit(at, c.module[i+1:]))))
		case c.alias != nil:
			out = append(out, assign(at, ident(r.pos(c.alias.bindAt), c.alias.alias), callNode(at, importFunc, strLit(at, c.module))))
		case c.names == nil && !c.star:
			top, _, _ := strings.Cut(c.module, ".")
			out = append(out, assign(at, ident(at, top), callNode(at, importFunc, strLit(at, c.module))))
		default:
			out = append(out, r.fromImport(at, c)...)
		}
	}
	return out
}

// fromImport returns "a, b = __import__(module, "a", "b")" for
// "from module import a, b" (or "*").
func (r *rewriter) fromImport(at syntax.Position, c importClause) []syntax.Stmt {
	names := c.names
	if c.star {
		for _, name := range r.imp.publicNames(c.module) {
			names = append(names, importName{name: name, alias: name, at: c.at, bindAt: c.at})
		}
		if len(names) == 0 {
			return nil
		}
	}
	lhs := &syntax.TupleExpr{}
	args := []syntax.Expr{strLit(at, c.module)}
	for _, n := range names {
		if _, ok := r.imp.attr(c.module, n.name); !ok {
			r.fail(errorAt(r.pos(n.at), "cannot import name '%s' from '%s'", n.name, c.module))
			return nil
		}
		lhs.List = append(lhs.List, ident(r.pos(n.bindAt), n.alias))
		args = append(args, strLit(r.pos(n.at), n.name))
	}
	return []syntax.Stmt{assign(at, lhs, callNode(at, importFunc, args...))}
}
