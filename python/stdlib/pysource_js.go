//go:build js && wasm

package stdlib

import (
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
)

// readLib returns the source of lib/name.py, which make web writes to the site as
// pylib/stdlib/name.py (the service worker keeps it offline).
func readLib(name string) ([]byte, error) {
	if !slices.Contains(libModules, name) {
		return nil, fmt.Errorf("stdlib: no module %s in lib", name)
	}
	_, file, _, _ := runtime.Caller(0)
	return FetchSiteFile("pylib/stdlib/"+name+".py", filepath.Join(filepath.Dir(file), "lib", name+".py"))
}
