//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// Natively the binary only says what it is: futurescope compare compares on the command line.
func main() {
	fmt.Fprintln(os.Stderr, "compare: a browser binary: build it with GOOS=js GOARCH=wasm (make web writes it as compare.wasm);\n"+
		"natively, futurescope compare script.py --recorded trace.json compares a recorded run with the simulation")
	os.Exit(2)
}
