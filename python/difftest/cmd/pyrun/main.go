// Command pyrun runs a Python script with the project's interpreter (py.RunMain), as `python3 FILE`
// would, and exits with its exit code; with no file, it reads the script from stdin as "<stdin>".
//
//	go run ./python/difftest/cmd/pyrun script.py
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/futurescope/futurescope/python/py"
	_ "github.com/futurescope/futurescope/python/stdlib" // the modules scripts import: math, ...
)

func main() {
	name, src, err := "<stdin>", []byte(nil), error(nil)
	if len(os.Args) > 1 {
		name = os.Args[1]
		src, err = os.ReadFile(name)
	} else {
		src, err = io.ReadAll(os.Stdin)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "pyrun:", err)
		os.Exit(2)
	}
	os.Exit(py.RunMain(name, src, os.Stdout, os.Stderr))
}
