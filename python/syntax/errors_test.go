package syntax

import "testing"

// TestModuleError checks that errors made for a node (as the compiler makes
// them) print as CPython prints them: here what CPython 3.13 prints for
// 'return' outside function, with a non-ASCII line before the error.
func TestModuleError(t *testing.T) {
	src := "s = 'é'\nif s:\n    return s + 'é'\n"
	mod, err := Parse("x.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ret := mod.Body[1].(*If).Body[0]
	e := mod.Error("SyntaxError", "'return' outside function", ret.Pos(), ret.End())
	want := "  File \"x.py\", line 3\n    return s + 'é'\n    ^^^^^^^^^^^^^^\nSyntaxError: 'return' outside function\n"
	if got := e.Traceback(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if e.Col != 5 || e.EndCol != 19 {
		t.Errorf("offsets %d-%d, want 5-19 (characters)", e.Col, e.EndCol)
	}
}
