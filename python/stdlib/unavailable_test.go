package stdlib

import (
	"bytes"
	"testing"

	"github.com/futurescope/futurescope/python/py"
)

// TestUnavailableModules: importing a module the simulation cannot have
// fails with ModuleNotFoundError (so except ImportError catches it) whose
// message says why and what to use instead.
func TestUnavailableModules(t *testing.T) {
	for name, why := range unavailable {
		src := "try:\n    import " + name + "\nexcept ImportError as e:\n    print(type(e).__name__, e.name, '|', e)\n"
		var out, errOut bytes.Buffer
		if code := py.RunMain("t.py", []byte(src), &out, &errOut); code != 0 {
			t.Fatalf("%s: exit code %d: %s", name, code, errOut.String())
		}
		want := "ModuleNotFoundError " + name + " | " + name + " cannot be imported in futurescope: " + why + "\n"
		if out.String() != want {
			t.Errorf("import %s printed\n%s\nwant\n%s", name, out.String(), want)
		}
	}
	var out, errOut bytes.Buffer
	py.RunMain("t.py", []byte("import http.client\n"), &out, &errOut)
	if want := "ModuleNotFoundError: http cannot be imported in futurescope: " + noNetwork + "\n"; !bytes.HasSuffix(errOut.Bytes(), []byte(want)) {
		t.Errorf("import http.client: stderr\n%s\nwant it to end with\n%s", errOut.String(), want)
	}
}
