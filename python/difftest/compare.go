package difftest

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/futurescope/futurescope/internal/golden"
)

// Compare says how got differs from what CPython did for c: "" when stdout, stderr and the exit code
// are identical, else one paragraph per differing part, each showing the first differing line.
func (c Case) Compare(got Outcome) string {
	var parts []string
	if !bytes.Equal(c.Want.Stdout, got.Stdout) {
		parts = append(parts, "stdout "+golden.Diff(string(c.Want.Stdout), string(got.Stdout)))
	}
	if !bytes.Equal(c.Want.Stderr, got.Stderr) {
		parts = append(parts, "stderr "+golden.Diff(string(c.Want.Stderr), string(got.Stderr)))
	}
	if c.Want.Exit != got.Exit {
		parts = append(parts, fmt.Sprintf("exit code %d, want %d", got.Exit, c.Want.Exit))
	}
	return strings.Join(parts, "\n")
}

// FirstDifference is a one-line summary of how got differs from c's goldens, for KNOWN_FAILURES:
// the stream and line number, with CPython's line and ours. It is "" when they are identical.
func (c Case) FirstDifference(got Outcome) string {
	for _, s := range []struct {
		name      string
		want, got []byte
	}{{"stdout", c.Want.Stdout, got.Stdout}, {"stderr", c.Want.Stderr, got.Stderr}} {
		if bytes.Equal(s.want, s.got) {
			continue
		}
		w, g := strings.Split(string(s.want), "\n"), strings.Split(string(s.got), "\n")
		i := 0
		for i < len(w) && i < len(g) && w[i] == g[i] {
			i++
		}
		return fmt.Sprintf("%s line %d: want %s got %s", s.name, i+1, lineAt(w, i), lineAt(g, i))
	}
	if c.Want.Exit != got.Exit {
		return fmt.Sprintf("exit code %d, want %d", got.Exit, c.Want.Exit)
	}
	return ""
}

// maxShown is how many bytes of a line a summary quotes.
const maxShown = 60

// lineAt quotes line i of lines, shortened, or says there is none.
func lineAt(lines []string, i int) string {
	if i >= len(lines) {
		return "(end)"
	}
	l := lines[i]
	if len(l) > maxShown {
		l = l[:maxShown] + "…"
	}
	return fmt.Sprintf("%q", l)
}
