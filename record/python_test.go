package record_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/futurescope/futurescope/internal/cpythontest"
)

// recorderVersions are the CPython minor versions the recorder supports; its tests run under each
// one this machine has in ~/.pyenv/versions.
var recorderVersions = []string{"3.9", "3.10", "3.11", "3.12", "3.13"}

// TestRecorderUnderEveryCPython runs the recorder's Python tests (testdata/test_recorder.py) under
// every supported CPython found in ~/.pyenv/versions, and under python3. A version this machine lacks
// is skipped, saying so; python3 itself is a prerequisite (cpythontest.Find).
func TestRecorderUnderEveryCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("the recorder's tests sleep for real (about 5 s a CPython): skipped with -short")
	}
	python3 := cpythontest.Find(t, "the recorder")
	home, _ := os.UserHomeDir()
	tested := map[string]bool{}
	for _, v := range recorderVersions {
		if m, _ := filepath.Glob(filepath.Join(home, ".pyenv", "versions", v+".*", "bin", "python3")); len(m) > 0 {
			tested[v] = true
		}
	}
	for _, v := range recorderVersions {
		t.Run(v, func(t *testing.T) {
			t.Parallel()
			matches, _ := filepath.Glob(filepath.Join(home, ".pyenv", "versions", v+".*", "bin", "python3"))
			if len(matches) == 0 {
				t.Skipf("no CPython %s in ~/.pyenv/versions: the recorder is not tested under it", v)
			}
			runPythonTests(t, matches[len(matches)-1])
		})
	}
	t.Run("python3", func(t *testing.T) {
		if v := fmt.Sprintf("%d.%d", python3.Major, python3.Minor); tested[v] {
			t.Skipf("python3 is CPython %s, tested above", v)
		}
		t.Parallel()
		runPythonTests(t, python3.Path)
	})
}

func runPythonTests(t *testing.T, python string) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, python, filepath.Join(dir, "testdata", "test_recorder.py"))
	cmd.Env = append(os.Environ(), "PYTHONPATH="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s testdata/test_recorder.py: %v\n%s", python, err, out)
	}
	if runtime.GOOS != "js" {
		t.Logf("%s: %s", python, lastLine(string(out)))
	}
}
