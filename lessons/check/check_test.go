package check_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/lessons/check"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// The two courses the tests check, and where their golden files are.
var (
	content = course{func() (*lessons.Course, error) { return lessons.Load(lessons.Content()) }, "../testdata/golden"}
	sample  = course{func() (*lessons.Course, error) {
		return lessons.Load(lessons.Named(os.DirFS("../testdata/sample"), "lessons/testdata/sample"))
	}, "testdata/golden"}
)

type course struct {
	load   func() (*lessons.Course, error)
	golden string
}

// TestLessonsRun does what `futurescope lessons check` does: it runs every script block of the course
// and compares its output and trace with its golden file (go test -update rewrites them).
func TestLessonsRun(t *testing.T) { runCourse(t, content) }

// TestSampleRun checks the sample course the package tests use.
func TestSampleRun(t *testing.T) { runCourse(t, sample) }

func runCourse(t *testing.T, c course) {
	course, err := c.load()
	if err != nil {
		t.Fatal(err)
	}
	results := check.Run(course, check.Options{Golden: c.golden, Update: *update})
	if len(results) == 0 {
		t.Skip("no lessons yet")
	}
	for _, r := range results {
		t.Run(r.Name, func(t *testing.T) {
			switch r.Status {
			case check.Failed:
				t.Error(r)
			case check.Skipped:
				t.Skip(r)
			}
		})
	}
	t.Log(check.Summary(results))
}

func TestResults(t *testing.T) {
	header := "---\ntitle: T\norder: 1\nlanguage: en\n---\n\n"
	fsys := fstest.MapFS{"en/01-x.md": {Data: []byte(header +
		"```python\nprint('hi')\n```\n\n" +
		"```python expect-error=ValueError\nprint(1)\nint('x')\n```\n\n" +
		"```python expect-error=TimeoutError\nprint(2)\n```\n\n" +
		"```python norun\nprint(3)\n```\n\n" +
		"```python\nprint(4)\nint('y')\n```\n")}}
	c, err := lessons.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	got := summarize(check.Run(c, check.Options{Golden: dir}))
	want := `FAIL en/01-x block 1 (0.000s virtual): no golden file DIR/01-x-1.golden (--update writes it)
FAIL en/01-x block 2 (0.000s virtual): no golden file DIR/01-x-2.golden (--update writes it)
FAIL en/01-x block 3 (0.000s virtual): expect-error=TimeoutError, but the script succeeded
    no golden file DIR/01-x-3.golden (--update writes it)
skip en/01-x block 4 (norun)
FAIL en/01-x block 5 (0.000s virtual): the script failed (add expect-error=… if it should):
        File "01-x-5.py", line 2, in <module>
          int('y')
          ~~~^^^^^
      ValueError: invalid literal for int() with base 10: 'y'
    no golden file DIR/01-x-5.golden (--update writes it)
FAIL zh/01-x: missing: en/01-x.md has no zh translation
lessons check: 0 ok, 5 failed, 1 not run (norun)
`
	if got = strings.ReplaceAll(got, dir, "DIR"); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}

	check.Run(c, check.Options{Golden: dir, Update: true, Lang: "en"})
	os.WriteFile(filepath.Join(dir, "01-x-1.golden"), []byte("-- stdout --\nho\n-- stderr --\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "99-gone-1.golden"), nil, 0o644)
	got = strings.ReplaceAll(summarize(check.Run(c, check.Options{Golden: dir, Lang: "en"})), dir, "DIR")
	want = `FAIL en/01-x block 1 (0.000s virtual): output differs from DIR/01-x-1.golden (--update rewrites it):
    at line 2:
    -ho
    --- stderr --
    -
    +hi
    +-- stderr --
    +-- trace --
    +# futurescope trace v1
ok   en/01-x block 2 (0.000s virtual)
FAIL en/01-x block 3 (0.000s virtual): expect-error=TimeoutError, but the script succeeded
skip en/01-x block 4 (norun)
FAIL en/01-x block 5 (0.000s virtual): the script failed (add expect-error=… if it should):
        File "01-x-5.py", line 2, in <module>
          int('y')
          ~~~^^^^^
      ValueError: invalid literal for int() with base 10: 'y'
lessons check: 1 ok, 3 failed, 1 not run (norun)
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	got = strings.ReplaceAll(summarize(check.Run(c, check.Options{Golden: dir})), dir, "DIR")
	if !strings.Contains(got, "FAIL DIR/99-gone-1.golden: no block uses it (--update removes it)\n") {
		t.Errorf("an unused golden file is not reported:\n%s", got)
	}
}

// summarize formats results as the command prints them.
func summarize(results []check.Result) string {
	var b strings.Builder
	for _, r := range results {
		b.WriteString(r.String() + "\n")
	}
	return b.String() + check.Summary(results) + "\n"
}

func TestExpectError(t *testing.T) {
	header := "---\ntitle: T\norder: 1\nlanguage: en\n---\n\n"
	blocks := []struct{ info, code, want string }{
		{"expect-error=limit", "import time\ntime.sleep(100)\n", ""},
		{"expect-error=deadlock", "import threading\nthreading.Event().wait()\n", ""},
		{"expect-error=ValueError", "int('x')\n", ""},
		{"expect-error=limit", "int('x')\n", "expect-error=limit, but the script failed otherwise:\n    File \"01-x-4.py\", line 1, in <module>\n      int('x')"},
		{"expect-error=deadlock", "import time\ntime.sleep(100)\n", "expect-error=deadlock, but the script failed otherwise:\n  "},
		{"expect-error=TypeError", "int('x')\n", `expect-error=TypeError, but the last line of stderr is "ValueError: invalid literal for int() with base 10: 'x'"`},
	}
	text := header
	for _, b := range blocks {
		text += "```python " + b.info + "\n" + b.code + "```\n\n"
	}
	c, err := lessons.Load(fstest.MapFS{"en/01-x.md": {Data: []byte(text)}})
	if err != nil {
		t.Fatal(err)
	}
	results := check.Run(c, check.Options{Golden: t.TempDir(), Update: true, Lang: "en"})
	for i, r := range results {
		want := blocks[i].want
		if !strings.HasPrefix(r.Problem, want) || (want == "") != (r.Status == check.OK) {
			t.Errorf("%s %s: got\n%s\nwant a problem starting %q", r.Name, blocks[i].info, r, want)
		}
	}
}
