//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "wasm: a browser binary: build it with GOOS=js GOARCH=wasm (make web does)")
	os.Exit(2)
}
