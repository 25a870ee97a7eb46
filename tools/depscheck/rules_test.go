package main

import (
	"slices"
	"strings"
	"testing"
)

const mod = "example.com/fs"

// fake builds a graph from lines "PKG: IMPORT IMPORT ...". A leading "~/" stands for the module path;
// module packages are the roots, the rest are dependencies. A path whose first element has no dot is
// standard library.
func fake(lines ...string) graph {
	g := graph{}
	expand := func(p string) string { return strings.Replace(p, "~/", mod+"/", 1) }
	for _, line := range lines {
		path, imports, _ := strings.Cut(line, ":")
		p := &pkg{ImportPath: expand(path), DepOnly: !strings.HasPrefix(path, "~/")}
		for _, imp := range strings.Fields(imports) {
			p.Imports = append(p.Imports, expand(imp))
		}
		slices.Sort(p.Imports)
		g[p.ImportPath] = p
	}
	for path, p := range g {
		p.Standard = graph{}.std(path)
	}
	return g
}

func TestCheck(t *testing.T) {
	const (
		simRule      = "(rule: sim imports only the standard library and sim/trace)"
		traceRule    = "(rule: sim/trace is a leaf: standard library only)"
		pythonRule   = "(rule: python/... imports only the standard library, python/... and internal/...: nothing of sim, render, lessons or any UI)"
		layoutRule   = "(rule: render/layout imports only the standard library, sim/trace and render/words)"
		lessonsRule  = "(rule: lessons does not import sim)"
		cliRule      = "(rule: cmd/futurescope is pure Go: it never imports ebiten)"
		runnerRule   = "(rule: cmd/wasm/runner, compare and draw, the browser's Web Workers, never import ebiten)"
		ebitenRule   = "(rule: ebiten appears only in render/ebitenview, cmd/native and cmd/wasm)"
		goldmarkRule = "(rule: lessons is the only goldmark importer)"
		starRule     = "(rule: scripts run on the project's own Python (python/...): nothing imports go.starlark.net)"
	)
	const (
		ebiten   = "github.com/hajimehoshi/ebiten/v2"
		goldmark = "github.com/yuin/goldmark"
		star     = "go.starlark.net/starlark"
	)
	tests := []struct {
		name  string
		graph graph
		want  []string // violations, formatted; an indented line is the via line of the one before
	}{{
		name: "the designed layout",
		graph: fake(
			"~/sim: context fmt ~/sim/trace ~/sim/internal/heap",
			"~/sim/internal/heap: container/heap",
			"~/sim/trace: encoding/json strings",
			"~/sim/script: ~/sim ~/sim/trace ~/python/py",
			"~/render/layout: math ~/sim/trace",
			"~/render/svg: ~/render/layout",
			"~/render/ebitenview: ~/render/layout "+ebiten,
			ebiten+": github.com/hajimehoshi/ebiten/v2/internal/ui",
			"~/lessons: embed ~/sim/trace "+goldmark,
			goldmark+": github.com/yuin/goldmark/parser",
			"~/cmd/futurescope: ~/lessons ~/sim/script ~/render/svg",
			"~/cmd/native: ~/lessons ~/sim/script ~/render/ebitenview",
			"~/cmd/wasm: syscall/js ~/lessons ~/sim/script ~/render/ebitenview",
			"~/tools/depscheck: encoding/json os/exec",
			"~/python/syntax: math/big strings",
			"~/python/compile: ~/python/syntax",
			"~/python/py: io ~/python/compile ~/python/format",
			"~/python/format: math/big strconv",
		),
	}, {
		name: "the interpreter's tests use a helper of internal that imports the trace",
		graph: fake(
			"~/python/difftest: ~/python/py ~/internal/golden",
			"~/python/py: io",
			"~/internal/golden: os ~/sim/trace",
			"~/sim/trace: strings",
		),
		want: []string{
			"depscheck: python/difftest imports sim/trace " + pythonRule,
			"\tvia python/difftest -> internal/golden -> sim/trace",
		},
	}, {
		name: "the interpreter imports the simulator and starlark",
		graph: fake(
			"~/python/py: io ~/python/syntax ~/sim",
			"~/python/syntax: strings "+star,
			"~/sim: fmt ~/sim/trace",
			"~/sim/trace: strings",
			star+": go.starlark.net/syntax",
		),
		want: []string{
			"depscheck: python/py imports sim " + pythonRule,
			"depscheck: python/py imports " + star + " " + pythonRule,
			"\tvia python/py -> python/syntax -> " + star,
			"depscheck: python/syntax imports " + star + " " + pythonRule,
		},
	}, {
		name:  "nothing but the simulator yet",
		graph: fake("~/sim: fmt ~/sim/trace", "~/sim/trace: strings"),
	}, {
		name: "sim imports starlark",
		graph: fake(
			"~/sim: fmt ~/sim/trace "+star,
			"~/sim/trace: strings",
			star+": go.starlark.net/syntax",
		),
		want: []string{"depscheck: sim imports go.starlark.net/starlark " + simRule},
	}, {
		name: "the Starlark dialect comes back",
		graph: fake(
			"~/cmd/native: ~/sim/dialect ~/sim/script",
			"~/sim/dialect: ~/sim "+star,
			"~/sim/script: ~/sim ~/python/py",
			"~/sim: fmt",
			star+": go.starlark.net/syntax",
		),
		want: []string{
			"depscheck: cmd/native imports " + star + " " + starRule,
			"\tvia cmd/native -> sim/dialect -> " + star,
			"depscheck: sim/dialect imports " + star + " " + starRule,
		},
	}, {
		name:  "sim uses cgo",
		graph: fake("~/sim: C fmt"),
		want:  []string{"depscheck: sim imports C " + simRule},
	}, {
		name: "sim imports the script front end, which imports sim/trace",
		graph: fake(
			"~/sim: ~/sim/script",
			"~/sim/script: ~/sim/trace ~/python/py",
			"~/sim/trace: strings",
		),
		want: []string{"depscheck: sim imports sim/script " + simRule},
	}, {
		name: "sim reaches goldmark through an internal package",
		graph: fake(
			"~/sim: ~/sim/internal/doc",
			"~/sim/internal/doc: "+goldmark,
		),
		want: []string{
			"depscheck: sim imports github.com/yuin/goldmark " + simRule,
			"\tvia sim -> sim/internal/doc -> github.com/yuin/goldmark",
			"depscheck: sim/internal/doc imports github.com/yuin/goldmark " + goldmarkRule,
		},
	}, {
		name:  "sim/trace imports sim",
		graph: fake("~/sim: ~/sim/trace", "~/sim/trace: ~/sim"),
		want:  []string{"depscheck: sim/trace imports sim " + traceRule},
	}, {
		name:  "a package under sim/trace imports a third-party encoder",
		graph: fake("~/sim/trace: ~/sim/trace/chrome", "~/sim/trace/chrome: github.com/x/json"),
		want: []string{
			"depscheck: sim/trace imports github.com/x/json " + traceRule,
			"\tvia sim/trace -> sim/trace/chrome -> github.com/x/json",
			"depscheck: sim/trace/chrome imports github.com/x/json " + traceRule,
		},
	}, {
		name: "render/layout imports sim and ebiten",
		graph: fake(
			"~/render/layout: ~/sim ~/sim/trace "+ebiten,
			"~/sim: ~/sim/trace",
		),
		want: []string{
			"depscheck: render/layout imports sim " + layoutRule,
			"depscheck: render/layout imports github.com/hajimehoshi/ebiten/v2 " + layoutRule,
		},
	}, {
		name: "the browser's simulator draws the timeline itself",
		graph: fake(
			"~/cmd/wasm/runner: syscall/js ~/sim/script ~/render/ebitenview",
			"~/render/ebitenview: "+ebiten,
			"~/cmd/wasm: ~/render/ebitenview",
		),
		want: []string{
			"depscheck: cmd/wasm/runner imports github.com/hajimehoshi/ebiten/v2 " + runnerRule,
			"\tvia cmd/wasm/runner -> render/ebitenview -> github.com/hajimehoshi/ebiten/v2",
		},
	}, {
		name: "lessons runs scripts",
		graph: fake(
			"~/lessons: "+goldmark+" ~/sim/script",
			"~/sim/script: ~/sim",
		),
		want: []string{
			"depscheck: lessons imports sim " + lessonsRule,
			"\tvia lessons -> sim/script -> sim",
		},
	}, {
		name: "lessons/check runs the lessons' scripts",
		graph: fake(
			"~/lessons/check: ~/lessons ~/sim/script ~/sim",
			"~/lessons: "+goldmark,
			"~/sim/script: ~/sim",
		),
	}, {
		name: "the command line reaches ebiten",
		graph: fake(
			"~/cmd/futurescope: ~/render/ebitenview",
			"~/render/ebitenview: "+ebiten,
		),
		want: []string{
			"depscheck: cmd/futurescope imports github.com/hajimehoshi/ebiten/v2 " + cliRule,
			"\tvia cmd/futurescope -> render/ebitenview -> github.com/hajimehoshi/ebiten/v2",
		},
	}, {
		name: "ebiten outside the three packages that may have it",
		graph: fake(
			"~/render/svg: github.com/hajimehoshi/ebiten/v2/vector",
			"~/cmd/native: "+ebiten,
			"~/cmd/wasm/bridge: "+ebiten,
			"~/render/ebitenview/input: "+ebiten,
		),
		want: []string{
			"depscheck: render/svg imports github.com/hajimehoshi/ebiten/v2/vector " + ebitenRule,
		},
	}, {
		name:  "ebiten's first major version counts too",
		graph: fake("~/render/svg: github.com/hajimehoshi/ebiten"),
		want:  []string{"depscheck: render/svg imports github.com/hajimehoshi/ebiten " + ebitenRule},
	}, {
		name:  "a package whose name starts like ebiten's does not",
		graph: fake("~/render/svg: github.com/hajimehoshi/ebitenx"),
	}, {
		name: "goldmark outside lessons",
		graph: fake(
			"~/cmd/futurescope: ~/lessons ~/web/md",
			"~/lessons: "+goldmark+" ~/lessons/internal/md",
			"~/lessons/internal/md: "+goldmark,
			"~/web/md: github.com/x/markdown",
			"github.com/x/markdown: "+goldmark,
		),
		want: []string{
			"depscheck: cmd/futurescope imports github.com/yuin/goldmark " + goldmarkRule,
			"\tvia cmd/futurescope -> web/md -> github.com/x/markdown -> github.com/yuin/goldmark",
			"depscheck: web/md imports github.com/yuin/goldmark " + goldmarkRule,
			"\tvia web/md -> github.com/x/markdown -> github.com/yuin/goldmark",
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, v := range check(tt.graph, rules(mod)) {
				got = append(got, v.format(mod))
				if via := v.via(mod); via != "" {
					got = append(got, "\tvia "+via)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestMissing(t *testing.T) {
	native := fake("~/sim: ~/sim/trace", "~/sim/trace: strings", "~/cmd/futurescope: ~/sim")
	wasm := fake("~/sim: ~/sim/trace", "~/sim/trace: strings", "~/cmd/wasm: ~/sim")
	got := missing(mod, []graph{native, wasm}, rules(mod))
	want := []string{"cmd/native", "cmd/wasm/compare", "cmd/wasm/draw", "cmd/wasm/runner", "compare", "lessons", "python/compile", "python/py", "python/syntax",
		"record", "render/ebitenview", "render/layout"}
	if !slices.Equal(got, want) {
		t.Errorf("missing = %q, want %q", got, want)
	}
}

func TestStd(t *testing.T) {
	g := fake("~/sim: fmt")
	for path, want := range map[string]bool{
		"fmt":                      true,
		"net/http":                 true,
		"vendor/golang.org/x/text": true,
		"C":                        false,
		mod + "/sim":               false,
		"go.starlark.net/starlark": false,
	} {
		if got := g.std(path); got != want {
			t.Errorf("std(%q) = %v, want %v", path, got, want)
		}
	}
}
