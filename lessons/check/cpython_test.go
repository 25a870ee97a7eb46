package check_test

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/futurescope/futurescope/internal/cpythontest"
	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/sim/script"
)

// cpythonTimeout bounds one block's run under CPython, which sleeps for real.
const cpythonTimeout = 30 * time.Second

// timingLine matches a line that depends on timing, so the comparison with CPython leaves it out:
// one holding a number with three or more decimals ("took 0.503s", "1.0021") or a time stamp
// written t=<digit> ("t=0.5 done"). Lessons that want a time compared print it rounded to one or two
// decimals ("0.5").
var timingLine = regexp.MustCompile(`\d\.\d{3,}|\bt=\d`)

// timingFree returns the lines of out that do not depend on timing.
func timingFree(out string) []string {
	var keep []string
	for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if !timingLine.MatchString(l) {
			keep = append(keep, l)
		}
	}
	return keep
}

// decimal matches a number with a decimal point.
var decimal = regexp.MustCompile(`\d+\.\d+`)

// sameLine reports whether CPython's line py matches futurescope's line sim. They must be the same
// except for numbers with a decimal point, which may differ as a real clock does from a simulated one:
// by up to 20% of the larger, plus one unit of their last decimal. So "done at 0.6" matches "done at
// 0.5": CPython woke up a little late, and rounding carried that over 0.55. Whole numbers must match.
func sameLine(py, sim string) bool {
	if decimal.ReplaceAllString(py, "#") != decimal.ReplaceAllString(sim, "#") {
		return false
	}
	a, b := decimal.FindAllString(py, -1), decimal.FindAllString(sim, -1)
	for i := range a {
		x, _ := strconv.ParseFloat(a[i], 64)
		y, _ := strconv.ParseFloat(b[i], 64)
		decimals := max(len(a[i])-strings.Index(a[i], "."), len(b[i])-strings.Index(b[i], ".")) - 1
		if math.Abs(x-y) > 0.2*max(x, y)+math.Pow10(-decimals)+1e-9 {
			return false
		}
	}
	return true
}

// TestLessonsCPython runs every script block of the course and of the sample under CPython too, where
// python3 exists, and checks that the lessons' scripts are honest Python:
//
//   - both print the same timing-free lines (timingLine says which lines are not), in the same order,
//     allowing for clock drift in numbers with a decimal point (sameLine);
//   - both succeed, or both fail, and with expect-error=TEXT CPython's last stderr line starts with TEXT;
//   - when both fail, both print the same error message: their last stderr lines match (sameLine).
//
// Blocks that CPython cannot finish are left out: expect-error=deadlock and expect-error=limit (CPython
// would hang or run on), and norun. Blocks marked cpython=skip still run under CPython and must end as
// they do here, but their lines are not compared: output that is racy in CPython (threads printing at
// the same instant) or machine-dependent (os.cpu_count(), CPU-bound timings).
func TestLessonsCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("CPython sleeps for real (about 30 s of sleeps in all): skipped with -short")
	}
	python := cpythontest.Find(t, "the lessons' scripts").Path
	for _, c := range []course{content, sample} {
		course, err := c.load()
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range cpythonBlocks(course) {
			t.Run(b.name, func(t *testing.T) {
				t.Parallel()
				compareWithCPython(t, python, b.name, b.Block)
			})
		}
	}
}

// A namedBlock is a distinct script block and the name it runs as.
type namedBlock struct {
	name string // "03-callbacks-2"
	lessons.Block
}

// cpythonBlocks returns the course's distinct script blocks that CPython can run.
func cpythonBlocks(c *lessons.Course) []namedBlock {
	var out []namedBlock
	seen := map[string]bool{}
	for _, lang := range lessons.Languages() {
		for _, l := range c.Lessons(lang) {
			for _, b := range l.Blocks {
				o := b.Options
				name := fmt.Sprintf("%s-%d", l.Slug, b.Index)
				if seen[name] || o.NoRun || o.ExpectError == "deadlock" || o.ExpectError == "limit" {
					continue
				}
				seen[name] = true
				out = append(out, namedBlock{name, b})
			}
		}
	}
	return out
}

// cpythonTries is how many times a block runs under CPython before its lines count as different: a
// real clock on a busy machine can wake a thread late enough to change what a script prints (which
// futures are still running at 0.8 s), and one matching run shows CPython does print what the
// simulator does.
const cpythonTries = 3

// compareWithCPython runs block b in futurescope and in CPython and compares the two.
func compareWithCPython(t *testing.T, python, name string, b lessons.Block) {
	var simOut, simErr bytes.Buffer
	res := script.Run(script.Options{Filename: name + ".py", Source: []byte(b.Code), Stdout: &simOut, Stderr: &simErr,
		Cores: b.Options.Cores, FreeThreaded: b.Options.FreeThreaded})
	want := timingFree(simOut.String())
	var problems []string
	for try := 1; try <= cpythonTries; try++ {
		pyOut, pyErr, pyExit := runCPython(t, python, name, b.Code)
		problems = problems[:0]
		if got := timingFree(pyOut); !b.Options.SkipCPython && !slices.EqualFunc(got, want, sameLine) {
			problems = append(problems, fmt.Sprintf("timing-free lines differ (mark the block cpython=skip if CPython's output is racy):\nCPython:\n  %s\nfuturescope:\n  %s",
				strings.Join(got, "\n  "), strings.Join(want, "\n  ")))
		}
		if (pyExit != 0) != (res.ExitCode != 0) {
			problems = append(problems, fmt.Sprintf("CPython exited %d, futurescope %d; CPython's stderr:\n%s", pyExit, res.ExitCode, pyErr))
		}
		if want := b.Options.ExpectError; want != "" && !strings.HasPrefix(lastLine(pyErr), want) {
			problems = append(problems, fmt.Sprintf("expect-error=%s, but CPython's last stderr line is %q", want, lastLine(pyErr)))
		}
		if pyExit != 0 && res.ExitCode != 0 && !sameLine(lastLine(pyErr), lastLine(simErr.String())) {
			problems = append(problems, fmt.Sprintf("the error messages differ: CPython's last stderr line is %q, futurescope's %q",
				lastLine(pyErr), lastLine(simErr.String())))
		}
		if len(problems) == 0 {
			return
		}
	}
	t.Errorf("in %d runs under CPython, none matched; the last:\n%s", cpythonTries, strings.Join(problems, "\n"))
}

// runCPython runs code as the file name.py in a temporary folder and returns what it printed and its
// exit status.
func runCPython(t *testing.T, python, name, code string) (stdout, stderr string, exit int) {
	dir := t.TempDir()
	file := filepath.Join(dir, name+".py")
	if err := os.WriteFile(file, []byte(code), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), cpythonTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, "-X", "utf8", file)
	cmd.Dir = dir
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("CPython did not finish in %v (mark the block cpython=skip if it cannot)", cpythonTimeout)
	}
	if err != nil && cmd.ProcessState == nil {
		t.Fatal(err)
	}
	return out.String(), errOut.String(), cmd.ProcessState.ExitCode()
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n "), "\n")
	return lines[len(lines)-1]
}

func TestSameLine(t *testing.T) {
	tests := []struct {
		py, sim string
		want    bool
	}{
		{"25 at 0.6", "25 at 0.5", true},
		{"after 2.1 s", "after 2.0 s", true},
		{"after 0.70", "after 0.50", false},
		{"0.25 0.26", "0.25 0.25", true},
		{"25 at 0.5", "24 at 0.5", false},
		{"[1, 5]", "[1, 5]", true},
		{"done 3", "done 3 of 4", false},
		{"t 1.5", "t 15", false},
	}
	for _, tt := range tests {
		if got := sameLine(tt.py, tt.sim); got != tt.want {
			t.Errorf("sameLine(%q, %q) = %v, want %v", tt.py, tt.sim, got, tt.want)
		}
	}
	if got := timingFree("a\ntook 0.503s\nt=1 x\nb 0.5\n"); !slices.Equal(got, []string{"a", "b 0.5"}) {
		t.Errorf("timingFree: %q", got)
	}
}
