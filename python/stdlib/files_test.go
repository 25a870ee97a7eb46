package stdlib

import (
	"bytes"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/python/py"
)

// TestOpenSaysWhy: open() of a file, for reading or writing, raises an OSError (so except OSError
// and except FileNotFoundError's parent catch it) whose message names the file, says why and what
// to use instead.
func TestOpenSaysWhy(t *testing.T) {
	for _, call := range []string{`open("data.txt")`, `open("out.txt", "w")`, `open(file="x", mode="rb")`} {
		src := "try:\n    " + call + "\nexcept OSError as e:\n    print(type(e).__name__, '|', e)\n"
		var out, errOut bytes.Buffer
		if code := py.RunMain("t.py", []byte(src), &out, &errOut); code != 0 {
			t.Fatalf("%s: exit code %d: %s", call, code, errOut.String())
		}
		got := out.String()
		if !strings.HasPrefix(got, "OSError | open(") || !strings.Contains(got, "no file system") ||
			!strings.Contains(got, "io.StringIO") {
			t.Errorf("%s printed %q: want an OSError naming the file, why, and io.StringIO", call, got)
		}
	}
}

// TestImportModule: importlib.import_module returns the module the dotted name names (importing its
// parents first), and fails as the import statement does for a module that does not exist.
func TestImportModule(t *testing.T) {
	src := `import importlib
m = importlib.import_module("collections.abc")
print(m.__name__, importlib.import_module("math").floor(2.5))
import collections
print(collections.abc is m)
try:
    importlib.import_module("no_such_module")
except ModuleNotFoundError as e:
    print(e)
`
	var out, errOut bytes.Buffer
	if code := py.RunMain("t.py", []byte(src), &out, &errOut); code != 0 {
		t.Fatalf("exit code %d: %s", code, errOut.String())
	}
	want := "collections.abc 2\nTrue\nNo module named 'no_such_module'\n"
	if out.String() != want {
		t.Errorf("printed\n%s\nwant\n%s", out.String(), want)
	}
}
