// Package cpythontest finds the CPython that differential tests compare the simulator with.
//
// The simulator follows CPython 3.11 and later (concurrent.futures.TimeoutError became the builtin
// TimeoutError in 3.11, and the reference was confirmed on 3.11 to 3.14), so an older python3 cannot
// judge it: tests skip then, saying so, as they do when python3 is missing; under make test or CI
// (Required) they fail instead. The same switch serves the other tests that need something of the
// machine (node, chromium, a built site): Missing skips or fails them.
package cpythontest

import (
	"fmt"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// MinMinor is the oldest CPython 3 minor version the simulator is compared with.
const MinMinor = 11

// setupRemedy says how to get python3.
const setupRemedy = "make setup installs python3 (Debian 12's is 3.11)"

// A Python is a python3 found on PATH.
type Python struct {
	// Path is the executable; Major, Minor and Micro its version.
	Path                string
	Major, Minor, Micro int
}

// Version returns p's version, "3.13.0".
func (p Python) Version() string {
	return fmt.Sprintf("%d.%d.%d", p.Major, p.Minor, p.Micro)
}

// AtLeast reports whether p's version is major.minor or later.
func (p Python) AtLeast(major, minor int) bool {
	return p.Major > major || p.Major == major && p.Minor >= minor
}

// Find returns python3, or skips the test (saying what it leaves unchecked, from what) when there is
// none or it is older than 3.MinMinor; under Required it fails the test instead. Under WebAssembly,
// which runs no processes, it always skips: the native run of the same tests compares.
func Find(t testing.TB, what string) Python {
	t.Helper()
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skipf("no processes under %s: %s is compared with CPython in the native test run", runtime.GOOS, what)
	}
	path, err := exec.LookPath("python3")
	if err != nil {
		Missing(t, "python3 not found: "+what+" is not compared with CPython", setupRemedy)
	}
	out, err := exec.Command(path, "-c", "import sys; print(sys.implementation.name, '%d %d %d' % sys.version_info[:3])").Output()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	p := Python{Path: path}
	f := strings.Fields(string(out))
	if len(f) != 4 || f[0] != "cpython" {
		Missing(t, fmt.Sprintf("python3 (%s) is not CPython (%q): %s is not compared with CPython", path, strings.TrimSpace(string(out)), what), setupRemedy)
	}
	p.Major, _ = strconv.Atoi(f[1])
	p.Minor, _ = strconv.Atoi(f[2])
	p.Micro, _ = strconv.Atoi(f[3])
	if !p.AtLeast(3, MinMinor) {
		Missing(t, fmt.Sprintf("python3 is %d.%d, older than the CPython 3.%d the simulator follows: %s is not compared with it",
			p.Major, p.Minor, MinMinor, what), "put a python3 of 3."+strconv.Itoa(MinMinor)+" or later first on PATH")
	}
	return p
}
