package script

import "testing"

// startAfter is a script that prints how many milliseconds Thread.start of a CPU-bound thread took:
// start() waits for the new thread to run, and the new thread gets the GIL only after waiting one
// switch interval, so it prints the interval in force.
const startAfter = `import sys, threading, time
%s
def spin():
    n = 0
    while n < 2_000_000:
        n += 1
t0 = time.perf_counter()
t = threading.Thread(target=spin)
t.start()
print(round((time.perf_counter() - t0) * 1000), sys.getswitchinterval())
t.join()
`

// TestSysSetSwitchInterval states sys.setswitchinterval's rule: the interval it sets is how long a
// thread waits for the GIL before the holder lets go, in this process, from then on.
func TestSysSetSwitchInterval(t *testing.T) {
	for _, tt := range []struct{ set, want string }{
		{"", "5 0.005\n"},
		{"sys.setswitchinterval(0.001)", "1 0.001\n"},
		{"sys.setswitchinterval(0.02)", "20 0.02\n"},
	} {
		src := startAfter[:len("import sys, threading, time\n")] + tt.set + startAfter[len("import sys, threading, time\n%s"):]
		out, errOut, res := runOpts(t, src, Options{})
		if res.ExitCode != 0 || out != tt.want {
			t.Errorf("%q: stdout %q, want %q (exit %d, stderr %q)", tt.set, out, tt.want, res.ExitCode, errOut)
		}
	}
	out, _, _ := runOpts(t, `import sys
for bad in (0, -1, "x"):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
`, Options{})
	want := "ValueError switch interval must be strictly positive\n" +
		"ValueError switch interval must be strictly positive\n" +
		"TypeError must be real number, not str\n"
	if out != want {
		t.Errorf("bad intervals: got %q, want %q", out, want)
	}
}
