package script

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/sim"
	"github.com/futurescope/futurescope/sim/trace"
)

// run runs a script and returns its stdout, stderr and result.
func run(t *testing.T, src string) (string, string, *Result) {
	t.Helper()
	var out, errOut bytes.Buffer
	res := Run(Options{Filename: "t.py", Source: []byte(src), Stdout: &out, Stderr: &errOut})
	return out.String(), errOut.String(), res
}

func TestPrintAndSleep(t *testing.T) {
	out, errOut, res := run(t, "import time\nprint('a', 1)\ntime.sleep(0.5)\nprint(f'{time.time() - 1704067200:.1f}')\n")
	if out != "a 1\n0.5\n" || res.Err != nil {
		t.Fatalf("out %q, stderr %q, err %v", out, errOut, res.Err)
	}
}

// TestUnendedLineTraced: output that never gets its newline still becomes a print event.
func TestUnendedLineTraced(t *testing.T) {
	out, _, res := run(t, "print('a', end='')\nprint('b')\nprint('c', end='')\n")
	if out != "ab\nc" {
		t.Errorf("out %q", out)
	}
	var prints []string
	for _, e := range res.Trace.Events() {
		if e.Kind == trace.Print {
			prints = append(prints, e.Value)
		}
	}
	if strings.Join(prints, "|") != "ab|c" {
		t.Errorf("print events %q, want [ab c]", prints)
	}
}

// TestEventLimitInModuleCode: a limit reached while the main module prints ends the run with the
// simulator's report (the interpreter's module runner does not swallow it).
func TestEventLimitInModuleCode(t *testing.T) {
	var out, errOut bytes.Buffer
	res := Run(Options{Source: []byte("for i in range(100000):\n    print(i)\n"), Stdout: &out, Stderr: &errOut, MaxEvents: 500})
	var lim *sim.LimitError
	if !errors.As(res.Err, &lim) || res.ExitCode != 1 {
		t.Fatalf("got %v (exit %d), want a limit error\n%s", res.Err, res.ExitCode, errOut.String())
	}
	if strings.Contains(errOut.String(), "SystemError") {
		t.Errorf("stderr %q", errOut.String())
	}
}

// TestSysExit: sys.exit's code is the run's exit code; a message goes to stderr.
func TestSysExit(t *testing.T) {
	for src, want := range map[string]int{"import sys\nsys.exit(3)\n": 3, "import sys\nsys.exit(0)\nprint(1)\n": 0, "import sys\nsys.exit('bye')\n": 1} {
		out, errOut, res := run(t, src)
		if res.ExitCode != want || out != "" {
			t.Errorf("%q: exit %d, stdout %q; want exit %d", src, res.ExitCode, out, want)
		}
		if want == 1 && errOut != "bye\n" {
			t.Errorf("%q: stderr %q, want bye", src, errOut)
		}
	}
}
