package py

import (
	"bytes"
	"strings"
	"testing"
)

// A host module's AddNewer names fail as CPython 3.13's missing names do (AttributeError,
// ImportError from a from-import) and say which Python adds them.
func TestModuleAddNewer(t *testing.T) {
	var out, errb bytes.Buffer
	in := NewInterp(&out, &errb)
	in.RegisterModule("hostmod", func(in *Interp) (*Module, error) {
		m := NewModule("hostmod")
		m.SetAttr("Old", MakeInt(1))
		m.AddNewer("Shiny", "3.14")
		return m, nil
	})
	src := `import hostmod
print(hostmod.Old)
try:
    hostmod.Shiny
except AttributeError as e:
    print("AttributeError", e)
try:
    from hostmod import Shiny
except ImportError as e:
    print("ImportError", e)
try:
    from hostmod import Nothing
except ImportError as e:
    print("ImportError", e)
`
	code, err := CompileSource("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	th := in.NewThread()
	_, err = th.ExecModule("__main__", code)
	want := strings.Join([]string{
		"1",
		"AttributeError module 'hostmod' has no attribute 'Shiny' (it is new in Python 3.14; futurescope runs Python 3.13)",
		"ImportError cannot import name 'Shiny' from 'hostmod' (it is new in Python 3.14; futurescope runs Python 3.13)",
		"ImportError cannot import name 'Nothing' from 'hostmod' (unknown location)",
		""}, "\n")
	if err != nil || out.String() != want {
		t.Errorf("error %v\nstdout:\n%s\nwant:\n%s", err, out.String(), want)
	}
}
