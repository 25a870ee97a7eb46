package main

import (
	"strings"
	"testing"
)

func TestLessonsCheck(t *testing.T) {
	code, out, errOut := cli(t, "", "lessons", "check", "--lang", "zh",
		"--content", "../../lessons/testdata/sample", "--golden", "../../lessons/check/testdata/golden")
	want := `ok   zh/01-first-future block 1 (0.100s virtual)
ok   zh/02-when-it-fails block 1 (0.500s virtual)
skip zh/02-when-it-fails block 2 (norun)
ok   zh/02-when-it-fails block 3 (0.000s virtual)
ok   zh/02-when-it-fails block 4 (0.000s virtual)
lessons check: 4 ok, 0 failed, 1 not run (norun)
`
	if code != 0 || out != want || errOut != "" {
		t.Errorf("exit %d, stdout:\n%s\nwant:\n%s\nstderr: %s", code, out, want, errOut)
	}
}

func TestLessonsCheckFails(t *testing.T) {
	code, out, _ := cli(t, "", "lessons", "check", "--lang", "en",
		"--content", "../../lessons/testdata/sample", "--golden", t.TempDir())
	if code != 1 || !strings.Contains(out, "FAIL en/01-first-future block 1 (0.100s virtual): no golden file ") {
		t.Errorf("exit %d, stdout:\n%s", code, out)
	}
}

func TestLessonsUsage(t *testing.T) {
	for _, args := range [][]string{{"lessons"}, {"lessons", "list"}, {"lessons", "check", "--lang", "fr"}, {"lessons", "check", "x"}} {
		if code, _, errOut := cli(t, "", args...); code != 2 || !strings.Contains(errOut, "usage: futurescope lessons check") {
			t.Errorf("%q: exit %d, stderr %q", args, code, errOut)
		}
	}
	code, _, errOut := cli(t, "", "lessons", "check", "--content", "../../lessons/testdata/nowhere")
	if code != 1 || !strings.Contains(errOut, "nowhere") {
		t.Errorf("a missing course folder: exit %d, stderr %q", code, errOut)
	}
}
