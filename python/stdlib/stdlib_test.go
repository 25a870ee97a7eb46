package stdlib

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/python/py"
)

// TestScripts runs testdata/*.py with the project's interpreter and compares
// stdout, stderr and the exit code with the goldens CPython 3.13 wrote
// (testdata/gen.sh). Scripts in testdata/known_failures.txt must fail, and
// the others pass: a listed script that passes fails the test too.
func TestScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	known := knownFailures(t)
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			diff := runScript(t, path)
			switch {
			case known[name] && diff == "":
				t.Errorf("passes but is listed in testdata/known_failures.txt: remove it")
			case !known[name] && diff != "":
				t.Error(diff)
			}
		})
	}
}

// runScript returns how the script's output differs from its goldens ("" if
// it does not).
func runScript(t *testing.T, path string) string {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	base := strings.TrimSuffix(path, ".py")
	wantOut, _ := os.ReadFile(base + ".out")
	wantErr, _ := os.ReadFile(base + ".err")
	exitText, err := os.ReadFile(base + ".exit")
	if err != nil {
		t.Fatal(err)
	}
	wantExit, _ := strconv.Atoi(strings.TrimSpace(string(exitText)))
	var stdout, stderr bytes.Buffer
	code := py.RunMain(filepath.Base(path), src, &stdout, &stderr)
	var diff strings.Builder
	if got := stdout.String(); got != string(wantOut) {
		diff.WriteString("stdout:\n" + got + "\nwant:\n" + string(wantOut) + "\n")
	}
	if got := stderr.String(); got != string(wantErr) {
		diff.WriteString("stderr:\n" + got + "\nwant:\n" + string(wantErr) + "\n")
	}
	if code != wantExit {
		diff.WriteString("exit code " + strconv.Itoa(code) + ", want " + strconv.Itoa(wantExit) + "\n")
	}
	return diff.String()
}

// knownFailures reads testdata/known_failures.txt: one script name a line
// (without .py), then what the interpreter lacks; # starts a comment.
func knownFailures(t *testing.T) map[string]bool {
	f, err := os.Open("testdata/known_failures.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		out[strings.Fields(line)[0]] = true
	}
	return out
}
