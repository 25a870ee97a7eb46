package py

import (
	"errors"
	"io"
	"testing"
)

var errBudget = errors.New("step budget used up")

// runBudget runs src with a hook that stops the thread once it has executed budget instructions; it
// returns the run's error and the instructions counted.
func runBudget(t *testing.T, src string, budget uint64) (error, uint64) {
	t.Helper()
	code, err := CompileSource("budget.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	in := NewInterp(io.Discard, io.Discard)
	in.SetSource("budget.py", []byte(src))
	th := in.NewThread()
	th.SetHookEvery(1000)
	th.Hook = func(th *Thread, ev HookEvent) error {
		if ev == HookTick && th.Steps >= budget {
			return errBudget
		}
		return nil
	}
	_, err = th.ExecModule("__main__", code)
	return err, th.Steps
}

// TestBuiltinLoopsStop: a built-in that loops in Go over a huge input is charged per item and stops
// at the host's step budget, as `while True: pass` does, instead of running for hours.
func TestBuiltinLoopsStop(t *testing.T) {
	for _, src := range []string{
		"while True: pass",
		"sum(range(10**12))",
		"sum(range(2**62, 2**62 + 10**12))",
		"sum(float(i) for i in range(10**12))",
		"max(range(10**12))",
		"min(range(10**12), key=lambda x: -x)",
		"any(x < 0 for x in range(10**12))",
		"all(range(1, 10**12))",
		"list(iter(range(10**12)))",
		"sorted(iter(range(10**12)))",
		"tuple(map(abs, range(10**12)))",
		"set(zip(range(10**12), range(10**12)))",
		"dict.fromkeys(range(10**12))",
		"''.join(map(str, range(10**12)))",
		"1.5 in range(10**12)",
		"def g():\n    while True:\n        yield 1\nlist(g())",
		"[0] * 1000 + [1] in [[0] * 1000 + [2]] * 10**6",
		"x = [0] * 10**6\nwhile True: x == x[:]",
		"x = [0] * 10**6\nwhile True: x[:]",
		"x = [0] * 10**6\nwhile True: x.count(1)",
		"x = [0] * 10**6\nwhile True: repr(x)",
	} {
		err, steps := runBudget(t, src, 200_000)
		if !errors.Is(err, errBudget) {
			t.Errorf("%q ended with %v after %d steps, want the budget's error", src, err, steps)
		}
	}
}

// TestBulkWorkCharged: copying, repeating and joining count about one instruction per 16 items or
// 256 bytes, and multiplying huge ints more than adding them.
func TestBulkWorkCharged(t *testing.T) {
	base := func(src string) uint64 {
		err, steps := runBudget(t, src, 1<<62)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		return steps
	}
	for _, c := range []struct {
		src  string
		want uint64
	}{
		{"s = 'x' * 10**7", 10_000_000 / 256},
		{"s = ','.join(['ab'] * 10**6)", 1_000_000/16 + 3_000_000/256},
		{"l = [None] * 10**6", 1_000_000 / 16},
		{"l = list([None] * 10**6)", 2_000_000 / 16},
		{"b = 7 in [0] * 10**6", 2_000_000 / 16},
		{"x = 3 ** 10**6; y = x * x", 20000},
	} {
		got := base(c.src)
		if got+1000 < c.want { // Steps grows 1000 at a time
			t.Errorf("%q counted %d instructions, want at least %d", c.src, got, c.want)
		}
	}
}

// TestConstantTimeStaysCheap: what CPython does in constant time (in and len on huge ranges, indexing
// them, int and str conversions under the digit limit) is not charged as if it looped.
func TestConstantTimeStaysCheap(t *testing.T) {
	src := `r = range(10**30)
assert 10**30 - 1 in r and 10**12 in range(10**13) and -1 not in range(10**12)
assert r[10**29] == 10**29 and len(range(10**12)) == 10**12 and range(0, 10**12, 7)[-1] % 7 == 0
assert int("9" * 4000) % 10 == 9 and len(str(7 ** 4000)) > 3000
`
	err, steps := runBudget(t, src, 1<<62)
	if err != nil {
		t.Fatal(err)
	}
	if steps > 2000 {
		t.Errorf("%d steps, want a few hundred", steps)
	}
}
