package script_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/futurescope/futurescope/internal/cpythontest"
	"github.com/futurescope/futurescope/internal/golden"
	"github.com/futurescope/futurescope/sim/dialect"
)

// The reference cases (reference/cases/NN_name.py, CPython's behaviour with the output CPython printed)
// translated into the dialect: testdata/cases/NN_name.py, still valid Python. Each script's header says
// which of the case's expected lines it prints and why the others are left out. Next to it:
//
//	NN_name.out      what CPython prints on stdout (the expected lines kept, byte for byte);
//	NN_name.err      the last line of stderr, when the script ends with an uncaught exception;
//	NN_name.cpython  the stamp: the CPython version that wrote the two, and their hashes.
//
// TestReferenceCases runs each script on the simulator and compares with the goldens;
// TestReferenceCasesCPython runs each under python3, when there is one, and compares with the same
// goldens, which keeps them CPython's output and the scripts honest Python; TestCPythonGoldensStamped
// checks that every golden is still what the CPython its stamp names wrote.
//
// The goldens are written only by CPython, never from the simulator:
//
//	go test ./sim/script -run 'ReferenceCasesCPython|ErrorScriptsCPython' -update-cpython
//
// runs every script of testdata/cases and testdata/errors under python3 (the first on PATH; put
// ~/.pyenv/versions/3.13.0/bin first to choose 3.13, the reference for printed output) and rewrites
// their goldens and stamps. A script whose "# cpython:" header excludes that python3 gets variant
// goldens instead, NAME@3.11.out and so on, which only the differential test reads.

const casesDir = "../script/testdata/translated"

// A refCase is one translated case script with its goldens.
type refCase struct {
	name    string // NN_name
	src     []byte
	out     string // the .out golden
	errLine string // the .err golden, without its newline; "" if the script must exit 0
	cpython []versionBound
}

// A versionBound is one constraint of a "# cpython: >=3.11,<3.14" header line: the CPython versions
// whose output the goldens are. The differential test skips a script that python3 does not satisfy.
type versionBound struct {
	op           string // ">=" or "<"
	major, minor int
}

func (b versionBound) String() string {
	return b.op + strconv.Itoa(b.major) + "." + strconv.Itoa(b.minor)
}

func (b versionBound) allows(major, minor int) bool {
	older := major < b.major || major == b.major && minor < b.minor
	if b.op == "<" {
		return older
	}
	return !older
}

var (
	cpythonLine = regexp.MustCompile(`(?m)^# cpython: (.+)$`)
	boundRe     = regexp.MustCompile(`^(>=|<)(\d+)\.(\d+)$`)
)

// referenceCases reads testdata/cases.
func referenceCases(t *testing.T) []refCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(casesDir, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no scripts in %s", casesDir)
	}
	var cases []refCase
	for _, file := range files {
		c := refCase{name: strings.TrimSuffix(filepath.Base(file), ".py")}
		if c.src, err = os.ReadFile(file); err != nil {
			t.Fatal(err)
		}
		out, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".out")
		if err != nil && !(*updateCPython && errors.Is(err, os.ErrNotExist)) {
			t.Fatalf("%s: %v (each script needs its .out golden)", c.name, err)
		}
		c.out = string(out)
		if e, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".err"); err == nil {
			c.errLine = strings.TrimRight(string(e), "\n")
		} else if !errors.Is(err, os.ErrNotExist) {
			t.Fatal(err)
		}
		if m := cpythonLine.FindSubmatch(c.src); m != nil {
			for _, s := range strings.Split(string(m[1]), ",") {
				b := boundRe.FindStringSubmatch(strings.TrimSpace(s))
				if b == nil {
					t.Fatalf("%s: bad version bound %q in %q (want >=X.Y or <X.Y)", c.name, s, m[0])
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

// lastLine returns the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// check compares one run of c (by who: "simulator" or "CPython 3.x") with its goldens.
func (c refCase) check(t *testing.T, who, stdout, stderr string, exit int) {
	t.Helper()
	if stdout != c.out {
		t.Errorf("%s: stdout differs from %s.out\n--- got\n%s--- want\n%s--- diff\n%s", who, c.name, stdout, c.out,
			golden.Diff(c.out, stdout))
	}
	switch {
	case c.errLine == "" && exit != 0:
		t.Errorf("%s: exit status %d, want 0 (no %s.err golden); stderr:\n%s", who, exit, c.name, stderr)
	case c.errLine != "" && exit == 0:
		t.Errorf("%s: exit status 0, want an uncaught exception ending with %q; stderr:\n%s", who, c.errLine, stderr)
	case c.errLine != "" && lastLine(stderr) != c.errLine:
		t.Errorf("%s: last stderr line\n  %q\nwant (%s.err)\n  %q\nstderr:\n%s", who, lastLine(stderr), c.name, c.errLine, stderr)
	}
}

// TestReferenceCases runs every translated reference case on the simulator and compares its stdout and
// the last line of its stderr with the goldens, which are CPython's output.
func TestReferenceCases(t *testing.T) {
	for _, c := range referenceCases(t) {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			var out, errOut bytes.Buffer
			res := script.Run(script.Options{Filename: c.name + ".py", Source: c.src, Stdout: &out, Stderr: &errOut})
			c.check(t, "simulator", out.String(), errOut.String(), res.ExitCode)
		})
	}
}

// pythonParallel bounds the CPython runs at a time, and pythonAttempts is how often a script is run
// when its output differs: the cases measure time in tenths of a second, which a busy machine can shift
// (a thread woken late), so a difference must persist to count. A script runs again only after a
// pause, and alone (quietRuns), so that a load the test did not make has a chance to pass.
const (
	pythonParallel = 2
	pythonAttempts = 5
)

// quietRuns lets a repeated CPython run have the machine's attention: first runs share it (RLock),
// a repeat holds it alone (Lock).
var quietRuns sync.RWMutex

// TestReferenceCasesCPython is the differential test: it runs every translated reference case under
// python3, where there is one, in testdata/cases, and compares its stdout and last stderr line with
// the same goldens as TestReferenceCases (or, for a script whose "# cpython:" header excludes
// python3's version, with its variant goldens for that version). With -update-cpython it writes the
// goldens instead.
func TestReferenceCasesCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped with -short: runs every case under python3 (several seconds of real time)")
	}
	py := cpythontest.Find(t, "the reference cases (TestReferenceCases still compares the simulator with the goldens)")
	who := "CPython " + py.Version()
	dir, err := filepath.Abs(casesDir)
	if err != nil {
		t.Fatal(err)
	}
	slots := make(chan struct{}, pythonSlots())
	for _, c := range referenceCases(t) {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			slots <- struct{}{}
			defer func() { <-slots }()
			if *updateCPython {
				r := steadyPythonRun(t, py, dir, c.name, func(r pythonRun) string { return lastLine(r.err) })
				var errLine []byte
				if r.exit != 0 {
					errLine = []byte(lastLine(r.err) + "\n")
				}
				writeCPythonGoldens(t, py, casesDir, c, []byte(r.out), errLine)
				return
			}
			out, errText := cpythonGoldens(t, py, casesDir, c)
			c.out, c.errLine = out, strings.TrimRight(errText, "\n")
			var r pythonRun
			for attempt := 1; attempt <= pythonAttempts; attempt++ {
				if attempt == 1 {
					quietRuns.RLock()
					r = runPythonCase(t, py.Path, dir, c.name)
					quietRuns.RUnlock()
				} else {
					time.Sleep(time.Duration(attempt) * 500 * time.Millisecond)
					quietRuns.Lock()
					r = runPythonCase(t, py.Path, dir, c.name)
					quietRuns.Unlock()
				}
				if r.out == c.out && (c.errLine == "") == (r.exit == 0) && (c.errLine == "" || lastLine(r.err) == c.errLine) {
					if attempt > 1 {
						t.Logf("%s: matched the goldens at attempt %d", who, attempt)
					}
					return
				}
			}
			c.check(t, who+" ("+strconv.Itoa(pythonAttempts)+" runs, the last shown)", r.out, r.err, r.exit)
		})
	}
}

// pythonSlots is how many scripts run under CPython at a time: one when writing goldens, to keep the
// machine quiet.
func pythonSlots() int {
	if *updateCPython || *updateErrors {
		return 1
	}
	return pythonParallel
}

// A pythonRun is what one CPython run of a script printed.
type pythonRun struct {
	out, err string
	exit     int
}

// runPythonCase runs testdata/cases/NAME.py under python, in dir, with a timeout.
func runPythonCase(t *testing.T, python, dir, name string) pythonRun {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var out, errOut bytes.Buffer
	cmd := exec.CommandContext(ctx, python, name+".py")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONDONTWRITEBYTECODE=1", "PYTHONHASHSEED=0")
	cmd.Stdout, cmd.Stderr = &out, &errOut
	cmd.WaitDelay = 5 * time.Second
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%s.py did not finish within the timeout under %s; stdout so far:\n%s", name, python, out.String())
	}
	r := pythonRun{out: out.String(), err: errOut.String()}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		r.exit = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", python, err)
	}
	return r
}

// updateCPython makes the differential tests write the CPython goldens of testdata/cases and
// testdata/errors, with their stamps, from python3's output.
var updateCPython = flag.Bool("update-cpython", false, "rewrite the CPython goldens of testdata/cases and testdata/errors by running python3")

// writeHow is what a stamp says to write the goldens again.
const writeHow = "go test ./sim/script -run 'ReferenceCasesCPython|ErrorScriptsCPython' -update-cpython writes them"

// steadyPythonRun runs the script NAME.py of dir under py until one result (stdout, exit status and,
// if it failed, what golden keeps of stderr) came three times, in up to 3*pythonAttempts runs, so that
// a golden is never a busy machine's one-off (a thread woken late shifts a case's tenths of a second).
func steadyPythonRun(t *testing.T, py cpythontest.Python, dir, name string, golden func(pythonRun) string) pythonRun {
	t.Helper()
	seen := map[string]int{}
	for range 3 * pythonAttempts {
		r := runPythonCase(t, py.Path, dir, name)
		key := strconv.Itoa(r.exit) + "\x00" + r.out
		if r.exit != 0 {
			key += "\x00" + golden(r)
		}
		if seen[key]++; seen[key] == 3 {
			return r
		}
	}
	t.Fatalf("CPython %s printed %d different things in %d runs of %s.py, none three times: no golden written",
		py.Version(), len(seen), 3*pythonAttempts, name)
	return pythonRun{}
}

// goldenBase returns the base name of c's goldens for py: c.name when c's "# cpython:" header allows
// py's version, else the variant c.name@MAJOR.MINOR.
func goldenBase(c refCase, py cpythontest.Python) string {
	for _, b := range c.cpython {
		if !b.allows(py.Major, py.Minor) {
			return c.name + "@" + strconv.Itoa(py.Major) + "." + strconv.Itoa(py.Minor)
		}
	}
	return c.name
}

// writeCPythonGoldens writes what py printed running c into dir (stdout, and errText as the .err
// golden; nil for none) with their stamp, as the goldens for py's version.
func writeCPythonGoldens(t *testing.T, py cpythontest.Python, dir string, c refCase, out, errText []byte) {
	t.Helper()
	base := goldenBase(c, py)
	if out == nil {
		out = []byte{}
	}
	files := map[string][]byte{base + ".out": out, base + ".err": errText}
	if err := golden.WriteGoldens(dir, base, c.name, py.Version(), writeHow, files); err != nil {
		t.Fatal(err)
	}
	t.Logf("CPython %s wrote %s.out and .err", py.Version(), filepath.Join(dir, base))
}

// cpythonGoldens reads the goldens py's output is compared with for c: c's own, or the variant for
// py's version when c's header excludes it (failing or skipping, as cpythontest.Missing does, when
// there is none).
func cpythonGoldens(t *testing.T, py cpythontest.Python, dir string, c refCase) (out, errText string) {
	t.Helper()
	base := goldenBase(c, py)
	if _, err := os.Stat(filepath.Join(dir, base+golden.StampExt)); base != c.name && err != nil {
		cpythontest.Missing(t, fmt.Sprintf("%s: the goldens are the output of CPython %s, python3 is %s, and no CPython wrote variant goldens %s.out for it",
			c.name, c.cpython, py.Version(), base), "write them: "+writeHow)
	}
	o, err := os.ReadFile(filepath.Join(dir, base+".out"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := os.ReadFile(filepath.Join(dir, base+".err"))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	return string(o), string(e)
}

// TestCPythonGoldensStamped checks that every golden of testdata/cases and testdata/errors is what the
// CPython its stamp names wrote, and that every script has its stamp: a golden rewritten from the
// simulator, or by hand, fails here even on a machine without python3.
func TestCPythonGoldensStamped(t *testing.T) {
	for _, dir := range []string{casesDir, errorsDir} {
		for _, err := range golden.VerifyStamps(dir, ".out", ".err") {
			t.Error(err)
		}
		scripts, err := filepath.Glob(filepath.Join(dir, "*.py"))
		if err != nil {
			t.Fatal(err)
		}
		for _, py := range scripts {
			stamp := strings.TrimSuffix(py, ".py") + golden.StampExt
			s, err := golden.ReadStamp(stamp)
			if err != nil {
				t.Errorf("%s has no stamp naming the CPython that wrote its goldens (%s): %v", py, writeHow, err)
				continue
			}
			if _, ok := s.Files[filepath.Base(strings.TrimSuffix(py, ".py"))+".out"]; !ok {
				t.Errorf("%s: the stamp names no .out golden", stamp)
			}
		}
	}
}

// TestReferenceCaseHeaders checks that every case script says what it covers.
func TestReferenceCaseHeaders(t *testing.T) {
	for _, c := range referenceCases(t) {
		sc := bufio.NewScanner(bytes.NewReader(c.src))
		var header strings.Builder
		for sc.Scan() && strings.HasPrefix(sc.Text(), "#") {
			header.WriteString(sc.Text() + "\n")
		}
		for _, want := range []string{"Reference case " + c.name[:2], "Covered:", "Not covered:"} {
			if !strings.Contains(header.String(), want) {
				t.Errorf("%s.py: the header comment lacks %q", c.name, want)
			}
		}
	}
}
