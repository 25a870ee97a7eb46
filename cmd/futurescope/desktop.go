package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// nativeName is the desktop visualizer's program (built from cmd/native).
const nativeName = "futurescope-native"

// desktopCommand starts the desktop visualizer with args (FILE.py and its flags) and returns its exit
// status; when it is not installed, it says how to build it and returns 1.
func desktopCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	dir := "."
	if exe, err := os.Executable(); err == nil {
		dir = filepath.Dir(exe)
	}
	path, err := findNative(dir, exec.LookPath)
	if err != nil {
		fmt.Fprintf(stderr, nativeMissing, nativeName, dir, filepath.Join(dir, nativeName))
		return 1
	}
	cmd := exec.Command(path, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, stdout, stderr
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		fmt.Fprintln(stderr, "futurescope desktop:", err)
		return 1
	}
	return 0
}

// findNative returns the desktop visualizer's path: beside this program in dir, else on PATH.
func findNative(dir string, lookPath func(string) (string, error)) (string, error) {
	name := nativeName
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	p := filepath.Join(dir, name)
	if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
		return p, nil
	}
	return lookPath(nativeName)
}

const nativeMissing = `futurescope desktop: the desktop window is a separate program, %s, and it is not installed
(looked beside futurescope, in %s, and on PATH). Build it from futurescope's source tree with

    go build -o %s ./cmd/native

It needs cgo and the X11/GL development headers: on Debian, the packages tools/setup.sh lists
(libx11-dev libxrandr-dev libxcursor-dev libxinerama-dev libxi-dev libxxf86vm-dev libgl-dev).
`
