// Package cpythontest finds the CPython that differential tests compare the simulator with.
//
// The simulator follows CPython 3.11 and later (concurrent.futures.TimeoutError became the builtin
// TimeoutError in 3.11, and the reference was confirmed on 3.11 to 3.14), so an older python3 cannot
// judge it: tests skip then, saying so, as they do when python3 is missing.
package cpythontest

import (
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// MinMinor is the oldest CPython 3 minor version the simulator is compared with.
const MinMinor = 11

// A Python is a python3 found on PATH.
type Python struct {
	// Path is the executable; Major and Minor its version.
	Path         string
	Major, Minor int
}

// AtLeast reports whether p's version is major.minor or later.
func (p Python) AtLeast(major, minor int) bool {
	return p.Major > major || p.Major == major && p.Minor >= minor
}

// Find returns python3, or skips the test (saying what it leaves unchecked, from what) when there is
// none or it is older than 3.MinMinor.
func Find(t testing.TB, what string) Python {
	t.Helper()
	path, err := exec.LookPath("python3")
	if err != nil {
		t.Skipf("python3 not found: %s is not compared with CPython", what)
	}
	out, err := exec.Command(path, "-c", "import sys; print('%d %d' % sys.version_info[:2])").Output()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	p := Python{Path: path}
	if f := strings.Fields(string(out)); len(f) == 2 {
		p.Major, _ = strconv.Atoi(f[0])
		p.Minor, _ = strconv.Atoi(f[1])
	}
	if !p.AtLeast(3, MinMinor) {
		t.Skipf("python3 is %d.%d, older than the CPython 3.%d the simulator follows: %s is not compared with it",
			p.Major, p.Minor, MinMinor, what)
	}
	return p
}
