package stdlib

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestLibModulesListsLib checks that libModules, which runner.wasm registers and fetches by, names
// exactly the files of lib/: a module added there and not to the list would import natively but
// not in the browser.
func TestLibModulesListsLib(t *testing.T) {
	entries, err := os.ReadDir("lib")
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".py"); ok && !e.IsDir() {
			files = append(files, name)
		}
	}
	if !slices.Equal(files, libModules) {
		t.Errorf("libModules = %q,\nlib/ holds %q: pysource_names.go lists lib/'s modules", libModules, files)
	}
	for _, name := range libModules {
		if src, ok := Source(name); !ok || len(src) == 0 {
			t.Errorf("Source(%q) = %d bytes, %v", name, len(src), ok)
		}
	}
	if _, ok := Source("nosuchmodule"); ok {
		t.Error("Source(nosuchmodule) reports a source")
	}
}
