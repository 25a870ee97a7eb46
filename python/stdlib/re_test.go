package stdlib

import (
	"bytes"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/python/py"
)

// TestReUnsupported: what Go's regexp cannot run fails at compile with a
// NotImplementedError that names the construct and says why.
func TestReUnsupported(t *testing.T) {
	for pat, what := range map[string]string{
		`(\w)\1`:         `backreferences (\1)`,
		`a(?=b)`:         "lookahead (?=...)",
		`a(?!b)`:         "lookahead (?!...)",
		`(?<=a)b`:        "lookbehind (?<=...)",
		`(?P<x>a)(?P=x)`: "named backreferences (?P=...)",
		`(?>a)`:          "atomic groups (?>...)",
		`a++`:            "possessive quantifiers (++)",
	} {
		var out, errOut bytes.Buffer
		src := "import re\nre.compile(" + pyQuote(pat) + ")\n"
		if code := py.RunMain("t.py", []byte(src), &out, &errOut); code != 1 {
			t.Errorf("%s: exit code %d, want 1", pat, code)
		}
		want := "NotImplementedError: re: " + what + " cannot be used here: Go's regular expressions, which futurescope runs, do not backtrack\n"
		if !strings.HasSuffix(errOut.String(), want) {
			t.Errorf("%s: stderr\n%s\nwant it to end with\n%s", pat, errOut.String(), want)
		}
	}
}

func pyQuote(s string) string { return "r'" + s + "'" }
