package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readGolden returns a golden file without its first line (which names the
// CPython version that wrote it).
func readGolden(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden: %v (write it with testdata/gen.py)", err)
	}
	s := string(b)
	first, rest, _ := strings.Cut(s, "\n")
	if !strings.HasPrefix(first, "# CPython 3.") {
		t.Fatalf("%s: first line %q does not name the CPython that wrote it", path, first)
	}
	return rest
}

// TestParseCorpus parses each testdata/parse/*.py and compares Dump with
// CPython's ast.dump of the same file.
func TestParseCorpus(t *testing.T) {
	files, _ := filepath.Glob("testdata/parse/*.py")
	if len(files) == 0 {
		t.Fatal("no corpus files")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want := readGolden(t, strings.TrimSuffix(f, ".py")+".ast")
			mod, err := Parse(filepath.Base(f), src)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got := Dump(mod) + "\n"
			if got != want {
				t.Errorf("Dump differs from CPython's ast.dump at %s", firstDiff(got, want))
			}
		})
	}
}

// TestErrorCorpus parses each testdata/errors/*.py and compares the error's
// Traceback with what CPython printed for the same file.
func TestErrorCorpus(t *testing.T) {
	files, _ := filepath.Glob("testdata/errors/*.py")
	if len(files) == 0 {
		t.Fatal("no error files")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want := readGolden(t, strings.TrimSuffix(f, ".py")+".err")
			_, err = Parse(filepath.Base(f), src)
			if err == nil {
				t.Fatalf("Parse succeeded; CPython says:\n%s", want)
			}
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error %T, want *Error", err)
			}
			if got := e.Traceback(); got != want {
				t.Errorf("Traceback:\n%s\nCPython:\n%s", got, want)
			}
		})
	}
}

// firstDiff shows where two dumps start to differ.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-150)
	return "byte " + itoa(i) + ":\n got: ..." + a[lo:min(len(a), i+150)] + "\nwant: ..." + b[lo:min(len(b), i+150)]
}
