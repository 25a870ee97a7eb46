package script

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// summaryOf rebuilds the errors test's traceback summary (errors_test.go) from a report's data alone:
// so each error script's report has CPython 3.13's frames, causes and last line.
func summaryOf(name string, r *Report) string {
	var b strings.Builder
	for _, ex := range r.Exceptions {
		for _, f := range ex.Frames {
			if f.File == name+".py" {
				b.WriteString(f.File + ":" + strconv.Itoa(f.Line) + " in " + f.Func + "\n")
			}
		}
		// A _RemoteTraceback's message is the worker's traceback as text, which the summary of
		// the printed traceback reads as frames too.
		lines := strings.Split(joinType(ex.Type, ex.Message), "\n")
		for i, l := range lines {
			if m := frameRE.FindStringSubmatch(l); m != nil && m[1] == name+".py" {
				b.WriteString(m[1] + ":" + m[2] + " in " + m[3] + "\n")
			}
			if l == causeLine && i > 1 {
				b.WriteString(lines[i-2] + "\n" + l + "\n")
			}
		}
		if ex.Link == LinkCause {
			b.WriteString(lines[len(lines)-1] + "\n" + causeLine + "\n")
		}
	}
	return b.String() + r.Message + "\n"
}

func TestReportErrorScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/errors/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no error scripts: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		if _, known := errorFailures[name]; known {
			continue
		}
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			wantErr, _ := os.ReadFile(strings.TrimSuffix(file, ".py") + ".err")
			var errOut bytes.Buffer
			res := Run(Options{Filename: name + ".py", Source: src, Stderr: &errOut})
			if len(wantErr) == 0 {
				if res.Report != nil {
					t.Fatalf("report of a run that succeeded: %+v", res.Report)
				}
				return
			}
			r := res.Report
			if r == nil || r.Kind != KindException {
				t.Fatalf("report %+v, want an exception", r)
			}
			if r.Text != errOut.String() {
				t.Errorf("report text differs from stderr:\n%s\nstderr:\n%s", r.Text, errOut.String())
			}
			if got := summaryOf(name, r); got != string(wantErr) {
				t.Errorf("summary from the report:\n%s\nCPython's:\n%s", got, wantErr)
			}
			if r.Line == 0 {
				t.Errorf("no line to mark")
			}
		})
	}
}

func run1(t *testing.T, src string) (*Result, string) {
	t.Helper()
	var errOut bytes.Buffer
	res := Run(Options{Filename: "t.py", Source: []byte(src), Stderr: &errOut, MaxSteps: 2_000_000})
	if res.Report == nil {
		t.Fatalf("no report; stderr %s", errOut.String())
	}
	if res.Report.Text != errOut.String() {
		t.Errorf("report text %q, stderr %q", res.Report.Text, errOut.String())
	}
	return res, errOut.String()
}

func TestReportColumnsCountCharacters(t *testing.T) {
	// CPython 3.13 marks "é + n" with carets under columns 5 to 9 (1-based), bytes 5 to 10.
	res, _ := run1(t, "def f(n):\n    é = 'x'\n    return é + n\n\nf(1)\n")
	r := res.Report
	last := r.Exceptions[len(r.Exceptions)-1]
	if len(last.Frames) != 2 {
		t.Fatalf("frames %+v", last.Frames)
	}
	want := []Frame{{File: "t.py", Func: "<module>", Line: 5, Col: 1, EndLine: 5, EndCol: 5},
		{File: "t.py", Func: "f", Line: 3, Col: 12, EndLine: 3, EndCol: 17}}
	for i, f := range want {
		if last.Frames[i] != f {
			t.Errorf("frame %d: %+v, want %+v", i, last.Frames[i], f)
		}
	}
	if r.Line != 3 || r.Message != `TypeError: can only concatenate str (not "int") to str` {
		t.Errorf("line %d message %q", r.Line, r.Message)
	}
}

func TestReportContextChain(t *testing.T) {
	res, _ := run1(t, "try:\n    {}['k']\nexcept KeyError:\n    1/0\n")
	ex := res.Report.Exceptions
	if len(ex) != 2 || ex[0].Type != "KeyError" || ex[0].Message != "'k'" || ex[0].Link != LinkContext ||
		ex[1].Type != "ZeroDivisionError" || ex[1].Link != "" || res.Report.Line != 4 {
		t.Errorf("chain %+v line %d", ex, res.Report.Line)
	}
}

func TestReportSyntax(t *testing.T) {
	res, _ := run1(t, "x = 1\nif x\n    pass\n")
	r := res.Report
	want := Frame{File: "t.py", Func: "<module>", Line: 2, Col: 5, EndLine: 2, EndCol: 6}
	if r.Kind != KindSyntax || r.Line != 2 || len(r.Exceptions) != 1 || r.Exceptions[0].Type != "SyntaxError" ||
		r.Exceptions[0].Message != "expected ':'" || len(r.Exceptions[0].Frames) != 1 || r.Exceptions[0].Frames[0] != want {
		t.Errorf("report %+v", r)
	}
}

func TestReportDeadlock(t *testing.T) {
	res, _ := run1(t, "import threading\nlock = threading.Lock()\nlock.acquire()\nlock.acquire()\n")
	r := res.Report
	if r.Kind != KindDeadlock || r.Line != 4 || len(r.Threads) != 1 {
		t.Fatalf("report %+v", r)
	}
	th := r.Threads[0]
	if th.Name != "MainThread" || th.Process != "MainProcess" || th.Line != 4 || !strings.HasPrefix(th.State, "waits") {
		t.Errorf("thread %+v", th)
	}
}

func TestReportExit(t *testing.T) {
	res, _ := run1(t, "import sys\nsys.exit('bye')\n")
	if r := res.Report; r.Kind != KindExit || r.Message != "bye" || r.Text != "bye\n" || r.Line != 2 || res.ExitCode != 1 {
		t.Errorf("report %+v exit %d", r, res.ExitCode)
	}
}

func TestReportTimeLimitThreads(t *testing.T) {
	src := "import time\nfrom concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor\n" +
		"def nap():\n    while True:\n        time.sleep(1)\n" +
		"if __name__ == '__main__':\n    tp = ThreadPoolExecutor(1)\n    tp.submit(nap)\n" +
		"    pp = ProcessPoolExecutor(1)\n    pp.submit(nap)\n    nap()\n"
	var errOut bytes.Buffer
	res := Run(Options{Filename: "t.py", Source: []byte(src), Stderr: &errOut, TimeLimit: 5e9})
	r := res.Report
	if r == nil || r.Kind != KindLimit || r.Limit != "time" || r.Line != 5 || r.Text != errOut.String() {
		t.Fatalf("report %+v\nstderr %s", r, errOut.String())
	}
	var got []string
	for _, th := range r.Threads {
		got = append(got, th.Name+" "+th.Process+" "+strconv.Itoa(th.Line)+" "+th.State)
	}
	want := []string{"MainThread MainProcess 5 waits in sleep", "ThreadPoolExecutor-0_0 MainProcess 5 waits in sleep",
		"MainThread SpawnProcess-1 5 waits in sleep"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("threads:\n%s\nwant:\n%s\nstderr:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), errOut.String())
	}
}
