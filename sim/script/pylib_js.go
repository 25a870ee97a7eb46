//go:build js && wasm

package script

import (
	"io/fs"
	"path/filepath"
	goruntime "runtime"
	"slices"

	"github.com/futurescope/futurescope/python/stdlib"
)

// readPylib returns the source of pylib/file, which make web writes to the site as
// pylib/script/file (the service worker keeps it offline); a file pylibFiles does not name is
// fs.ErrNotExist without a fetch.
func readPylib(file string) ([]byte, error) {
	if !slices.Contains(pylibFiles, file) {
		return nil, fs.ErrNotExist
	}
	_, self, _, _ := goruntime.Caller(0)
	return stdlib.FetchSiteFile("pylib/script/"+file, filepath.Join(filepath.Dir(self), "pylib", filepath.FromSlash(file)))
}
