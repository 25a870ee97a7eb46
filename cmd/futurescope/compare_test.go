package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/internal/cpythontest"
	"github.com/futurescope/futurescope/sim/trace"
)

// callbacks is a script whose callbacks run in the workers that complete the futures, 0.1 s apart.
const callbacks = `import time, threading
from concurrent.futures import ThreadPoolExecutor

def job(n):
    time.sleep(n / 10)
    return n

def report(f):
    print('callback for', f.result(), 'in', threading.current_thread().name)

with ThreadPoolExecutor(max_workers=3) as pool:
    for n in [3, 1, 2]:
        pool.submit(job, n).add_done_callback(report)
`

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCompareRefusesBadRecordedTraces(t *testing.T) {
	script := writeFile(t, "s.py", callbacks)
	simTrace := filepath.Join(t.TempDir(), "sim.json")
	if code, _, errOut := cli(t, "", "run", "--trace", simTrace, script); code != 0 {
		t.Fatalf("run: %s", errOut)
	}
	// A file over the limit is refused from its size, before it is read (a sparse file: nothing is written).
	huge := filepath.Join(t.TempDir(), "huge.json")
	if f, err := os.Create(huge); err != nil {
		t.Fatal(err)
	} else {
		if err := f.Truncate(150 << 20); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	for _, tt := range []struct{ name, path, want string }{
		{"malformed", writeFile(t, "t.json", "{not json"), "t.json is not a futurescope trace: line 1 col 2"},
		{"empty", writeFile(t, "empty.json", " \n"), "empty.json is empty: want a trace recorded with `futurescope record`"},
		{"other version", writeFile(t, "v7.json", `{"version":7,"events":[]}`),
			"v7.json is a trace of another futurescope version (unsupported version 7, want 1): record the script again"},
		{"simulated", simTrace, "sim.json is a simulated trace (futurescope's own export), not a recording of CPython"},
		{"too big", huge, "huge.json is 150.0 MB, larger than the 100 MB a recorded trace may be"},
		{"missing", filepath.Join(t.TempDir(), "none.json"), "no such file or directory"},
	} {
		code, out, errOut := cli(t, "", "compare", "--recorded", tt.path, script)
		if code != 2 || !strings.HasPrefix(errOut, "futurescope compare: ") || !strings.Contains(errOut, tt.want) || out != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 2 and %q", tt.name, code, out, errOut, tt.want)
		}
	}
}

func TestCompareWithARecordedTrace(t *testing.T) {
	script := writeFile(t, "s.py", callbacks)
	simTrace := filepath.Join(t.TempDir(), "sim.json")
	if code, _, errOut := cli(t, "", "run", "--trace", simTrace, script); code != 0 {
		t.Fatalf("run: %s", errOut)
	}
	// The simulation itself, as if recorded under CPython: no differences, exit 0.
	asRecorded := readTrace(t, simTrace)
	asRecorded.Meta["python"] = "3.13.0"
	recorded := writeFile(t, "recorded.json", encode(t, asRecorded))
	code, out, errOut := cli(t, "", "compare", "--recorded", recorded, script)
	if code != 0 || !strings.Contains(out, "no differences") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// The same run with the first two callbacks' workers swapped: a difference, exit 1.
	if !strings.Contains(out, "recorded:  ") || !strings.Contains(out, "events under CPython 3.13.0") {
		t.Errorf("the recording is not described by compare.Describe:\n%s", out)
	}
	tr := readTrace(t, recorded)
	events := tr.Collect()
	for i, e := range events {
		if e.Kind == trace.ThreadStart && strings.HasPrefix(e.Name, "ThreadPoolExecutor-0_1") {
			events[i].Name = "ThreadPoolExecutor-0_9"
		}
	}
	tr = trace.New(tr.Meta, events)
	swapped := writeFile(t, "swapped.json", encode(t, tr))
	svgPath := filepath.Join(t.TempDir(), "both.svg")
	code, out, _ = cli(t, "", "compare", "--recorded", swapped, "--svg", svgPath, script)
	if code != 1 || !strings.Contains(out, "callback thread: future 2, job(1,), callback 1: simulated ThreadPoolExecutor-0_1, CPython ThreadPoolExecutor-0_9") ||
		!strings.Contains(out, "another worker of the same pool") {
		t.Errorf("exit %d, stdout:\n%s", code, out)
	}
	svgText, err := os.ReadFile(svgPath)
	if err != nil || !strings.Contains(string(svgText), "Simulated (futurescope)") || strings.Count(string(svgText), "<svg") != 3 {
		t.Errorf("--svg did not draw both runs: %v", err)
	}
}

func readTrace(t *testing.T, path string) *trace.Trace {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tr, err := trace.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Meta == nil {
		tr.Meta = map[string]string{}
	}
	return tr
}

func encode(t *testing.T, tr *trace.Trace) string {
	var b strings.Builder
	if err := trace.Encode(&b, tr); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestRecordUnderCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("records a script under CPython, which sleeps for real: skipped with -short")
	}
	python := cpythontest.Find(t, "futurescope record").Path
	script := writeFile(t, "s.py", callbacks+"raise SystemExit(3)\n")
	out := filepath.Join(t.TempDir(), "rec.json")
	svgPath := filepath.Join(t.TempDir(), "rec.svg")
	code, stdout, errOut := cli(t, "", "record", "--python", python, "-o", out, "--svg", svgPath, script)
	want := "callback for 1 in ThreadPoolExecutor-0_1\ncallback for 2 in ThreadPoolExecutor-0_2\ncallback for 3 in ThreadPoolExecutor-0_0\n"
	if code != 3 || stdout != want || !strings.Contains(errOut, "wrote "+out) || !strings.Contains(errOut, "ns an event") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errOut)
	}
	if svgText, err := os.ReadFile(svgPath); err != nil || !strings.Contains(string(svgText), "ThreadPoolExecutor-0_2") {
		t.Errorf("record --svg did not draw the run: %v", err)
	}
	code, stdout, errOut = cli(t, "", "compare", "--recorded", out, script)
	if code != 0 {
		t.Errorf("compare with the recording: exit %d\n%s%s", code, stdout, errOut)
	}
}

func TestRecordUsage(t *testing.T) {
	if code, _, errOut := cli(t, "", "record"); code != 2 || !strings.Contains(errOut, "usage: futurescope record") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := cli(t, "", "record", "--python", "no-such-python-here", "x.py"); code != 2 || !strings.Contains(errOut, "no-such-python-here not found") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
