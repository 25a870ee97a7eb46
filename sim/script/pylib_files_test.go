package script

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestPylibFilesListsPylib checks that pylibFiles, by which runner.wasm fetches this package's
// Python modules, names exactly the .py files of pylib/: a file added there and not to the list
// would import natively but not in the browser.
func TestPylibFilesListsPylib(t *testing.T) {
	var files []string
	err := filepath.WalkDir("pylib", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".py" {
			return err
		}
		rel, err := filepath.Rel("pylib", p)
		files = append(files, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(files)
	if !slices.Equal(files, pylibFiles) {
		t.Errorf("pylibFiles = %q,\npylib/ holds %q: pylib_files.go lists pylib/'s files", pylibFiles, files)
	}
	for _, f := range pylibFiles {
		if src, err := readPylib(f); err != nil || len(src) == 0 {
			t.Errorf("readPylib(%q) = %d bytes, %v", f, len(src), err)
		}
	}
	if _, err := os.Stat("pylib/nosuch.py"); err == nil {
		t.Fatal("pylib/nosuch.py exists")
	}
	if _, err := readPylib("nosuch.py"); err == nil {
		t.Error("readPylib(nosuch.py) reads a file")
	}
}
