package stdlib

import (
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/python/py"
)

// objectTypes finds, in the package's Go source, every type with a method
// Type() *py.Type (a py.Object) and every type with a method Traverse.
func objectTypes(t *testing.T) (objects, traversers map[string]bool) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	objects, traversers = map[string]bool{}, map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || len(fn.Recv.List) != 1 {
				continue
			}
			recv := fn.Recv.List[0].Type
			if star, ok := recv.(*ast.StarExpr); ok {
				recv = star.X
			}
			id, ok := recv.(*ast.Ident)
			if !ok {
				continue
			}
			switch fn.Name.Name {
			case "Type":
				if fn.Type.Params.NumFields() == 0 && fn.Type.Results.NumFields() == 1 {
					objects[id.Name] = true
				}
			case "Traverse":
				traversers[id.Name] = true
			}
		}
	}
	return objects, traversers
}

// traverseSamples is one value of each py.Object type the package defines.
var traverseSamples = map[string]py.Object{
	"itIter":    &itIter{typ: itTypes["chain"], refs: func(func(py.Object)) {}},
	"ringDeque": &ringDeque{maxlen: -1},
	"rePattern": &rePattern{},
	"mersenne":  &mersenne{},
	"hashObj":   &hashObj{},
}

// TestEveryObjectTypeTraverses: a py.Object type without Traverse would
// make every proof that meets one of its values fail, so that no dropped
// generator is closed in a script that uses it.
func TestEveryObjectTypeTraverses(t *testing.T) {
	objects, traversers := objectTypes(t)
	for _, name := range slices.Sorted(maps.Keys(objects)) {
		if !traversers[name] {
			t.Errorf("%s is a py.Object without a Traverse method (traverse.go)", name)
		}
		o, ok := traverseSamples[name]
		if !ok {
			t.Errorf("%s has no sample in traverseSamples", name)
			continue
		}
		tr, ok := o.(py.Traverser)
		if !ok {
			t.Errorf("%s does not implement py.Traverser", name)
			continue
		}
		if !tr.Traverse(func(py.Object) {}) {
			t.Errorf("%s.Traverse reports it cannot say what it holds", name)
		}
	}
	for name := range traverseSamples {
		if !objects[name] {
			t.Errorf("traverseSamples lists %s, which is no py.Object of the package", name)
		}
	}
}

// visited returns what o's Traverse visits, failing when it cannot say.
func visited(t *testing.T, o py.Object) map[py.Object]bool {
	t.Helper()
	tr, ok := o.(py.Traverser)
	if !ok {
		t.Fatalf("%s is not a py.Traverser", o.Type().Name)
	}
	seen := map[py.Object]bool{}
	if !tr.Traverse(func(v py.Object) { seen[v] = true }) {
		t.Fatalf("%s.Traverse reports it cannot say what it holds", o.Type().Name)
	}
	return seen
}
