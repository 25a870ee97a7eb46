// Package golden compares output with golden files, the expected output kept beside the tests (and
// beside `futurescope lessons check`), and rewrites them on request. It is one way to say where two
// texts differ, so that every golden comparison in the project reads the same.
//
// Goldens that are CPython's output are not rewritten that way: WriteGoldens writes them from a CPython
// run with a stamp naming the CPython version and each file's hash, and VerifyStamps fails any that
// something else rewrote.
package golden

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
)

// diffLines is how many lines of each side Diff shows.
const diffLines = 4

// Diff shows where got first differs from want: the line number, then up to four lines of each from
// there, want's marked -, got's marked +. Equal texts give "".
func Diff(want, got string) string {
	if want == got {
		return ""
	}
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "at line %d:", i+1)
	for _, side := range []struct {
		mark  string
		lines []string
	}{{"-", w}, {"+", g}} {
		for _, l := range side.lines[i:min(i+diffLines, len(side.lines))] {
			fmt.Fprintf(&b, "\n%s%s", side.mark, l)
		}
	}
	return b.String()
}

// Check compares got with the file path, or with update rewrites the file, failing t with the
// difference and how to accept it.
func Check(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test -update rewrites it): %s", path, Diff(string(want), string(got)))
	}
}
