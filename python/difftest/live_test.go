package difftest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// cpythonFor returns an interpreter of exactly the CPython version that wrote the goldens (a
// python3.13 on PATH or pyenv's), or "" when the machine has none.
func cpythonFor(version string) string {
	minor := version[:strings.LastIndex(version, ".")]
	candidates := []string{filepath.Join(os.Getenv("HOME"), ".pyenv", "versions", version, "bin", "python3")}
	if p, err := exec.LookPath("python" + minor); err == nil {
		candidates = append(candidates, p)
	}
	for _, p := range candidates {
		out, err := exec.Command(p, "-c", "import sys; print(sys.version.split()[0])").Output()
		if err == nil && strings.TrimSpace(string(out)) == version {
			return p
		}
	}
	return ""
}

// TestGoldensAreCurrentCPython runs every corpus script under the CPython that wrote its goldens
// (python/testdata/gen.py --check, twice with different hash seeds) and fails if one prints
// anything else: the goldens are CPython's output, not a record of some earlier run.
func TestGoldensAreCurrentCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the goldens are not re-run under CPython")
	}
	cases, err := Load(Dir)
	if err != nil {
		t.Fatal(err)
	}
	python := cpythonFor(cases[0].CPython)
	if python == "" {
		t.Skipf("no CPython %s here (python3.%s on PATH or under ~/.pyenv): the goldens are not re-run",
			cases[0].CPython, strings.Split(cases[0].CPython, ".")[1])
	}
	out, err := exec.Command(python, filepath.Join(Dir, "..", "gen.py"), "--check", "--once", "--compare", "").CombinedOutput()
	if err != nil {
		t.Fatalf("python/testdata/gen.py --check: %v\n%s", err, out)
	}
}
