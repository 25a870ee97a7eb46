package difftest

import (
	"io"
	"os"
	"strings"
	"testing"
)

// fakeEnv makes a child run fakeRun instead of the interpreter, for the tests of RunChild itself.
const fakeEnv = "FUTURESCOPE_DIFFTEST_FAKE"

func TestMain(m *testing.M) {
	if os.Getenv(fakeEnv) != "" {
		Serve(fakeRun)
	}
	Serve(interpreter)
	os.Exit(m.Run())
}

// fakeRun stands in for the interpreter: it echoes the script's first line to stdout and its name to
// stderr, and exits with 3; scripts whose first line says so panic or never end.
func fakeRun(filename string, src []byte, stdout, stderr io.Writer) int {
	first, _, _ := strings.Cut(string(src), "\n")
	switch {
	case strings.Contains(first, "panic"):
		panic("fake interpreter crashed")
	case strings.Contains(first, "loop"):
		for {
		}
	}
	io.WriteString(stdout, first+"\n")
	io.WriteString(stderr, filename+"\n")
	return 3
}
