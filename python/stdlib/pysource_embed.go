//go:build !(js && wasm)

package stdlib

import "embed"

// sources holds lib/, embedded in every build but runner.wasm's.
//
//go:embed lib/*.py
var sources embed.FS

// readLib returns the source of lib/name.py.
func readLib(name string) ([]byte, error) {
	return sources.ReadFile("lib/" + name + ".py")
}
