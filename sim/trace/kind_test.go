package trace

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"testing"
)

// TestKindsListsEveryKind checks that Kinds lists exactly the Kind constants event.go declares, in order.
func TestKindsListsEveryKind(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "event.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var declared []Kind
	ast.Inspect(f, func(n ast.Node) bool {
		spec, ok := n.(*ast.ValueSpec)
		if !ok || spec.Type == nil || spec.Type.(*ast.Ident).Name != "Kind" {
			return true
		}
		for _, v := range spec.Values {
			s, err := strconv.Unquote(v.(*ast.BasicLit).Value)
			if err != nil {
				t.Fatal(err)
			}
			declared = append(declared, Kind(s))
		}
		return true
	})
	if got := Kinds(); !slices.Equal(got, declared) {
		t.Errorf("Kinds() = %v\nevent.go declares %v", got, declared)
	}
}

func TestKnown(t *testing.T) {
	tests := []struct {
		kind Kind
		want bool
	}{
		{FutureCreate, true},
		{Limit, true},
		{"", false},
		{"future_Create", false},
		{"teleport", false},
	}
	for _, tt := range tests {
		if got := tt.kind.Known(); got != tt.want {
			t.Errorf("Kind(%q).Known() = %v, want %v", tt.kind, got, tt.want)
		}
	}
}

func TestKindsIsACopy(t *testing.T) {
	Kinds()[0] = "changed"
	if Kinds()[0] != ProcessStart {
		t.Error("changing the result of Kinds changed the package's list")
	}
}
