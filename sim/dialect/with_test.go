package script

import (
	"testing"

	"go.starlark.net/starlark"
)

// TestWithLeavesNoHiddenValues checks that a top-level with block without
// "as" binds no module-level name to the manager or its value: process
// workers copy module state, and Python binds nothing there.
func TestWithLeavesNoHiddenValues(t *testing.T) {
	env := Predeclared("__main__", fakeModules())
	prog, err := Compile("w.py", []byte("import ctx\nwith ctx.Manager('a'):\n    pass\nwith ctx.Manager('b') as b:\n    pass\n"), env)
	if err != nil {
		t.Fatal(err)
	}
	thread := &starlark.Thread{}
	SetStdout(thread, new(nopWriter))
	globals, err := prog.Init(thread, env)
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range globals {
		if _, ok := v.(*fakeManager); ok || isReserved(name) && v != starlark.None {
			t.Errorf("global %s = %v", name, v)
		}
	}
	if globals["b"] != starlark.String("b") {
		t.Errorf("b = %v, want 'b'", globals["b"])
	}
	if n := len(*withStack(thread)); n != 0 {
		t.Errorf("%d with blocks still open", n)
	}
}

// nopWriter discards what is written.
type nopWriter struct{}

func (*nopWriter) Write(p []byte) (int, error) { return len(p), nil }
