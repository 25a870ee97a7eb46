package script

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The scripts of testdata/scripts exercise this package's modules as real scripts use them; next to
// each, NAME.out is what CPython printed on stdout, written only by CPython:
//
//	go test ./sim/script -run TestScripts -update-cpython
//
// runs each under python3 (PYTHON, or python3 on PATH; the goldens here are CPython 3.13's) and
// rewrites NAME.out, and NAME.cpython with the version that wrote it. TestScripts runs each on the
// simulator and compares.
var updateCPython = flag.Bool("update-cpython", false, "rewrite testdata/scripts/*.out by running CPython")

func TestScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/scripts/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, file := range files {
		base := strings.TrimSuffix(file, ".py")
		t.Run(filepath.Base(base), func(t *testing.T) {
			if *updateCPython {
				writeCPythonGolden(t, file, base)
			}
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(base + ".out")
			if err != nil {
				t.Fatalf("%v (go test -run TestScripts -update-cpython writes it)", err)
			}
			var out, errOut bytes.Buffer
			Run(Options{Filename: filepath.Base(file), Source: src, Stdout: &out, Stderr: &errOut})
			if out.String() != string(want) {
				t.Errorf("stdout:\n%s\nCPython's:\n%s\nstderr:\n%s", out.String(), want, errOut.String())
			}
		})
	}
}

// writeCPythonGolden runs a script under CPython and writes its stdout and the CPython version.
func writeCPythonGolden(t *testing.T, file, base string) {
	t.Helper()
	python := os.Getenv("PYTHON")
	if python == "" {
		python = "python3"
	}
	version, err := exec.Command(python, "--version").Output()
	if err != nil {
		t.Fatalf("-update-cpython needs python3: %v", err)
	}
	cmd := exec.Command(python, filepath.Base(file))
	cmd.Dir = filepath.Dir(file)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s under %s: %v", file, strings.TrimSpace(string(version)), err)
	}
	if err := os.WriteFile(base+".out", out, 0o644); err != nil {
		t.Fatal(err)
	}
	stamp := "# " + strings.TrimSpace(string(version)) + " wrote " + filepath.Base(base) + ".out: go test ./sim/script -run TestScripts -update-cpython\n"
	if err := os.WriteFile(base+".cpython", []byte(stamp), 0o644); err != nil {
		t.Fatal(err)
	}
}
