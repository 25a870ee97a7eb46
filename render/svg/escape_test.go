package svg

import (
	"encoding/xml"
	"strings"
	"testing"
)

// xmlEscape is encoding/xml's escaping, which esc must equal.
func xmlEscape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func TestEscMatchesEncodingXML(t *testing.T) {
	for _, s := range []string{"", "plain", `a<b>&"c"'d'`, "tab\there\nnew\rcr", "\x00\x01\x1f", "é中🙂",
		"\xff\xfe bad", "\uFFFD", "\uFFFE\uFFFF", "\ud7ff\ue000", string([]byte{0xed, 0xa0, 0x80})} {
		if got, want := esc(s), xmlEscape(s); got != want {
			t.Errorf("esc(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzEsc(f *testing.F) {
	for _, s := range []string{"a<b", "\xff", "x\ty", "🙂&'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := esc(s), xmlEscape(s); got != want {
			t.Errorf("esc(%q) = %q, want %q", s, got, want)
		}
	})
}
