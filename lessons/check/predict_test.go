package check_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/lessons/check"
)

// A prediction's questions must be about events its run has, in the run's order.
func TestCheckReveals(t *testing.T) {
	header := "---\ntitle: T\norder: 1\nlanguage: en\n---\n\n"
	block := "```python predict\nfrom concurrent.futures import ThreadPoolExecutor\nwith ThreadPoolExecutor() as pool:\n" +
		"    f = pool.submit(pow, 2, 3)\nprint(f.result())\nprint('end')\n```\n\n"
	q := func(at string) string { return "- `" + at + "` What?\n\n  Answer: this.\n\n" }
	tests := []struct{ questions, want string }{
		{q("finish f1") + q("print 1") + q("print 2") + q("end"), ""},
		{q("print 3"), "predict: question 1 (line 15): the run has no `print 3` (it prints 2 lines)"},
		{q("cancel f1"), "predict: question 1 (line 15): the run has no `cancel f1` (it makes 1 future)"},
		{q("print 2") + q("finish f1"), "predict: question 2 (line 19): `finish f1` happens before question 1's `print 2`: order the questions as the run reaches them"},
	}
	checkQuestions(t, header+block, tests)
}

// The checker fails a lesson whose question is asked after the event that gives its answer away.
func TestCheckGiveAways(t *testing.T) {
	header := "---\ntitle: T\norder: 1\nlanguage: en\n---\n\n"
	block := "```python predict\nimport time\nfrom concurrent.futures import ThreadPoolExecutor\n" +
		"def job():\n    time.sleep(0.1)\n    return 8\n\nwith ThreadPoolExecutor() as pool:\n" +
		"    f = pool.submit(job)\n    print(f.result())\n```\n\n"
	q := func(at string) string { return "- `" + at + "` What does it print?\n\n  Answer: 8.\n\n" }
	tests := []struct{ questions, want string }{
		{q("print 1"), "predict: question 1 (line 19): `print 1` is asked after result() returning 8, which decides what it prints: pin it to an earlier event"},
		{q("finish f1"), ""},
	}
	checkQuestions(t, header+block, tests)
}

// checkQuestions checks the lesson page with each test's questions after it: the checker's problem
// must contain want, or be none when want is "".
func checkQuestions(t *testing.T, page string, tests []struct{ questions, want string }) {
	t.Helper()
	for _, tt := range tests {
		c, err := lessons.Load(fstest.MapFS{"en/01-x.md": {Data: []byte(page + tt.questions)}})
		if err != nil {
			t.Fatal(err)
		}
		r := check.Run(c, check.Options{Golden: t.TempDir(), Update: true, Lang: "en"})[0]
		if got := r.Problem; !(tt.want == "" && got == "" || tt.want != "" && strings.Contains(got, tt.want)) {
			t.Errorf("%q: problem %q, want %q", tt.questions, got, tt.want)
		}
	}
}
