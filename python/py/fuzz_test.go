package py

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

var errStepLimit = errors.New("step limit")

// FuzzRun compiles and runs arbitrary source: it must never crash the host,
// and with a step limit every run ends.
func FuzzRun(f *testing.F) {
	files, _ := filepath.Glob("testdata/scripts/*.py")
	for _, p := range files {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(string(src))
		}
	}
	for _, s := range []string{"x = [1]\nx.append(x)\nprint(x)\n", "def g():\n    while True:\n        yield\nlist(g())\n",
		"class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n", "a, *b = 1\n", "del x\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		code, err := CompileSource("fuzz.py", []byte(src))
		if err != nil {
			return
		}
		in := NewInterp(io.Discard, io.Discard)
		in.SetSource("fuzz.py", []byte(src))
		th := in.NewThread()
		th.Every, th.countdown = 1000, 1000
		th.Hook = func(th *Thread, ev HookEvent) error {
			if th.Steps > 200000 {
				return errStepLimit
			}
			return nil
		}
		_, err = th.ExecModule("__main__", code)
		if ie, ok := err.(*InternalError); ok {
			t.Fatalf("interpreter crashed on %q: %v\n%s", src, ie, ie.Stack)
		}
		if e, ok := err.(*Exception); ok {
			th.FormatException(e)
		}
	})
}
