package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLocalDumps compares Dump with CPython's ast.dump for every NAME.py
// with a NAME.ast beside it in the directory $SYNTAX_DUMPS (written on a
// machine with CPython, e.g. from its standard library). Without the
// variable it skips: it needs dumps only a live CPython writes.
func TestLocalDumps(t *testing.T) {
	dir := os.Getenv("SYNTAX_DUMPS")
	if dir == "" {
		t.Skip("set SYNTAX_DUMPS to a directory of NAME.py and CPython's NAME.ast dumps")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	fails := 0
	for _, f := range files {
		src, _ := os.ReadFile(f)
		want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".ast")
		if err != nil {
			continue
		}
		mod, err := Parse(filepath.Base(f), src)
		if err != nil && (strings.Contains(err.Error(), "not supported yet") || strings.Contains(string(src[:min(len(src), 200)]), "coding")) {
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", f, err)
			fails++
		} else if got := Dump(mod) + "\n"; got != string(want) {
			t.Errorf("%s: %s", f, firstDiff(got, string(want)))
			fails++
		}
		if fails > 30 {
			t.Fatal("too many failures")
		}
	}
}

// TestLocalErrors compares Traceback with CPython's stderr for every NAME.py
// with a NAME.err beside it in $SYNTAX_ERRORS (raw `python3 NAME.py`
// stderr, written on a machine with CPython). Without the variable it
// skips: it needs output only a live CPython writes.
func TestLocalErrors(t *testing.T) {
	dir := os.Getenv("SYNTAX_ERRORS")
	if dir == "" {
		t.Skip("set SYNTAX_ERRORS to a directory of NAME.py and CPython's NAME.err")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	pass, fail := 0, 0
	for _, f := range files {
		src, _ := os.ReadFile(f)
		want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".err")
		if err != nil {
			continue
		}
		_, err = Parse(filepath.Base(f), src)
		got := "<no error>\n"
		if err != nil {
			got = err.(*Error).Traceback()
		}
		if got == string(want) {
			pass++
			continue
		}
		fail++
		t.Errorf("%s:\n%s\ngot:\n%s\nwant:\n%s", f, src, got, want)
	}
	t.Logf("%d pass, %d fail", pass, fail)
}
