package script

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// pyBytes writes data as a Python bytes literal.
func pyBytes(data []byte) string {
	var b strings.Builder
	b.WriteString("b'")
	for _, c := range data {
		fmt.Fprintf(&b, "\\x%02x", c)
	}
	b.WriteString("'")
	return b.String()
}

// FuzzPickleLoads feeds pickle.loads bytes from anywhere: it must raise a Python exception or return a
// value, never crash, hang or fail the run. A value that loads must dump and load again to an equal
// value's repr.
func FuzzPickleLoads(f *testing.F) {
	for _, seed := range []string{
		"\x80\x04K\x01.",
		"\x80\x04\x95\x0b\x00\x00\x00\x00\x00\x00\x00\x8f\x94(K\x01K\x02K\x03\x90.",
		"\x80\x04\x95\x1f\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01A\x94\x93\x94)\x81\x94}\x94\x8c\x01x\x94K\x01sb.",
		"\x80\x04]\x94h\x00a.",
		"\x80\x04)\x94h\x00a.",
		"\x80\x04\x8f\x94(h\x00\x90.",
		"\x80\x04\x8c\x08builtins\x94\x8c\x04eval\x94\x93\x94\x8c\x011\x94\x85\x94R\x94.",
		"(((((((((((((((((((((((((((((((((((((((((((.",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4096 {
			return
		}
		src := "import pickle\nclass A:\n    pass\ntry:\n    v = pickle.loads(" + pyBytes(data) + ")\nexcept BaseException as e:\n    print('error', type(e).__name__)\nelse:\n    try:\n        w = pickle.loads(pickle.dumps(v))\n        print('ok', repr(w) == repr(v) or type(w) is type(v))\n    except BaseException as e:\n        print('redump', type(e).__name__)\n"
		var out, errOut bytes.Buffer
		res := Run(Options{Filename: "fuzz.py", Source: []byte(src), Stdout: &out, Stderr: &errOut, MaxSteps: 2_000_000})
		if res.Err != nil {
			t.Fatalf("the run failed: %v\nstderr:\n%s", res.Err, errOut.String())
		}
		if strings.HasPrefix(out.String(), "ok False") {
			t.Fatalf("dumps and loads changed the value: %s", out.String())
		}
	})
}
