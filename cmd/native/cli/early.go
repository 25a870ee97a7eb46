package cli

import (
	"errors"
	"flag"
	"os"
	"testing"
)

// init answers --help and a bad command line before ebiten initializes (see the package doc): it
// prints the usage (or the error) and exits 0 (2 for an error). A test binary is left alone.
func init() {
	if testing.Testing() {
		return
	}
	switch _, err := Parse(os.Args[1:], os.Stderr); {
	case errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case err != nil:
		os.Exit(2)
	}
}
