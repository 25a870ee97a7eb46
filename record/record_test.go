package record_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/futurescope/futurescope/internal/cpythontest"
	"github.com/futurescope/futurescope/record"
	"github.com/futurescope/futurescope/sim/trace"
)

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// recordScript writes code to a temporary script and records it with python3.
func recordScript(t *testing.T, code string, limit time.Duration) (*record.Result, string, string) {
	t.Helper()
	python := cpythontest.Find(t, "the recorder").Path
	file := filepath.Join(t.TempDir(), "script.py")
	if err := os.WriteFile(file, []byte(code), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	res, err := record.Run(context.Background(), record.Options{Python: python, Script: file, Stdout: &out, Stderr: &errOut, Limit: limit})
	if err != nil {
		t.Fatal(err)
	}
	return res, out.String(), errOut.String()
}

func TestRunRecordsCompletionsAndCallbackThreads(t *testing.T) {
	res, out, stderr := recordScript(t, `import time, threading
from concurrent.futures import ThreadPoolExecutor

def job(n):
    time.sleep(n / 4)
    return n

def report(f):
    print('callback for', f.result(), 'in', threading.current_thread().name)

with ThreadPoolExecutor(max_workers=3) as pool:
    for n in [3, 1, 2]:
        pool.submit(job, n).add_done_callback(report)
`, 0)
	if res.Err != nil || res.ExitCode != 0 {
		t.Fatalf("exit %d, %v\n%s", res.ExitCode, res.Err, stderr)
	}
	want := "callback for 1 in ThreadPoolExecutor-0_1\ncallback for 2 in ThreadPoolExecutor-0_2\ncallback for 3 in ThreadPoolExecutor-0_0\n"
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	var order []int
	for _, e := range res.Trace.Events() {
		if e.Kind == trace.FutureFinish {
			order = append(order, e.Future)
		}
	}
	if len(order) != 3 || order[0] != 2 || order[1] != 3 || order[2] != 1 {
		t.Errorf("futures finished in the order %v, want [2 3 1]", order)
	}
	if res.Trace.Meta["overhead_ns_per_event"] == "" || res.Trace.Meta["python"] == "" {
		t.Errorf("meta lacks the overhead or the python version: %v", res.Trace.Meta)
	}
}

func TestRunKeepsExitStatusAndStopsAtLimit(t *testing.T) {
	res, out, _ := recordScript(t, "import sys\nprint('x')\nsys.exit(4)\n", 0)
	if res.ExitCode != 4 || out != "x\n" || res.Trace == nil {
		t.Errorf("exit %d, stdout %q, trace %v; want 4, \"x\\n\", a trace", res.ExitCode, out, res.Trace != nil)
	}
	res, out, stderr := recordScript(t, "import time\nprint('start', flush=True)\nwhile True:\n    time.sleep(0.02)\n", time.Second)
	if res.ExitCode != 1 || out != "start\n" || !strings.Contains(stderr, "time limit of 1s") {
		t.Errorf("a hung script: exit %d, stdout %q, stderr %q", res.ExitCode, out, stderr)
	}
	if res.Trace == nil || res.Trace.Meta["limit"] != "time" {
		t.Fatalf("a hung script's trace does not name the limit: %v", res.Err)
	}
}

func TestReadRefusesBadTraces(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "not a futurescope trace: empty input"},
		{"not json", "hello", "not a futurescope trace: not a JSON object"},
		{"truncated", `{"version":1,"events":[`, "not a futurescope trace"},
		{"future version", `{"version":2,"events":[]}`, "unsupported version 2, want 1"},
		{"unknown kind", `{"version":1,"events":[{"seq":0,"t":0,"kind":"teleport"}]}`, `unknown kind "teleport"`},
	}
	for _, tt := range tests {
		_, err := record.Read(strings.NewReader(tt.in), tt.name)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want an error containing %q", tt.name, err, tt.want)
		}
	}
	huge := io.MultiReader(strings.NewReader(`{"version":1,"events":[`), io.LimitReader(spaces{}, record.MaxTraceBytes))
	if _, err := record.Read(huge, "huge.json"); err == nil || !strings.Contains(err.Error(), "larger than 100 MB") {
		t.Errorf("a 100 MB trace: got %v, want an error saying it is too large", err)
	}
}

func TestReadFileRefusesAHugeFileUnread(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(record.MaxTraceBytes + 1); err != nil { // sparse: no 100 MB written
		t.Fatal(err)
	}
	f.Close()
	if _, err := record.ReadFile(path); err == nil || !strings.Contains(err.Error(), "larger than 100 MB") {
		t.Errorf("got %v, want an error saying it is too large", err)
	}
}

// spaces reads as an endless run of spaces.
type spaces struct{}

func (spaces) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

func TestExtractWritesThePackage(t *testing.T) {
	dir := t.TempDir()
	if err := record.Extract(dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"__init__.py", "__main__.py", "recorder.py", "futures.py", "hooks.py", "worker.py", "runner.py", "clock.py"} {
		if _, err := os.Stat(filepath.Join(dir, record.Package, f)); err != nil {
			t.Error(err)
		}
	}
}
