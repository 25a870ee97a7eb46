package script

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzShims checks that Compile never panics, whatever the input, and that
// every error it returns is an *Error at a real position (line and column
// ≥ 1), never a bare parser error. With FUZZ_STRICT=1 (and python3), it
// also fails when the shims refuse a combination of syntax that CPython
// compiles.
func FuzzShims(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	env := Predeclared("__main__", fakeModules())
	strict := os.Getenv("FUZZ_STRICT") != ""
	f.Fuzz(func(t *testing.T, src []byte) {
		_, err := Compile("fuzz.py", src, env)
		if err == nil {
			return
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("error is %T, not *Error: %v", err, err)
		}
		if strict && strings.Contains(e.Msg, "combination") && pythonCompiles(src) {
			t.Fatalf("valid Python refused: %v", e)
		}
		if e.Line < 1 || e.Col < 1 || e.File != "fuzz.py" {
			t.Fatalf("error without a position: %#v", e)
		}
	})
}

// pythonCompiles reports whether CPython compiles src.
func pythonCompiles(src []byte) bool {
	cmd := exec.Command("python3", "-c", "import sys; compile(sys.stdin.buffer.read(), 'f.py', 'exec')")
	cmd.Stdin = bytes.NewReader(src)
	return cmd.Run() == nil
}

// fuzzSeeds are small inputs around the shims' edges.
var fuzzSeeds = []string{
	"with", "with:", "with a as:", "with (a as b", "with a as b, :\n pass", "with (\n):\n pass",
	"import", "from", "from x import", "from x import ()", "import a.", "from . import", "import a as",
	"assert", "assert ,", "assert x,", "x: ", "x: int =", "def f(a: , b) -> :\n pass",
	"f(x for", "(x for x in y", "{1, 2", "{**a}", "'a' 'b", "u'", "1_", "x is", "x is not",
	"x **", "** 2", "x **= ", "a ** -", "-(", "f(**)", "x = (1 ** 2) ** (3 ** 4)",
	"with a:\n\twith b as (c, d):\n\t\tfor x in y:\n\t\t\treturn 1\n",
	"\ufeffprint(1)\r\nprint(2)\r", "\"\"\"unterminated", "x = 'é' ** 2", "é ** 2",
	"for x in y:\n  with a:\n    break\n  continue\n", "with a as b: return",
}
