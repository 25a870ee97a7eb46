package difftest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestCorpusHasCPythonsGoldens(t *testing.T) {
	cases, err := Load(Dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 170 {
		t.Errorf("the corpus has %d scripts, want at least 170", len(cases))
	}
	for _, c := range cases {
		if !strings.HasPrefix(c.CPython, "3.13.") {
			t.Errorf("%s: goldens written by CPython %s, want 3.13", c.Name, c.CPython)
		}
		if len(c.Script) == 0 || (len(c.Want.Stdout) == 0 && len(c.Want.Stderr) == 0) {
			t.Errorf("%s: an empty script or one that prints nothing shows nothing", c.Name)
		}
	}
}

func TestLoadRefusesAGoldenCPythonDidNotWrite(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"tb_simple.py", "tb_simple.out", "tb_simple.err", "tb_simple.exit", "tb_simple.cpython"} {
		data, err := os.ReadFile(filepath.Join(Dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if name == "tb_simple.err" {
			data = append(data, "edited by hand\n"...)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "tb_simple.err") {
		t.Fatalf("Load of an edited golden: err = %v, want one naming tb_simple.err", err)
	}
}

func TestCompareShowsTheFirstDifference(t *testing.T) {
	c := Case{Name: "x", Want: Outcome{Stdout: []byte("a\nb\nc\n"), Stderr: []byte("Traceback\nKeyError: 'k'\n"), Exit: 1}}
	for _, tc := range []struct {
		got       Outcome
		first     string
		inCompare []string
	}{
		{c.Want, "", nil},
		{Outcome{Stdout: []byte("a\nB\nc\n"), Stderr: c.Want.Stderr, Exit: 1},
			`stdout line 2: want "b" got "B"`, []string{"stdout at line 2:", "-b", "+B"}},
		{Outcome{Stdout: []byte("a\nb\n"), Stderr: c.Want.Stderr, Exit: 1},
			`stdout line 3: want "c" got ""`, []string{"stdout at line 3:"}},
		{Outcome{Stdout: c.Want.Stdout, Stderr: []byte("Traceback\nKeyError: k\n"), Exit: 1},
			`stderr line 2: want "KeyError: 'k'" got "KeyError: k"`, []string{"stderr at line 2:"}},
		{Outcome{Stdout: c.Want.Stdout, Stderr: c.Want.Stderr}, "exit code 0, want 1", []string{"exit code 0, want 1"}},
	} {
		if got := c.FirstDifference(tc.got); got != tc.first {
			t.Errorf("FirstDifference = %q, want %q", got, tc.first)
		}
		cmp := c.Compare(tc.got)
		if (cmp == "") != (tc.first == "") {
			t.Errorf("Compare = %q, but FirstDifference = %q", cmp, tc.first)
		}
		for _, s := range tc.inCompare {
			if !strings.Contains(cmp, s) {
				t.Errorf("Compare = %q, want it to contain %q", cmp, s)
			}
		}
	}
}

func TestKnownListIsCheckedBothWays(t *testing.T) {
	path := filepath.Join(t.TempDir(), KnownFile)
	want := Known{"b_fails": "stdout line 1: want \"x\" got \"y\"", "a_fails": "", "c_fixed": "old"}
	if err := WriteKnown(path, want); err != nil {
		t.Fatal(err)
	}
	known, err := ReadKnown(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(known) != 3 || known["b_fails"] != want["b_fails"] || known["a_fails"] != "" {
		t.Fatalf("read back %v, want %v", known, want)
	}
	names := []string{"a_fails", "b_fails", "c_fixed", "d_new", "e_ok"}
	failed := map[string]string{"a_fails": "x", "b_fails": "y", "d_new": "stderr line 1"}
	problems := CheckKnown(known, names, failed)
	wantProblems := []string{
		"c_fixed passes now: remove it from KNOWN_FAILURES",
		"d_new fails and is not in KNOWN_FAILURES: stderr line 1",
	}
	if !slices.Equal(problems, wantProblems) {
		t.Errorf("problems = %q, want %q", problems, wantProblems)
	}
	known["gone"] = ""
	if p := CheckKnown(known, names, failed); len(p) != 3 || !strings.Contains(p[2], "gone is listed") {
		t.Errorf("a listed name that is no script: problems = %q", p)
	}
}

func TestReadKnownRejectsBadLines(t *testing.T) {
	dir := t.TempDir()
	for _, text := range []string{"two names\n", "a\na  # again\n"} {
		path := filepath.Join(dir, KnownFile)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadKnown(path); err == nil {
			t.Errorf("ReadKnown(%q) succeeded, want an error", text)
		}
	}
}

func TestRunChildIsolatesCrashesAndHangs(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{"ok": "print(1)\n", "crash": "# panic\n", "hang": "# loop\n"} {
		if err := os.WriteFile(filepath.Join(dir, name+".py"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fake := func(name string) Case { return Case{Name: name, Path: filepath.Join(dir, name+".py")} }
	got, err := RunChild(fake("ok"), time.Minute, fakeEnv+"=1")
	if err != nil || string(got.Stdout) != "print(1)\n" || string(got.Stderr) != "ok.py\n" || got.Exit != 3 {
		t.Errorf("ok: got %q %q exit %d, err %v", got.Stdout, got.Stderr, got.Exit, err)
	}
	got, err = RunChild(fake("crash"), time.Minute, fakeEnv+"=1")
	if err != nil || got.Exit == 0 || !strings.Contains(string(got.Stderr), "fake interpreter crashed") {
		t.Errorf("crash: got %q exit %d, err %v; want the panic on stderr and a failing exit", got.Stderr, got.Exit, err)
	}
	_, err = RunChild(fake("hang"), 2*time.Second, fakeEnv+"=1")
	if err == nil || !strings.Contains(err.Error(), "still running") {
		t.Errorf("hang: err = %v, want it stopped", err)
	}
}
