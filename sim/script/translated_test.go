package script

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTranslatedCases runs sim/script's translations of the reference cases into its dialect
// (sim/script/testdata/cases, still valid Python): each prints what CPython 3.13 printed (NAME.out)
// and, if it fails, ends with the last line CPython printed on stderr (NAME.err).
func TestTranslatedCases(t *testing.T) {
	files, err := filepath.Glob("testdata/translated/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no translated cases: %v", err)
	}
	for _, file := range files {
		base := strings.TrimSuffix(file, ".py")
		t.Run(filepath.Base(base), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			wantOut, err := os.ReadFile(base + ".out")
			if err != nil {
				t.Fatal(err)
			}
			wantErr, _ := os.ReadFile(base + ".err")
			var out, errOut bytes.Buffer
			res := Run(Options{Filename: filepath.Base(file), Source: src, Stdout: &out, Stderr: &errOut})
			if out.String() != string(wantOut) {
				t.Errorf("stdout:\n%s\nCPython's:\n%s\nstderr:\n%s", out.String(), wantOut, errOut.String())
			}
			if want := strings.TrimSpace(string(wantErr)); want != "" && last(errOut.String()) != want {
				t.Errorf("stderr ends with %q, CPython's with %q", last(errOut.String()), want)
			}
			if (res.ExitCode != 0) != (len(wantErr) > 0) {
				t.Errorf("exit code %d; CPython's stderr %q", res.ExitCode, wantErr)
			}
		})
	}
}
