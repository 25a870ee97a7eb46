package syntax

import (
	"strings"
	"testing"
)

// TestNotSupportedYet checks that the constructs not supported yet are
// reported as syntax errors saying so, on their line.
func TestNotSupportedYet(t *testing.T) {
	cases := []struct {
		src  string
		line int
		msg  string
	}{
		{"x = 1\nasync def f():\n    pass\n", 2, "'async def' is not supported yet"},
		{"def f():\n    async for x in y: pass\n", 2, "'async for' is not supported yet"},
		{"def f():\n    async with a: pass\n", 2, "'async with' is not supported yet"},
		{"def f():\n    await g()\n", 2, "'await' expressions are not supported yet"},
		{"@dec\nasync def f(): pass\n", 2, "'async def' is not supported yet"},
		{"x = [y async for y in z]\n", 1, "asynchronous comprehensions are not supported yet"},
		{"match command:\n    case 1:\n        pass\n", 1, "'match' statements are not supported yet"},
		{"if x:\n    match (a, b):\n        case _: pass\n", 2, "'match' statements are not supported yet"},
		{"type Point = tuple[float, float]\n", 1, "'type' statements are not supported yet"},
		{"type List[T] = list[T]\n", 1, "'type' statements are not supported yet"},
		{"def f[T](x: T) -> T: return x\n", 1, "type parameters are not supported yet"},
		{"class A[T]: pass\n", 1, "type parameters are not supported yet"},
		{"try:\n    pass\nexcept* ValueError:\n    pass\n", 3, "'except*' is not supported yet"},
	}
	for _, c := range cases {
		_, err := Parse("x.py", []byte(c.src))
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: got %v, want a SyntaxError", c.src, err)
			continue
		}
		if e.Kind != "SyntaxError" || e.Line != c.line || !strings.Contains(e.Msg, c.msg) {
			t.Errorf("%q: got %s line %d %q, want line %d %q", c.src, e.Kind, e.Line, e.Msg, c.line, c.msg)
		}
	}
}

// TestSoftKeywordsAreNames checks that match, case, type and _ stay
// ordinary names outside the statements they start.
func TestSoftKeywordsAreNames(t *testing.T) {
	src := "match = 1\ncase = match\ntype(x)\n_ = type\nmatch(x)\nmatch[1] = 2\nprint(match, case, _)\ntype = 3\n"
	mod, err := Parse("x.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(mod.Body) != 8 {
		t.Fatalf("%d statements, want 8", len(mod.Body))
	}
	if n := mod.Body[0].(*Assign).Targets[0].(*Name); n.Id != "match" || n.Ctx != Store {
		t.Errorf("match = 1 assigns %+v", n)
	}
}
