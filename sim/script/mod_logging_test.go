package script

import (
	"strings"
	"testing"
)

// TestLoggingFileHandlersSayWhy: the handlers that would write files or talk to the network fail
// when made, with an OSError that names the handler, says why and what to use instead; basicConfig's
// filename fails the same way.
func TestLoggingFileHandlersSayWhy(t *testing.T) {
	src := `import logging, logging.handlers
for make in [lambda: logging.FileHandler("a.log"), lambda: logging.handlers.RotatingFileHandler("a.log"),
             lambda: logging.handlers.SocketHandler("localhost", 9020), lambda: logging.basicConfig(filename="a.log")]:
    try:
        make()
    except OSError as e:
        print(e)
`
	out, errOut, res := run(t, src)
	if res.ExitCode != 0 {
		t.Fatalf("exit %d: %s", res.ExitCode, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	names := []string{"FileHandler", "RotatingFileHandler", "SocketHandler", "FileHandler"}
	if len(lines) != len(names) {
		t.Fatalf("printed %q, want %d errors", out, len(names))
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, names[i]+": ") || !strings.Contains(l, "cannot write files") ||
			!strings.Contains(l, "StreamHandler") {
			t.Errorf("line %d: %q, want %s's error saying why and what to use", i, l, names[i])
		}
	}
}
