package script

import (
	"bytes"
	"testing"
)

// A script that uses up its CPU budget ends with a "steps" limit whose report marks the line of the
// loop that does not end, not the line that happened to run when the budget ran out.
func TestRunawayLoopLine(t *testing.T) {
	for _, c := range []struct {
		src  string
		line int
	}{
		{"while True: pass\n", 1},
		{"x = 0\nwhile True:\n    x += 1\n    x -= 1\n", 2},
		{"for i in range(3):\n    pass\nn = 0\nfor i in range(10**12):\n    n += i\n    n %= 7\n", 4},
		{"n = 0\nwhile True:\n    for i in range(10):\n        n += i\n        n -= i\n", 2},
		{"for i in range(10):\n    j = 0\n    while True:\n        j += 1\n", 3},
		{"def spin(k):\n    while k > 0:\n        k += 1\n\nfor i in range(3):\n    spin(1)\n", 2},
		{"def step(k):\n    return k + 1\n\nk = 0\nwhile k >= 0:\n    k = step(k)\n", 5},
		{"from concurrent.futures import ThreadPoolExecutor\ndef spin():\n    n = 0\n    while True:\n        n += 1\nwith ThreadPoolExecutor() as ex:\n    ex.submit(spin)\n", 4},
	} {
		var errOut bytes.Buffer
		res := Run(Options{Source: []byte(c.src), Stderr: &errOut, MaxSteps: 300_000})
		r := res.Report
		if r == nil || r.Kind != KindLimit || r.Limit != "steps" {
			t.Errorf("report %+v, want a steps limit:\n%s", r, c.src)
			continue
		}
		if r.Line != c.line {
			t.Errorf("loop line %d, want %d:\n%s", r.Line, c.line, c.src)
		}
		if r.Text != errOut.String() || len(r.Threads) == 0 {
			t.Errorf("text %q threads %+v", r.Text, r.Threads)
		}
	}
}
