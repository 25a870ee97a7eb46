package pyscript

import (
	"bytes"
	"strings"
	"testing"

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
	for _, e := range res.Trace.Events {
		if e.Kind == trace.Print {
			prints = append(prints, e.Value)
		}
	}
	if strings.Join(prints, "|") != "ab|c" {
		t.Errorf("print events %q, want [ab c]", prints)
	}
}
