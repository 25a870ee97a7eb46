package main

import (
	"fmt"
	"slices"
	"strings"
)

// A pkg is one package as `go list -deps -json` describes it.
type pkg struct {
	ImportPath string
	Standard   bool     // part of the standard library
	Imports    []string // direct imports, sorted
	DepOnly    bool     // listed only as a dependency of a matched package
	Error      *struct{ Err string }
}

// A graph holds the packages of one `go list -deps` run, by import path.
type graph map[string]*pkg

// std reports whether path is a standard library package. A path go list did not describe counts as
// standard when its first element has no dot, as the go command decides; "C" (cgo) never does.
func (g graph) std(path string) bool {
	if p, ok := g[path]; ok {
		return p.Standard
	}
	first, _, _ := strings.Cut(path, "/")
	return path != "C" && !strings.Contains(first, ".")
}

// roots returns the packages the pattern matched (the module's own), sorted.
func (g graph) roots() []string {
	var out []string
	for path, p := range g {
		if !p.DepOnly {
			out = append(out, path)
		}
	}
	slices.Sort(out)
	return out
}

// A rule limits what some of the module's packages may depend on, directly or not.
type rule struct {
	text    string                         // the rule, as DESIGN.md says it
	about   []string                       // module-relative packages it names, to report missing ones
	applies func(pkg string) bool          // the packages it limits
	forbids func(g graph, dep string) bool // what they may not depend on
	via     func(dep string) bool          // deps reached only through these are fine; nil for none
}

// rules returns DESIGN.md's dependency rules for the module mod. Earlier rules win: a package that
// breaks two rules with one import is reported once, under the first.
func rules(mod string) []rule {
	p := func(rel string) string { return mod + "/" + rel }
	std := func(g graph, dep string) bool { return g.std(dep) }
	ebiten := under("github.com/hajimehoshi/ebiten")
	goldmark := under("github.com/yuin/goldmark")
	return []rule{{
		text:    "sim imports only the standard library and sim/trace",
		about:   []string{"sim"},
		applies: is(p("sim")),
		forbids: not(anyOf(std, dep(is(p("sim/trace"))), dep(under(p("sim/internal"))))),
	}, {
		text:    "sim/trace is a leaf: standard library only",
		about:   []string{"sim/trace"},
		applies: under(p("sim/trace")),
		forbids: not(anyOf(std, dep(under(p("sim/trace"))))),
	}, {
		// internal/... holds the test helpers (golden files, finding CPython), themselves held to the
		// same rule by the walk through them.
		text:    "python/... imports only the standard library, python/... and internal/...: nothing of sim, render, lessons or any UI",
		about:   []string{"python/syntax", "python/compile", "python/py"},
		applies: under(p("python")),
		forbids: not(anyOf(std, dep(under(p("python"))), dep(under(p("internal"))))),
	}, {
		// It may also import render/words (standard library only), which says the simulator's own
		// messages (a deadlock's, a limit's) in the scene's language. (The text stays as
		// rules_test.go quotes it.)
		text:    "render/layout imports only the standard library, sim/trace and render/words",
		about:   []string{"render/layout"},
		applies: is(p("render/layout")),
		forbids: not(anyOf(std, dep(is(p("sim/trace"))), dep(is(p("render/words"))), dep(under(p("render/layout/internal"))))),
	}, {
		// The package itself, directly or not; lessons/check, which runs the lessons' scripts, may.
		text:    "lessons does not import sim",
		about:   []string{"lessons"},
		applies: is(p("lessons")),
		forbids: dep(is(p("sim"))),
	}, {
		text:    "cmd/futurescope is pure Go: it never imports ebiten",
		about:   []string{"cmd/futurescope"},
		applies: under(p("cmd/futurescope")),
		forbids: dep(ebiten),
	}, {
		text:    "cmd/wasm/runner, compare and draw, the browser's Web Workers, never import ebiten",
		about:   []string{"cmd/wasm/runner", "cmd/wasm/compare", "cmd/wasm/draw"},
		applies: anyPath(under(p("cmd/wasm/runner")), under(p("cmd/wasm/compare")), under(p("cmd/wasm/draw"))),
		forbids: dep(ebiten),
	}, {
		text:    "ebiten appears only in render/ebitenview, cmd/native and cmd/wasm",
		about:   []string{"render/ebitenview", "cmd/native", "cmd/wasm"},
		applies: notPath(anyPath(under(p("render/ebitenview")), under(p("cmd/native")), under(p("cmd/wasm")))),
		forbids: dep(ebiten),
	}, {
		text:    "lessons is the only goldmark importer",
		about:   []string{"lessons"},
		applies: notPath(under(p("lessons"))),
		forbids: dep(goldmark),
		via:     under(p("lessons")),
	}, {
		// The real run beside the simulation (issue 15): the recorder's reader and the comparison work
		// on traces only, so any front end can use them without the simulator or a UI.
		text:    "record and compare import only the standard library and sim/trace",
		about:   []string{"record", "compare"},
		applies: anyPath(is(p("record")), is(p("compare"))),
		forbids: not(anyOf(std, dep(is(p("sim/trace"))))),
	}, {
		// The Starlark dialect scripts once ran on is gone (issue 10): one Python, the project's own.
		text:    "scripts run on the project's own Python (python/...): nothing imports go.starlark.net",
		applies: func(string) bool { return true },
		forbids: dep(under("go.starlark.net")),
	}}
}

// A violation is one forbidden dependency of one package.
type violation struct {
	pkg, dep string
	chain    []string // pkg, the packages between, dep
	rule     string
}

// check returns the violations of rules in g, one per package and forbidden dependency, in rule order.
// It reports the first forbidden package on each import path, not what that package imports in turn.
func check(g graph, rules []rule) []violation {
	var out []violation
	seen := map[[2]string]bool{}
	for _, r := range rules {
		for _, root := range g.roots() {
			if !r.applies(root) {
				continue
			}
			for _, v := range r.violations(g, root) {
				if key := [2]string{v.pkg, v.dep}; !seen[key] {
					seen[key] = true
					out = append(out, v)
				}
			}
		}
	}
	return out
}

// violations walks root's imports breadth first, so each chain it reports is a shortest one.
func (r rule) violations(g graph, root string) []violation {
	parent := map[string]string{root: ""}
	queue := []string{root}
	var out []violation
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, imp := range g.imports(cur) {
			if _, ok := parent[imp]; ok {
				continue
			}
			parent[imp] = cur
			switch {
			case r.via != nil && r.via(imp):
			case r.forbids(g, imp):
				out = append(out, violation{pkg: root, dep: imp, chain: chain(parent, imp), rule: r.text})
			case !g.std(imp): // the standard library imports only itself
				queue = append(queue, imp)
			}
		}
	}
	return out
}

func (g graph) imports(path string) []string {
	if p, ok := g[path]; ok {
		return p.Imports
	}
	return nil
}

// chain follows parent links from dep back to the root and returns the path root first.
func chain(parent map[string]string, dep string) []string {
	var out []string
	for p := dep; p != ""; p = parent[p] {
		out = append(out, p)
	}
	slices.Reverse(out)
	return out
}

// missing returns the module-relative packages the rules name that g's module does not have, sorted.
func missing(mod string, gs []graph, rules []rule) []string {
	var out []string
	for _, r := range rules {
		for _, rel := range r.about {
			if !slices.Contains(out, rel) && !anyHas(gs, mod+"/"+rel) {
				out = append(out, rel)
			}
		}
	}
	slices.Sort(out)
	return out
}

func anyHas(gs []graph, path string) bool {
	for _, g := range gs {
		if p, ok := g[path]; ok && !p.DepOnly {
			return true
		}
	}
	return false
}

// format renders v as depscheck prints it, with import paths of mod's packages made module-relative.
func (v violation) format(mod string) string {
	return fmt.Sprintf("depscheck: %s imports %s (rule: %s)", rel(mod, v.pkg), rel(mod, v.dep), v.rule)
}

// via renders the import chain of an indirect violation, or "" for a direct one.
func (v violation) via(mod string) string {
	if len(v.chain) <= 2 {
		return ""
	}
	names := make([]string, len(v.chain))
	for i, p := range v.chain {
		names[i] = rel(mod, p)
	}
	return strings.Join(names, " -> ")
}

func rel(mod, path string) string {
	if r, ok := strings.CutPrefix(path, mod+"/"); ok {
		return r
	}
	return path
}

// Predicates over import paths, to write the rules as DESIGN.md says them.

func is(path string) func(string) bool { return func(p string) bool { return p == path } }

func under(path string) func(string) bool {
	return func(p string) bool { return p == path || strings.HasPrefix(p, path+"/") }
}

func anyPath(fs ...func(string) bool) func(string) bool {
	return func(p string) bool { return slices.ContainsFunc(fs, func(f func(string) bool) bool { return f(p) }) }
}

func notPath(f func(string) bool) func(string) bool { return func(p string) bool { return !f(p) } }

type depPred = func(graph, string) bool

func dep(f func(string) bool) depPred { return func(_ graph, p string) bool { return f(p) } }

func anyOf(fs ...depPred) depPred {
	return func(g graph, p string) bool {
		return slices.ContainsFunc(fs, func(f depPred) bool { return f(g, p) })
	}
}

func not(f depPred) depPred { return func(g graph, p string) bool { return !f(g, p) } }
