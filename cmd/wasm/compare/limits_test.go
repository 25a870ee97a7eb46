package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestLimitsAsRunner holds the simulated run's limits to runner.wasm's (cmd/wasm/runner's
// BrowserMaxSteps and BrowserMaxEvents, a main package that cannot be imported): a script compared
// runs as the learner's Run runs it.
func TestLimitsAsRunner(t *testing.T) {
	files, err := filepath.Glob("../runner/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("cmd/wasm/runner's files: %v", err)
	}
	got := map[string]int64{}
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if !ok || len(vs.Names) != 1 || len(vs.Values) != 1 {
				return true
			}
			if lit, ok := vs.Values[0].(*ast.BasicLit); ok && lit.Kind == token.INT {
				if v, err := strconv.ParseInt(strings.ReplaceAll(lit.Value, "_", ""), 0, 64); err == nil {
					got[vs.Names[0].Name] = v
				}
			}
			return true
		})
	}
	for name, want := range map[string]int64{"BrowserMaxSteps": maxSteps, "BrowserMaxEvents": maxEvents} {
		if v, ok := got[name]; !ok || v != want {
			t.Errorf("cmd/wasm/runner's %s is %d (found: %v), compare.wasm's %d: keep them equal", name, v, ok, want)
		}
	}
}
