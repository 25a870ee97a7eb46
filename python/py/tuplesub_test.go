package py

import (
	"bytes"
	"testing"
)

var pairType = NewNamedTupleType("Pair", "hostpair", "done", "not_done")

// TestNamedTupleType: a host's named tuple class behaves as collections.namedtuple's; the expected
// output is CPython 3.13's for the same script with Pair = collections.namedtuple('Pair', 'done not_done').
func TestNamedTupleType(t *testing.T) {
	src := `p = Pair(1, not_done=[2])
print(p, p.done, p.not_done, p[0], p[-1], len(p), isinstance(p, tuple), type(p).__name__)
a, b = p
print(a, b, p == (1, [2]), p._fields, p._asdict(), tuple(p), p + (3,), list(reversed(p)), p[:1])
print(hash(Pair(1, 2)) == hash((1, 2)), repr([Pair(1, 2)]), Pair(1, 2) < Pair(1, 3), {Pair(1, 2): 'x'}[(1, 2)])
try:
    p.other = 1
except AttributeError as e:
    print(e)
`
	want := `Pair(done=1, not_done=[2]) 1 [2] 1 [2] 2 True Pair
1 [2] True ('done', 'not_done') {'done': 1, 'not_done': [2]} (1, [2]) (1, [2], 3) [[2], 1] (1,)
True [Pair(done=1, not_done=2)] True x
'Pair' object has no attribute 'other' and no __dict__ for setting new attributes
`
	var out, errOut bytes.Buffer
	in := NewInterp(&out, &errOut)
	in.Builtins.SetStr("Pair", pairType)
	code, err := CompileSource("pair.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	in.SetSource("pair.py", []byte(src))
	th := in.NewThread()
	if _, err := th.ExecModule("__main__", code); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	if r, err := th.Repr(NewTupleOf(pairType, []Object{MakeInt(1), None})); err != nil || r != "Pair(done=1, not_done=None)" {
		t.Errorf("NewTupleOf: %q %v", r, err)
	}
}
