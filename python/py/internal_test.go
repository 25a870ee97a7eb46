package py

import (
	"io"
	"strings"
	"testing"
)

type hostUnwind struct{}

// runPanicking runs src with a built-in boom() whose Go body is fn.
func runPanicking(t *testing.T, src string, fn func()) error {
	t.Helper()
	in := NewInterp(io.Discard, io.Discard)
	in.Builtins.SetStr("boom", NewBuiltin("boom", func(t *Thread, args []Object, kw []string) (Object, error) {
		fn()
		return None, nil
	}))
	code, err := CompileSource("boom.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	_, err = in.NewThread().ExecModule("__main__", code)
	return err
}

// TestInternalError: a Go bug inside a run comes back as an *InternalError with the stack of the
// panic, which no except clause of the script catches; a host's own panic passes through RunCode.
func TestInternalError(t *testing.T) {
	src := "try:\n    boom()\nexcept BaseException:\n    print('caught')\n"
	var m map[string]int
	err := runPanicking(t, src, func() { m["x"] = 1 })
	ie, ok := err.(*InternalError)
	if !ok {
		t.Fatalf("err = %T %v, want *InternalError", err, err)
	}
	if !strings.Contains(ie.Error(), "assignment to entry in nil map") || !strings.Contains(ie.Stack, "TestInternalError") {
		t.Errorf("error %q, stack:\n%s", ie.Error(), ie.Stack)
	}
	defer func() {
		if p := recover(); p != (hostUnwind{}) {
			t.Errorf("recovered %v, want the host's panic", p)
		}
	}()
	err = runPanicking(t, src, func() { panic(hostUnwind{}) })
	t.Errorf("RunCode returned %v, want the host's panic to pass through", err)
}
