package stdlib

import (
	"regexp"
	"strconv"
	"testing"
	"unicode/utf8"
)

var atPosition = regexp.MustCompile(` at position (\d+)$`)

// FuzzPatternError: scanning any pattern never panics, and an error it reports names a position
// inside the pattern.
func FuzzPatternError(f *testing.F) {
	for _, p := range []string{"(unclosed", "a)", "[abc", "*a", "a**", `\q`, "a{3,2}", "(?P<n>a)(?P<n>b)",
		"(?P<1x>a)", "[z-a]", `[\d-z]`, "x(?<!y)", "a*?+", `(a)\2`, "(?P<n", "[]a]", "(?i:x)", "(?#c)"} {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p string) {
		for _, onlyNames := range []bool{true, false} {
			msg := patternError(p, onlyNames)
			if msg == "" {
				continue
			}
			m := atPosition.FindStringSubmatch(msg)
			if m == nil {
				t.Fatalf("patternError(%q) = %q: no position", p, msg)
			}
			if n, _ := strconv.Atoi(m[1]); n > utf8.RuneCountInString(p) {
				t.Fatalf("patternError(%q) = %q: position past the end", p, msg)
			}
		}
	})
}
