package layout_test

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestImports enforces DESIGN.md's rule for this package: its code (tests aside) imports only the
// standard library, sim/trace and render/words (itself standard library only); never sim, ebiten or
// anything else outside the standard library.
// (make deps-check checks the same with go list, indirect imports included.)
func TestImports(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		ast, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range ast.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			first, _, _ := strings.Cut(path, "/")
			if strings.Contains(first, ".") && path != "github.com/futurescope/futurescope/sim/trace" &&
				path != "github.com/futurescope/futurescope/render/words" {
				t.Errorf("%s imports %s: render/layout may import only the standard library, sim/trace and render/words", f, path)
			}
		}
	}
}
