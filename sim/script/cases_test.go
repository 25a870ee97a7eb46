package script

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/python/py"
)

// The reference cases (testdata/cases, copied from the project's shared reference as written) run as
// they are, and each must print what its docstring records CPython printing: the lines between
// "EXPECTED:" and "END", where "…" stands for an address or another value that differs between runs.
// knownFailures lists the cases that do not pass yet, with why; the list is checked both ways, so a
// case that starts passing must leave it.
var knownFailures = map[string]string{
	"31_as_completed_duplicates_iterables": "needs itertools",
}

// knownFailure returns why a case is expected to fail, or "" if it is expected to pass: a case that
// only "needs" a module of python/stdlib is expected to pass once python/stdlib has that module.
func knownFailure(name string) string {
	why := knownFailures[name]
	if mod, ok := strings.CutPrefix(why, "needs "); ok && importable(mod) {
		return ""
	}
	return why
}

// importable reports whether a fresh interpreter can import a module.
func importable(name string) bool {
	_, err := py.NewInterp(io.Discard, io.Discard).NewThread().Import(name)
	return err == nil
}

// expected returns the EXPECTED block of a case's docstring.
func expected(t *testing.T, src []byte) string {
	t.Helper()
	s := string(src)
	i := strings.Index(s, "\nEXPECTED:\n")
	j := strings.Index(s, "\nEND\n")
	if i < 0 || j < i {
		t.Fatal("no EXPECTED block")
	}
	return s[i+len("\nEXPECTED:\n") : j+1]
}

// matchOutput reports whether got is want, each "…" of want matching any text without a newline.
func matchOutput(want, got string) bool {
	parts := strings.Split(want, "…")
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	re := regexp.MustCompile("^" + strings.Join(parts, "[^\n]*?") + "$")
	return re.MatchString(got)
}

func TestReferenceCases(t *testing.T) {
	files, err := filepath.Glob("testdata/cases/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want := expected(t, src)
			var out, errOut bytes.Buffer
			Run(Options{Filename: filepath.Base(file), Source: src, Stdout: &out, Stderr: &errOut})
			ok := matchOutput(want, out.String())
			why := knownFailure(name)
			known := why != ""
			switch {
			case ok && known:
				t.Errorf("passes now: remove it from knownFailures (%s)", why)
			case !ok && !known:
				t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", out.String(), want, errOut.String())
			}
		})
	}
}
