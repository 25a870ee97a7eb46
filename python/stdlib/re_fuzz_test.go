package stdlib

import (
	"regexp"
	"testing"
)

// FuzzTranslate: any pattern a script passes to re either translates to
// Go regexp syntax (which then compiles or is rejected with an error) or is
// refused as unsupported; translation never panics.
func FuzzTranslate(f *testing.F) {
	for _, s := range []string{`(\w+)@(\w+)\.com`, `[\d.]+`, `a{,2}`, `(?P<k>\w+)`, `[^\W]`, `\`, `[`, `(?`, `a$`,
		`(?x) a # c`, `[]a]`, `[\b]`, `(?#note)a`, `\Z`} {
		f.Add(s, 0)
		f.Add(s, reVerbose|reIgnoreCase)
	}
	f.Fuzz(func(t *testing.T, pat string, flags int) {
		out, err := translate(pat, flags)
		if err != nil {
			if _, ok := err.(unsupported); !ok {
				t.Fatalf("translate(%q): %v is not an unsupported-construct error", pat, err)
			}
			return
		}
		regexp.Compile(out) // may fail: the error is reported as re.error
	})
}
