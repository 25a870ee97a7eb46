package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"testing"
)

// init answers --help and a bad command line before ebiten initializes (see the package doc): it
// prints the usage (or the error) and exits 0 (2 for an error). Where there is no display to open,
// it says so and exits 1, instead of ebiten's panic. A test binary is left alone.
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
	if err := displayMissing(runtime.GOOS, os.Getenv); err != nil {
		fmt.Fprintf(os.Stderr, "futurescope-native: %v\n", err)
		os.Exit(1)
	}
}

// displayMissing returns why the window cannot open on goos with the environment getenv gives: on
// Linux and the BSDs, ebiten draws through X11 (XWayland under Wayland), which needs DISPLAY.
func displayMissing(goos string, getenv func(string) string) error {
	switch goos {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		if getenv("DISPLAY") == "" {
			return fmt.Errorf("no display (DISPLAY is not set): run it in a desktop session, or under xvfb-run for --png and --gif")
		}
	}
	return nil
}
