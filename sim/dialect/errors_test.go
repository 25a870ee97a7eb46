package script_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/internal/cpythontest"
	"github.com/futurescope/futurescope/internal/golden"
	"github.com/futurescope/futurescope/sim/dialect"
)

// The beginner's mistakes: testdata/errors/NAME.py are small scripts, valid Python, that end with an
// uncaught exception (1 / 0, a missing key, submit(f(1)), wait(f), a typo …). Next to each:
//
//	NAME.out  what CPython prints on stdout;
//	NAME.err  the user's frames of the traceback CPython prints ("NAME.py:LINE in FUNC", innermost
//	          last), the last line of each exception of a chain with CPython's "The above exception
//	          was the direct cause …", and the last line, "KeyError: 'pear'"; absent if the script
//	          exits 0.
//
//	NAME.cpython  the stamp: the CPython version that wrote them, and their hashes.
//
// The goldens are CPython's output, written only by running python3 (-update-cpython, see
// cases_test.go; a "# cpython: >=3.13" header says which versions a golden holds for, and other
// versions get variant goldens NAME@3.11.out and so on). TestErrorScripts compares the simulator with
// them, TestErrorScriptsCPython python3, so that the goldens stay CPython's.

const errorsDir = "../script/testdata/errors"

// frameRE matches a frame line of a traceback.
var frameRE = regexp.MustCompile(`^  File "(?:.*/)?([^/"]+)", line (\d+), in (\S+)$`)

// causeLine separates the tracebacks of a chain of exceptions (raise … from …, or a process pool's
// _RemoteTraceback).
const causeLine = "The above exception was the direct cause of the following exception:"

// tracebackSummary returns the frames of a traceback in the script's own file, one a line
// ("NAME.py:LINE in FUNC"), each cause's last line followed by causeLine, then the last line; "" if
// stderr is empty.
func tracebackSummary(name, stderr string) string {
	if strings.TrimSpace(stderr) == "" {
		return ""
	}
	var b strings.Builder
	lines := strings.Split(stderr, "\n")
	for i, l := range lines {
		if m := frameRE.FindStringSubmatch(l); m != nil && m[1] == name+".py" {
			b.WriteString(m[1] + ":" + m[2] + " in " + m[3] + "\n")
		}
		if l == causeLine && i > 1 {
			b.WriteString(lines[i-2] + "\n" + l + "\n")
		}
	}
	return b.String() + lastLine(stderr) + "\n"
}

// errorScripts reads testdata/errors as refCases whose errLine is the traceback summary.
func errorScripts(t *testing.T) []refCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(errorsDir, "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts in %s: %v", errorsDir, err)
	}
	var cases []refCase
	for _, file := range files {
		base := strings.TrimSuffix(file, ".py")
		c := refCase{name: filepath.Base(base)}
		if c.src, err = os.ReadFile(file); err != nil {
			t.Fatal(err)
		}
		out, _ := os.ReadFile(base + ".out")
		errText, _ := os.ReadFile(base + ".err")
		c.out, c.errLine = string(out), string(errText)
		if m := cpythonLine.FindSubmatch(c.src); m != nil {
			for _, s := range strings.Split(string(m[1]), ",") {
				b := boundRe.FindStringSubmatch(strings.TrimSpace(s))
				if b == nil {
					t.Fatalf("%s: bad version bound %q", c.name, s)
				}
				major, _ := strconv.Atoi(b[2])
				minor, _ := strconv.Atoi(b[3])
				c.cpython = append(c.cpython, versionBound{b[1], major, minor})
			}
		}
		cases = append(cases, c)
	}
	return cases
}

// checkError compares one run with the goldens of c.
func checkError(t *testing.T, c refCase, who, stdout, stderr string, exit int) {
	t.Helper()
	if stdout != c.out {
		t.Errorf("%s: %s: stdout differs from %s.out\n%s", who, c.name, c.name, golden.Diff(c.out, stdout))
	}
	if got := tracebackSummary(c.name, stderr); got != c.errLine {
		t.Errorf("%s: %s: traceback\n%s\nwant (%s.err)\n%s\nstderr:\n%s", who, c.name, got, c.name, c.errLine, stderr)
	}
	if (exit != 0) != (c.errLine != "") {
		t.Errorf("%s: %s: exit status %d", who, c.name, exit)
	}
}

// TestErrorScripts runs each script in testdata/errors on the simulator.
func TestErrorScripts(t *testing.T) {
	for _, c := range errorScripts(t) {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			res := script.Run(script.Options{Filename: c.name + ".py", Source: c.src, Stdout: &out, Stderr: &errOut})
			checkError(t, c, "simulator", out.String(), errOut.String(), res.ExitCode)
		})
	}
}

// TestErrorScriptsCPython runs each script under python3 and compares with the goldens (or the
// variant goldens for python3's version); with -update-cpython it writes them instead.
func TestErrorScriptsCPython(t *testing.T) {
	py := cpythontest.Find(t, "the goldens of testdata/errors")
	dir, err := filepath.Abs(errorsDir)
	if err != nil {
		t.Fatal(err)
	}
	who := "CPython " + py.Version()
	slots := make(chan struct{}, pythonSlots())
	for _, c := range errorScripts(t) {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			slots <- struct{}{}
			defer func() { <-slots }()
			if *updateCPython || *updateErrors {
				r := steadyPythonRun(t, py, dir, c.name, func(r pythonRun) string { return tracebackSummary(c.name, r.err) })
				var errText []byte
				if r.exit != 0 {
					errText = []byte(tracebackSummary(c.name, r.err))
				}
				writeCPythonGoldens(t, py, errorsDir, c, []byte(r.out), errText)
				return
			}
			c.out, c.errLine = cpythonGoldens(t, py, errorsDir, c)
			r := runPythonCase(t, py.Path, dir, c.name)
			checkError(t, c, who, r.out, r.err, r.exit)
		})
	}
}
