package py

import (
	"bytes"
	"strings"
	"testing"
)

// opaque is an object that cannot say what it references (no Traverse).
type opaque struct{ held Object }

func (*opaque) Type() *Type { return ObjectType }

// runFinalize runs src as __main__ in an Interp with a module `opaquemod` whose hold(x) returns an
// opaque object holding x, and returns what it printed.
func runFinalize(t *testing.T, src string, budget int) string {
	t.Helper()
	var out, errOut bytes.Buffer
	in := NewInterp(&out, &errOut)
	in.markBudget = budget
	in.RegisterModule("opaquemod", func(*Interp) (*Module, error) {
		m := NewModule("opaquemod")
		m.SetAttr("hold", NewBuiltin("hold", func(t *Thread, args []Object, kw []string) (Object, error) {
			return &opaque{held: args[0]}, nil
		}))
		return m, nil
	})
	code, err := CompileSource("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	in.SetSource("t.py", []byte(src))
	th := in.NewThread()
	if _, err := th.ExecModule("__main__", code); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	return out.String()
}

const finalizeGen = `
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
`

// TestFinalizeProofFailsOnOpaque: while an object that cannot say what it holds is reachable, no
// dropped generator is closed (it might be what the object holds); once it goes, they are again.
func TestFinalizeProofFailsOnOpaque(t *testing.T) {
	src := finalizeGen + `
import opaquemod
box = opaquemod.hold(None)
g = gen()
next(g)
del g
print("dropped while opaque lives")
del box
g = gen()
next(g)
del g
print("dropped after")
`
	got := runFinalize(t, src, 0)
	want := "dropped while opaque lives\nfinally\ndropped after\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFinalizeOpaqueHolder: a generator held by an opaque object is never closed by dropping the
// names around it, even when the opaque object itself is unreachable.
func TestFinalizeOpaqueHolder(t *testing.T) {
	src := finalizeGen + `
import opaquemod
g = gen()
next(g)
box = opaquemod.hold(g)
del g
print("held")
del box
print("end")
`
	if got := runFinalize(t, src, 0); got != "held\nend\n" {
		t.Errorf("got %q", got)
	}
}

// TestFinalizeBudget: a mark that would visit more objects than the budget keeps the generator.
func TestFinalizeBudget(t *testing.T) {
	src := finalizeGen + `
big = [[i] for i in range(500)]
g = gen()
next(g)
del g
print("over the budget: kept")
big = None
g = gen()
next(g)
del g
print("under it")
`
	got := runFinalize(t, src, 300)
	if want := "over the budget: kept\nfinally\nunder it\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFinalizeRunsOnce: a finalizer's exception is printed as CPython prints an unraisable one, and
// the program goes on.
func TestFinalizeUnraisable(t *testing.T) {
	src := `
def gen():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
g = gen()
next(g)
del g
print("went on")
`
	var out, errOut bytes.Buffer
	in := NewInterp(&out, &errOut)
	code, err := CompileSource("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	in.SetSource("t.py", []byte(src))
	if _, err := in.NewThread().ExecModule("__main__", code); err != nil {
		t.Fatal(err)
	}
	if out.String() != "went on\n" {
		t.Errorf("stdout %q", out.String())
	}
	e := errOut.String()
	if !strings.HasPrefix(e, "Exception ignored in: <generator object gen at 0x") || !strings.Contains(e, "ValueError: in finally") {
		t.Errorf("stderr %q", e)
	}
}

// BenchmarkDropWhileWatched: a loop that rebinds a list and calls a function while a generator with
// a finally is suspended pays a search of each dropped value (compare BenchmarkDropUnwatched).
func BenchmarkDropWhileWatched(b *testing.B) { benchDrop(b, true) }

// BenchmarkDropUnwatched is the same loop with no generator suspended.
func BenchmarkDropUnwatched(b *testing.B) { benchDrop(b, false) }

func benchDrop(b *testing.B, watched bool) {
	src := finalizeGen + `
def f(x):
    y = [x]
    return len(y)
g = gen()
if WATCH:
    next(g)
total = 0
for i in range(100000):
    row = [i, i]
    total += f(row)
`
	src = strings.Replace(src, "WATCH", map[bool]string{true: "True", false: "False"}[watched], 1)
	code, err := CompileSource("b.py", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		var out bytes.Buffer
		in := NewInterp(&out, &out)
		if _, err := in.NewThread().ExecModule("__main__", code); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFinalizeExhaustedIterators: a mark that meets an exhausted dict, set or sequence iterator (which
// let go of what they iterated) goes past them, and the dropped generator is closed.
func TestFinalizeExhaustedIterators(t *testing.T) {
	src := finalizeGen + `
class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError(i)

its = [iter({1: 2}.items()), iter({1, 2}), iter({1: 2}), iter(Seq())]
for it in its:
    list(it)
g = gen()
next(g)
del g
print("after del")
`
	if got, want := runFinalize(t, src, 1<<20), "finally\nafter del\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
