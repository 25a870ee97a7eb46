package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/cmd/wasm/internal/browserrun"
	"github.com/futurescope/futurescope/sim/trace"
)

func TestRunScript(t *testing.T) {
	tests := []struct {
		name, src  string
		opts       RunOptions
		stdout     string
		exit       int
		errPrefix  string
		markLines  []int
		markSubstr string
	}{
		{name: "ok", src: "print('hi')\n", stdout: "hi\n"},
		{name: "syntax error", src: "x = 1\nif x\n  pass\n", exit: 1,
			errPrefix: "SyntaxError: expected ':'", markLines: []int{2}, markSubstr: "expected ':'"},
		{name: "chain", src: "def f():\n    try:\n        {}['k']\n    except KeyError as e:\n        raise ValueError('no k') from e\n\nf()\n",
			exit: 1, errPrefix: "ValueError: no k", markLines: []int{5, 3}, markSubstr: "ValueError: no k"},
		{name: "exception", src: "def f():\n    return 1 // 0\n\nf()\n", exit: 1,
			errPrefix: "ZeroDivisionError", markLines: []int{2}, markSubstr: "ZeroDivisionError"},
		{name: "deadlock", src: deadlock, exit: 1, errPrefix: "deadlock", markLines: []int{10, 7},
			markSubstr: "MainThread waits in result()"},
		{name: "runaway", src: "n = 0\nwhile True:\n    n += 1\n", opts: RunOptions{Options: browserrun.Options{MaxSteps: 100_000}}, exit: 1,
			errPrefix: "the script used up its CPU budget", markLines: []int{2, 3}, markSubstr: "a loop that never ends"},
		{name: "runaway in a thread", src: runawayThread, opts: RunOptions{Options: browserrun.Options{MaxSteps: 300_000}}, exit: 1,
			errPrefix: "the script used up its CPU budget", markLines: []int{5, 9, 6}, markSubstr: "a loop that never ends"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := runScript(tt.src, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if res.Stdout != tt.stdout || res.ExitCode != tt.exit {
				t.Errorf("stdout %q exit %d, want %q %d (stderr %q)", res.Stdout, res.ExitCode, tt.stdout, tt.exit, res.Stderr)
			}
			if !strings.HasPrefix(res.Error, tt.errPrefix) || (tt.errPrefix == "") != (res.Error == "") {
				t.Errorf("error %q, want prefix %q", res.Error, tt.errPrefix)
			}
			var lines []int
			for _, m := range res.Marks {
				lines = append(lines, m.Line)
			}
			if !slices.Equal(lines, tt.markLines) {
				t.Errorf("marks on lines %v, want %v (%+v)", lines, tt.markLines, res.Marks)
			}
			if tt.markSubstr != "" && !strings.Contains(res.Marks[0].Message, tt.markSubstr) {
				t.Errorf("first mark says %q, want it to contain %q", res.Marks[0].Message, tt.markSubstr)
			}
			if tr, err := trace.DecodeBinary(res.TraceBin); err != nil || tr.Len() != res.Events {
				t.Errorf("traceBin of %d bytes: %v; want the run's %d events", len(res.TraceBin), err, res.Events)
			}
		})
	}
}

const runawayThread = `from concurrent.futures import ThreadPoolExecutor

def spin():
    n = 0
    while n >= 0:
        n += 1

with ThreadPoolExecutor() as ex:
    ex.submit(spin)
`

const deadlock = `from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=1)

def outer():
    inner = ex.submit(pow, 2, 3)
    return inner.result()

f = ex.submit(outer)
print(f.result())
`

// TestBigRun runs 10,000 futures (60,000 events): the run carries its binary trace whole, from which
// draw.wasm writes its exports.
func TestBigRun(t *testing.T) {
	src := "from concurrent.futures import ThreadPoolExecutor\nwith ThreadPoolExecutor(4) as ex:\n" +
		"    fs = [ex.submit(abs, -n) for n in range(10000)]\nprint(sum([f.result() for f in fs]))\n"
	res, err := runScript(src, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Events <= eagerEvents || res.Futures != 10000 {
		t.Fatalf("a run of %d events, %d futures; want 10,000 futures, over %d events", res.Events, res.Futures, eagerEvents)
	}
	if tr, err := trace.DecodeBinary(res.TraceBin); err != nil || tr.Len() != res.Events {
		t.Fatalf("traceBin: %v", err)
	}
}

// TestRunTooBigForTheBrowser ends a run at browserrun.MaxEvents with the simulator's limit report.
func TestRunTooBigForTheBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 600,000 futures")
	}
	src := "from concurrent.futures import ThreadPoolExecutor\nwith ThreadPoolExecutor(4) as ex:\n" +
		"    fs = [ex.submit(abs, -n) for n in range(600000)]\n"
	res, err := runScript(src, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.ExitCode == 0 || !strings.Contains(res.Error, "trace events") || res.Events > browserrun.MaxEvents+1 {
		t.Errorf("600,000 futures ended with %q (exit %d) after %d events; want the events limit at %d",
			res.Error, res.ExitCode, res.Events, browserrun.MaxEvents)
	}
	t.Logf("%s", res.Error)
}
