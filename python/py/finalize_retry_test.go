package py

import (
	"bytes"
	"testing"
)

// runHostCalls runs src with a module `hostmod` whose calls run Python code while holding a value in
// Go: opaque_call(get, body) holds get() in a Go variable only and calls body twice; held_call does
// the same but says so (Thread.Hold) and is Transparent, then drops it (Thread.Dropped);
// clear_call(body) holds nothing and is Transparent.
func runHostCalls(t *testing.T, src string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	in := NewInterp(&out, &errOut)
	twice := func(th *Thread, body Object) error {
		for range 2 {
			if _, err := th.Call(body, nil, nil); err != nil {
				return err
			}
		}
		return nil
	}
	in.RegisterModule("hostmod", func(*Interp) (*Module, error) {
		m := NewModule("hostmod")
		m.SetAttr("opaque_call", NewBuiltin("opaque_call", func(th *Thread, args []Object, kw []string) (Object, error) {
			g, err := th.Call(args[0], nil, nil)
			if err != nil {
				return nil, err
			}
			if err := twice(th, args[1]); err != nil {
				return nil, err
			}
			_ = g
			return None, nil
		}))
		held := NewBuiltin("held_call", func(th *Thread, args []Object, kw []string) (Object, error) {
			g, err := th.Call(args[0], nil, nil)
			if err != nil {
				return nil, err
			}
			mark := th.Hold([]Object{g})
			err = twice(th, args[1])
			th.Unhold(mark)
			if err != nil {
				return nil, err
			}
			return None, th.Dropped(g)
		})
		held.Transparent = true
		m.SetAttr("held_call", held)
		clear := NewBuiltin("clear_call", func(th *Thread, args []Object, kw []string) (Object, error) {
			return None, twice(th, args[0])
		})
		clear.Transparent = true
		m.SetAttr("clear_call", clear)
		return m, nil
	})
	code, err := CompileSource("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	in.SetSource("t.py", []byte(src))
	if _, err := in.NewThread().ExecModule("__main__", code); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	return out.String()
}

const hostCallsSrc = finalizeGen + `
import hostmod
G = gen()
next(G)
n = 0
def get():
    return G
def body():
    global G, n
    n += 1
    if n == 1:
        G = None
        print("dropped")
    else:
        print("second")
`

// TestFinalizeRetryAtGoReturn: a generator dropped while a Go call that may hold it runs is closed
// when that call returns (not at the drop, where Go still holds it), once.
func TestFinalizeRetryAtGoReturn(t *testing.T) {
	got := runHostCalls(t, hostCallsSrc+"hostmod.opaque_call(get, body)\nprint(\"after\")\n")
	if want := "dropped\nsecond\nfinally\nafter\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFinalizeHeldByTransparentCall: a Transparent Go call's Hold keeps what it holds from being
// closed at a drop inside it; dropping it afterwards closes it.
func TestFinalizeHeldByTransparentCall(t *testing.T) {
	got := runHostCalls(t, hostCallsSrc+"hostmod.held_call(get, body)\nprint(\"after\")\n")
	if want := "dropped\nsecond\nfinally\nafter\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFinalizeThroughTransparentCall: a drop inside a Transparent Go call that holds nothing closes
// the generator at once, as CPython does.
func TestFinalizeThroughTransparentCall(t *testing.T) {
	got := runHostCalls(t, hostCallsSrc+"hostmod.clear_call(body)\nprint(\"after\")\n")
	if want := "finally\ndropped\nsecond\nafter\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
