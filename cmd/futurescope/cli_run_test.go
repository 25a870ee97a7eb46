package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/sim/trace"
)

const demo = `import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED

def job(n):
    time.sleep(n / 10)
    return n * n

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(job, n) for n in (3, 1, 2)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(len(done), "done first")
print([f.result() for f in fs])
`

// cli runs the command line and returns its exit status, stdout and stderr.
func cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestRunPrintsWhatTheScriptPrints(t *testing.T) {
	code, out, errOut := cli(t, demo, "run", "-")
	if code != 0 || out != "1 done first\n[9, 1, 4]\n" || errOut != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestRunTimestamps(t *testing.T) {
	_, out, _ := cli(t, demo, "run", "--timestamps", "-")
	want := "[ 0.100000 MainThread] 1 done first\n[ 0.300000 MainThread] [9, 1, 4]\n"
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestRunExportsTraces(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "demo.py")
	os.WriteFile(script, []byte(demo), 0o644)
	tr, chrome := filepath.Join(dir, "t.json"), filepath.Join(dir, "c.json")
	// Flags may come after the file, too.
	if code, _, errOut := cli(t, "", "run", script, "--trace", tr, "--chrome-trace", chrome); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	f, err := os.Open(tr)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := trace.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Futures()) != 3 || got.Meta["file"] != script {
		t.Errorf("trace has %d futures, meta %v", len(got.Futures()), got.Meta)
	}
	data, _ := os.ReadFile(chrome)
	var doc struct{ TraceEvents []map[string]any }
	if err := json.Unmarshal(data, &doc); err != nil || len(doc.TraceEvents) == 0 {
		t.Errorf("chrome trace: %v, %d events", err, len(doc.TraceEvents))
	}
}

func TestRunFailures(t *testing.T) {
	tests := []struct {
		name, src string
		args      []string
		code      int
		errText   string
	}{
		{"uncaught exception", "print(1 // 0)\n", nil, 1, "ZeroDivisionError: integer division or modulo by zero"},
		{"unsupported syntax", "x = 1\nasync def f():\n    pass\n", nil, 1, "File \"<stdin>\", line 2\n    async def f():\n    ^^^^^\nSyntaxError: 'async def' is not supported yet"},
		{"no more dialect", "print(1)\n", []string{"--dialect"}, 2, "flag provided but not defined: -dialect"},
		{"deadlock", "import threading\nthreading.Event().wait()\n", nil, 1, "deadlock"},
		{"time limit", "import time\ntime.sleep(5)\n", []string{"--limit", "1s"}, 1, "virtual time limit 1s reached"},
		{"free-threaded and cores accepted", "import os\nprint(os.cpu_count())\n", []string{"--cores", "8", "--free-threaded", "--step-cost", "3ns"}, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append(append([]string{"run"}, tc.args...), "-")
			code, _, errOut := cli(t, tc.src, args...)
			if code != tc.code || !strings.Contains(errOut, tc.errText) {
				t.Errorf("exit %d (want %d), stderr %q (want it to contain %q)", code, tc.code, errOut, tc.errText)
			}
		})
	}
}

func TestUsage(t *testing.T) {
	if code, out, _ := cli(t, "", "help"); code != 0 || !strings.Contains(out, "--chrome-trace") {
		t.Errorf("help: exit %d, %q", code, out)
	}
	if code, _, errOut := cli(t, "", "run"); code != 2 || !strings.Contains(errOut, "usage") {
		t.Errorf("run without a file: exit %d, %q", code, errOut)
	}
	if code, _, _ := cli(t, "", "nonsense"); code != 2 {
		t.Errorf("unknown command: exit %d", code)
	}
	if code, _, errOut := cli(t, "", "run", "/no/such/file.py"); code != 2 || !strings.Contains(errOut, "no such file") {
		t.Errorf("missing file: exit %d, %q", code, errOut)
	}
}

// TestRunSwitchInterval: --switch-interval sets how long a CPU-bound new thread keeps the GIL before
// Thread.start returns to the thread that started it (5 ms by default, as in CPython).
func TestRunSwitchInterval(t *testing.T) {
	src := `import threading, time
def burn():
    total = 0
    for i in range(500000):
        total += i
start = time.perf_counter()
th = threading.Thread(target=burn)
th.start()
print("%.1f ms" % ((time.perf_counter() - start) * 1000))
th.join()
`
	for _, tc := range []struct {
		args []string
		want string
	}{{nil, "5.0 ms\n"}, {[]string{"--switch-interval", "2ms"}, "2.0 ms\n"}} {
		code, out, errOut := cli(t, src, append(append([]string{"run"}, tc.args...), "-")...)
		if code != 0 || out != tc.want {
			t.Errorf("%v: exit %d, stdout %q (want %q), stderr %q", tc.args, code, out, tc.want, errOut)
		}
	}
}
