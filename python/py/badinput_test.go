package py

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// The bad input of issue 10, at the interpreter's level: each script ends with CPython's message or
// with the host's step budget, never a crash, a hang or memory without bound. The simulator's side is
// sim/script/badinput_test.go.

// runMainOut runs src as RunMain does and returns its exit code, stdout and stderr.
func runMainOut(src string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := RunMain("bad.py", []byte(src), &out, &errOut)
	return code, out.String(), errOut.String()
}

// TestBadSyntaxAnywhere: a broken line anywhere in a script is a SyntaxError naming that line,
// printed as CPython prints it, and nothing of the script runs.
func TestBadSyntaxAnywhere(t *testing.T) {
	lines := []string{
		"import sys",
		"def f(x, *args, k=1, **kw):",
		"    if x:",
		"        return [i for i in range(x) if i % 2]",
		"    return {k: v for k, v in kw.items()}",
		"class C:",
		"    def m(self):",
		"        try:",
		"            return f'{self!r:>10}'",
		"        finally:",
		"            pass",
		"print(f(3), C().m())",
	}
	for _, bad := range []string{"x = (", "def :", "return return", "f'{'", "1 +* 2", "\tpass"} {
		for i := range len(lines) + 1 {
			src := append(append(append([]string{}, lines[:i]...), bad), lines[i:]...)
			code, out, errOut := runMainOut(strings.Join(src, "\n") + "\n")
			if code != 1 || out != "" || !strings.Contains(errOut, "Error: ") ||
				!strings.HasPrefix(errOut, "  File \"bad.py\", line ") {
				t.Errorf("%q at line %d: exit %d, stdout %q, stderr:\n%s", bad, i+1, code, out, errOut)
			}
		}
	}
}

// TestBadRecursion: unbounded recursion is CPython's RecursionError, its traceback shortened with
// "[Previous line repeated N more times]"; caught, the script goes on.
func TestBadRecursion(t *testing.T) {
	code, _, errOut := runMainOut("def f(n):\n    return f(n + 1)\nf(0)\n")
	if code != 1 || !strings.Contains(errOut, "  [Previous line repeated 996 more times]\n") ||
		!strings.HasSuffix(errOut, "RecursionError: maximum recursion depth exceeded\n") {
		t.Errorf("exit %d, stderr:\n%s", code, errOut)
	}
	code, out, _ := runMainOut("def f():\n    f()\ntry:\n    f()\nexcept RecursionError as e:\n    print(e)\nprint(sum(range(10)))\n")
	if code != 0 || out != "maximum recursion depth exceeded\n45\n" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
}

// TestBadHugeValues: values too big for the host end with a clear MemoryError or CPython's
// OverflowError, at once; a 10 MB str built in a loop is fine.
func TestBadHugeValues(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"x = 10**10**8", "MemoryError: integer too large: more than 16777216 bits\n"},
		{"x = 2 ** (2**40)", "MemoryError: integer too large: more than 16777216 bits\n"},
		{"x = 1 << 10**9", "MemoryError: integer too large: more than 16777216 bits\n"},
		{"x = 'ab' * 2**62", "OverflowError: repeated string is too long\n"},
		{"x = 'x' * 10**8", "MemoryError: str too large\n"},
		{"x = [0] * 10**8", "MemoryError: sequence too large\n"},
		{"x = 'x' * 10**12", "\nMemoryError\n"},
		{"x = 'x' * 10**20", "OverflowError: cannot fit 'int' into an index-sized integer\n"},
		{"x = list(range(10**20))", "OverflowError: Python int too large to convert to C ssize_t\n"},
		{"x = int('9' * 5000)", "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit\n"},
		{"def g():\n    while True:\n        yield 1\nlist(g())", "MemoryError: too many items\n"},
	} {
		code, _, errOut := runMainOut(c.src + "\n")
		if code != 1 || !strings.HasSuffix(errOut, c.want) {
			t.Errorf("%q: exit %d, stderr:\n%s\nwant it to end %q", c.src, code, errOut, c.want)
		}
	}
	code, out, errOut := runMainOut("s = ''\nfor i in range(10**6):\n    s += 'abcdefghij'\nprint(len(s), s[-3:])\n")
	if code != 0 || out != "10000000 hij\n" {
		t.Errorf("10 MB str: exit %d, stdout %q, stderr %s", code, out, errOut)
	}
}

// TestBadDunders: self-containing containers print as CPython prints them; an exception inside
// __repr__ or __eq__ propagates to the caller with its traceback.
func TestBadDunders(t *testing.T) {
	for _, c := range []struct{ src, out, errEnd string }{
		{"l = [1]\nl.append(l)\nd = {}\nd['d'] = d\nt = ([],)\nt[0].append(t)\nprint(l, d, t)\n", "[1, [...]] {'d': {...}} ([(...)],)\n", ""},
		{"class A:\n    def __repr__(self):\n        raise ValueError('no repr')\nprint([A()])\n", "", "    raise ValueError('no repr')\nValueError: no repr\n"},
		{"class A:\n    def __eq__(self, o):\n        raise KeyError('eq')\nprint(A() in [A()])\n", "", "    raise KeyError('eq')\nKeyError: 'eq'\n"},
		{"class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n", "", "RecursionError: maximum recursion depth exceeded\n"},
	} {
		code, out, errOut := runMainOut(c.src)
		if out != c.out || !strings.HasSuffix(errOut, c.errEnd) || (c.errEnd == "") != (code == 0) {
			t.Errorf("%q: exit %d, stdout %q, stderr:\n%s", c.src, code, out, errOut)
		}
	}
}

// TestBadEndless: a loop that never ends (inside a generator, a finally clause, a __repr__, a
// __eq__, a built-in's argument) stops at the host's step budget.
func TestBadEndless(t *testing.T) {
	for _, src := range []string{
		"def g():\n    while True:\n        pass\n    yield\nnext(g())",
		"def g():\n    while True:\n        yield 1\nlist(g())",
		"try:\n    pass\nfinally:\n    while True:\n        pass",
		"try:\n    1/0\nexcept ZeroDivisionError:\n    while True:\n        pass",
		"class A:\n    def __repr__(self):\n        while True:\n            pass\nprint(A())",
		"class A:\n    def __eq__(self, o):\n        while True:\n            pass\n[A()] == [A()]",
		"class A:\n    def __hash__(self):\n        while True:\n            pass\n{A()}",
		"sorted(range(10**6), key=lambda x: [0 for _ in iter(int, 1)])",
	} {
		err, steps := runBudget(t, src, 2_000_000)
		if !errors.Is(err, errBudget) {
			t.Errorf("%q ended with %v after %d steps, want the budget's error", src, err, steps)
		}
	}
}

// TestBadFinallyRunsOnce: the budget's error unwinds the thread without running the script's except
// or finally clauses (the host stopped the run; nothing of it may run again).
func TestBadFinallyRunsOnce(t *testing.T) {
	var out bytes.Buffer
	src := "try:\n    while True:\n        pass\nexcept BaseException:\n    print('except')\nfinally:\n    print('finally')\n"
	code, err := CompileSource("f.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	in := NewInterp(&out, &out)
	th := in.NewThread()
	th.Hook = func(th *Thread, ev HookEvent) error {
		if th.Steps > 10000 {
			return fmt.Errorf("stop: %w", errBudget)
		}
		return nil
	}
	if _, err := th.ExecModule("__main__", code); !errors.Is(err, errBudget) || out.Len() != 0 {
		t.Errorf("err %v, output %q", err, out.String())
	}
}
