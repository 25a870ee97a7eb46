package compile

import (
	"strings"
	"testing"

	"github.com/futurescope/futurescope/python/syntax"
)

// The messages and ranges are what CPython 3.13's compile() reports for the
// same sources (checked with ~/.pyenv/versions/3.13.0/bin/python3).
func TestCompileErrors(t *testing.T) {
	for _, tc := range []struct {
		src, msg                   string
		line, col, endLine, endCol int
	}{
		{"return 1\n", "'return' outside function", 1, 1, 1, 9},
		{"x = 1\nbreak\n", "'break' outside loop", 2, 1, 2, 6},
		{"for i in x:\n    pass\ncontinue\n", "'continue' not properly in loop", 3, 1, 3, 9},
		{"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5, 2, 15},
		{"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1, 1, 11},
		{"def f(a, a):\n    pass\n", "duplicate argument 'a' in function definition", 1, 10, 1, 11},
		{"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5, 3, 13},
		{"yield 1\n", "'yield' outside function", 1, 1, 1, 8},
		{"y = [(yield) for x in z]\n", "'yield' inside list comprehension", 1, 7, 1, 12},
		{"def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5, 2, 13},
		{"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5, 3, 13},
		{"class C:\n    return 3\n", "'return' outside function", 2, 5, 2, 13},
		{"(a, *b, *c) = d\n", "multiple starred expressions in assignment", 1, 1, 1, 12},
		{"*a = b\n", "starred assignment target must be in a list or tuple", 1, 1, 1, 3},
	} {
		mod, err := syntax.Parse("m.py", []byte(tc.src))
		if err != nil {
			t.Errorf("%q: parse: %v", tc.src, err)
			continue
		}
		_, err = Compile(mod, "m.py")
		se, ok := err.(*syntax.Error)
		if !ok {
			t.Errorf("%q: err = %v, want SyntaxError %q", tc.src, err, tc.msg)
			continue
		}
		if se.Msg != tc.msg || se.Line != tc.line || se.Col != tc.col || se.EndLine != tc.endLine || se.EndCol != tc.endCol {
			t.Errorf("%q: got %q at %d:%d-%d:%d, want %q at %d:%d-%d:%d", tc.src, se.Msg, se.Line, se.Col, se.EndLine, se.EndCol,
				tc.msg, tc.line, tc.col, tc.endLine, tc.endCol)
		}
	}
}

func compileSrc(t *testing.T, src string) *Code {
	t.Helper()
	mod, err := syntax.Parse("m.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	code, err := Compile(mod, "m.py")
	if err != nil {
		t.Fatal(err)
	}
	return code
}

func TestScopes(t *testing.T) {
	code := compileSrc(t, `
g = 1
def outer(p):
    a = 1
    def inner():
        nonlocal a
        a += p
        return g + len([a for _ in range(2)])
    class K:
        def m(self):
            return super().m()
    return inner
`)
	dis := code.Disassemble()
	for _, want := range []string{
		"STORE_NAME             0 (g)", // module level: namespace
		"LOAD_GLOBAL",                  // g inside inner
		"LOAD_DEREF",                   // a and p are cells shared with inner
		"STORE_DEREF",                  // nonlocal a
		"LOAD_CLOSURE",                 // closures built for inner and the comprehension
		"code outer.<locals>.inner",    // qualified names
		"code outer.<locals>.K.m",      //
		"code outer.<locals>.inner.<locals>.<listcomp>",
	} {
		if !strings.Contains(dis, want) {
			t.Errorf("disassembly lacks %q:\n%s", want, dis)
		}
	}
	outer := code.Consts[findCode(code, "outer")].(*Code)
	if strings.Join(outer.CellVars, ",") != "p,a" && strings.Join(outer.CellVars, ",") != "a,p" {
		t.Errorf("outer cells = %v, want a and p", outer.CellVars)
	}
	k := findNested(outer, "K")
	if k == nil || strings.Join(k.CellVars, ",") != "__class__" {
		t.Errorf("class K must create the __class__ cell for super(): %+v", k)
	}
}

func findCode(c *Code, name string) int {
	for i, k := range c.Consts {
		if sub, ok := k.(*Code); ok && sub.Name == name {
			return i
		}
	}
	return -1
}

func findNested(c *Code, name string) *Code {
	if i := findCode(c, name); i >= 0 {
		return c.Consts[i].(*Code)
	}
	return nil
}

// BenchmarkCompile measures compiling a parsed module.
func BenchmarkCompile(b *testing.B) {
	src := strings.Repeat("def f(a, b):\n    while b:\n        a, b = b, a % b\n    return [x * 2 for x in range(a)]\n", 12)
	mod, err := syntax.Parse("m.py", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := Compile(mod, "m.py"); err != nil {
			b.Fatal(err)
		}
	}
}
