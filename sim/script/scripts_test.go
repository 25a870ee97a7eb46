package script

import (
	"bytes"
	"flag"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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
// simulator and compares. With PYTHON=python3.11 the flag writes NAME.out-3.11 instead, only for the
// scripts whose output differs between 3.11 and 3.13 (see writeCPythonGolden); TestScriptsLive
// compares the simulator with a live python3.
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

// writeCPythonGolden runs a script under CPython (PYTHON, or python3) and writes what it printed. CPython
// 3.13's stdout is NAME.out, the simulator's reference, stamped in NAME.cpython. Another version's is
// NAME.out-3.M when it differs from 3.13's (a real difference between the versions, which the simulator
// does not follow), and is removed when it does not; NAME.cpython then gets a line for it too.
func writeCPythonGolden(t *testing.T, file, base string) {
	t.Helper()
	python := os.Getenv("PYTHON")
	if python == "" {
		python = "python3"
	}
	version, err := exec.Command(python, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])").Output()
	if err != nil {
		t.Fatalf("-update-cpython needs python3: %v", err)
	}
	v := strings.TrimSpace(string(version))
	cmd := exec.Command(python, filepath.Base(file))
	cmd.Dir = filepath.Dir(file)
	out, err := cmd.Output()
	exit := 0
	if ee, ok := err.(*exec.ExitError); ok && !strings.HasPrefix(v, "3.13.") {
		exit = ee.ExitCode() // a 3.13 feature the script checks for, and stops without
	} else if err != nil {
		t.Fatalf("%s under CPython %s: %v", file, v, err)
	}
	name := filepath.Base(base)
	stamps := readStamps(base)
	if strings.HasPrefix(v, "3.13.") {
		if err := os.WriteFile(base+".out", out, 0o644); err != nil {
			t.Fatal(err)
		}
		stamps["3.13"] = "# Python " + v + " wrote " + name + ".out: go test ./sim/script -run TestScripts -update-cpython\n"
	} else {
		minor := v[:strings.LastIndex(v, ".")]
		golden := base + ".out-" + minor
		if ref, err := os.ReadFile(base + ".out"); err == nil && bytes.Equal(ref, out) {
			os.Remove(golden)
			delete(stamps, minor)
		} else {
			if err := os.WriteFile(golden, out, 0o644); err != nil {
				t.Fatal(err)
			}
			stamps[minor] = fmt.Sprintf("# Python %s wrote %s.out-%s (exit %d): PYTHON=python%s go test ./sim/script -run TestScripts -update-cpython\n", v, name, minor, exit, minor)
		}
	}
	var stamp strings.Builder
	for _, minor := range slices.Sorted(maps.Keys(stamps)) {
		stamp.WriteString(stamps[minor])
	}
	if err := os.WriteFile(base+".cpython", []byte(stamp.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// readStamps reads NAME.cpython: its lines by the version ("3.13") that wrote them.
func readStamps(base string) map[string]string {
	stamps := map[string]string{}
	data, _ := os.ReadFile(base + ".cpython")
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if f := strings.Fields(line); len(f) > 2 && f[1] == "Python" {
			v := f[2]
			if i := strings.LastIndex(v, "."); i > 0 {
				stamps[v[:i]] = line
			}
		}
	}
	return stamps
}
