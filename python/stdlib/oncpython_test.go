package stdlib

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/internal/cpythontest"
)

// TestModulesOnCPython runs each script that exits normally on CPython 3.13
// with the modules of lib/*.py in place of CPython's own
// (testdata/oncpython/run.py) and compares its stdout with the golden
// CPython's modules wrote. It checks the modules' Python apart from the
// interpreter, so a module the interpreter cannot run yet (dataclasses,
// which needs class annotations) is checked too. It needs CPython 3.13.
func TestModulesOnCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: starts one CPython a script")
	}
	py := cpythontest.Find(t, "python/stdlib's modules written in Python")
	path := py.Path
	if !py.AtLeast(3, 13) {
		home, _ := os.UserHomeDir()
		path = filepath.Join(home, ".pyenv/versions/3.13.0/bin/python3")
		if _, err := os.Stat(path); err != nil {
			t.Skipf("python3 is %s and no CPython 3.13 at %s: the goldens are 3.13's", py.Version(), path)
		}
	}
	files, err := filepath.Glob("testdata/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			if exit, _ := os.ReadFile("testdata/" + name + ".exit"); strings.TrimSpace(string(exit)) != "0" {
				t.Skip("the script exits with an error: its traceback names CPython's files")
			}
			want, err := os.ReadFile("testdata/" + name + ".out")
			if err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(path, "-S", "oncpython/run.py", "../lib", name+".py")
			cmd.Dir = "testdata"
			cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONUTF8=1")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			got, err := cmd.Output()
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr.Bytes())
			}
			if !bytes.Equal(got, want) {
				t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", got, want, stderr.Bytes())
			}
		})
	}
}
