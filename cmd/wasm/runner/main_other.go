//go:build !(js && wasm)

package main

import (
	"flag"
	"fmt"
	"os"
)

// Natively, the runner writes the course into a built site (course.go): go run ./cmd/wasm/runner -site DIR.
func main() {
	site := flag.String("site", "", "write the course, its blocks run, into the built site `DIR` (under DIR/course)")
	flag.Parse()
	if *site == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "runner: a browser binary: build it with GOOS=js GOARCH=wasm (make web does);\n"+
			"natively, go run ./cmd/wasm/runner -site DIR writes the course and its runs into a built site")
		os.Exit(2)
	}
	n, err := writeCourse(*site)
	if err != nil {
		fmt.Fprintln(os.Stderr, "runner:", err)
		os.Exit(1)
	}
	fmt.Printf("runner: the course and %d runs of its blocks in %s/course\n", n, *site)
}
