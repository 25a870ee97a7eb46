//go:build !(js && wasm)

package script

import "embed"

// pylib holds the modules of this package written in Python, embedded in every build but
// runner.wasm's.
//
//go:embed pylib/*.py pylib/logging/*.py pylib/multiprocessing/*.py
var pylib embed.FS

// readPylib returns the source of pylib/file.
func readPylib(file string) ([]byte, error) {
	return pylib.ReadFile("pylib/" + file)
}
