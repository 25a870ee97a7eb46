package py

import (
	"strings"
	"testing"
)

// TestConcatShared: strs grown from one buffer keep their own bytes whichever of them grows next.
func TestConcatShared(t *testing.T) {
	th := NewInterp(nil, nil).NewThread()
	add := func(a *Str, s string) *Str {
		r, err := th.concatStr(a, NewStr(s))
		if err != nil {
			t.Fatal(err)
		}
		return r.(*Str)
	}
	base := add(NewStr(strings.Repeat("b", 300)), "-")
	x := add(base, "x")
	y := add(base, "y") // base is no longer the longest: copies
	xx := add(x, "xx")  // x is: grows in place
	base2 := add(base, "z")
	for _, c := range []struct {
		s    *Str
		want string
	}{{base, "-"}, {x, "-x"}, {y, "-y"}, {xx, "-xxx"}, {base2, "-z"}} {
		if got := c.s.S; got != strings.Repeat("b", 300)+c.want {
			t.Errorf("got ...%q, want ...%q", got[295:], c.want)
		}
	}
	if x.buf != xx.buf || y.buf == x.buf {
		t.Errorf("buffers: x and xx should share one, y have its own")
	}
}

// TestStrLoopLinear: a 10 MB str built by += in a loop takes linear work (it used to copy the whole
// str on every step, hours of work).
func TestStrLoopLinear(t *testing.T) {
	err, steps := runBudget(t, "s = ''\nfor i in range(10**6):\n    s += 'x' * 10\nassert len(s) == 10**7\n", 1<<62)
	if err != nil {
		t.Fatal(err)
	}
	if steps > 20_000_000 {
		t.Errorf("%d steps for a 10 MB str built in a loop", steps)
	}
}
