package py

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func runWithHook(t *testing.T, src string, every uint64, hook func(th *Thread, ev HookEvent) error) (string, error, *Thread) {
	t.Helper()
	code, err := CompileSource("host.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	in := NewInterp(&out, &out)
	in.SetSource("host.py", []byte(src))
	th := in.NewThread()
	th.Every, th.countdown = every, every
	th.Hook = hook
	_, err = th.ExecModule("__main__", code)
	return out.String(), err, th
}

func TestHookCountsInstructions(t *testing.T) {
	calls := 0
	out, err, th := runWithHook(t, "n = 0\nfor i in range(1000):\n    n += i\nprint(n)\n", 100, func(th *Thread, ev HookEvent) error {
		calls++
		return nil
	})
	if err != nil || out != "499500\n" {
		t.Fatalf("out %q err %v", out, err)
	}
	if calls < 50 || th.Steps != uint64(calls)*100 {
		t.Errorf("hook called %d times, Steps %d: want one call per 100 instructions of a ~6000-instruction loop", calls, th.Steps)
	}
}

func TestCancelUnwindsThroughFinally(t *testing.T) {
	stop := errors.New("cancelled by host")
	src := "try:\n    while True:\n        try:\n            pass\n        finally:\n            print('finally')\n            continue\nexcept BaseException:\n    print('caught')\n"
	steps := 0
	out, err, _ := runWithHook(t, src, 10, func(th *Thread, ev HookEvent) error {
		steps++
		if steps == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v, want the host's error", err)
	}
	if strings.Contains(out, "caught") {
		t.Errorf("an except clause saw the host's cancellation: %q", out)
	}
}

func TestLimitsRaiseMemoryError(t *testing.T) {
	for _, src := range []string{
		"x = 10 ** 10 ** 8\n",
		"s = 'x'\nwhile True:\n    s = s + s\n",
		"l = [0]\nwhile True:\n    l = l + l\n",
		"x = 'ab' * (1 << 40)\n",
	} {
		out, err, _ := runWithHook(t, src, 1000, nil)
		e, ok := err.(*Exception)
		if !ok || !e.Matches(MemoryErrorType) {
			t.Errorf("%q: err = %v (out %q), want MemoryError", src, err, out)
		}
	}
}

func TestRecursionLimit(t *testing.T) {
	_, err, th := runWithHook(t, "def f(n):\n    return f(n + 1)\nf(0)\n", 1000, nil)
	e, ok := err.(*Exception)
	if !ok || !e.Matches(RecursionErrorType) {
		t.Fatalf("err = %v, want RecursionError", err)
	}
	tb := th.FormatException(e)
	if !strings.Contains(tb, "[Previous line repeated 996 more times]") {
		t.Errorf("traceback does not shorten the repetition as CPython does:\n%s", tb)
	}
}
