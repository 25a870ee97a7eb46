//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// Natively there is nothing to do: futurescope run --svg, --trace and --chrome-trace write the same files.
func main() {
	fmt.Fprintln(os.Stderr, "draw: a browser binary: build it with GOOS=js GOARCH=wasm (make web does);\n"+
		"natively, futurescope run --svg, --trace and --chrome-trace write what it writes")
	os.Exit(2)
}
