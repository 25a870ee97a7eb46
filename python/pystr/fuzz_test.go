package pystr

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// unquote reads a Python string literal as Repr and ASCII write them.
func unquote(t *testing.T, lit string) string {
	t.Helper()
	q := lit[0]
	if len(lit) < 2 || (q != '\'' && q != '"') || lit[len(lit)-1] != q {
		t.Fatalf("%q: not quoted", lit)
	}
	body := lit[1 : len(lit)-1]
	var b strings.Builder
	for i := 0; i < len(body); {
		c := body[i]
		if c == q {
			t.Fatalf("%q: unescaped quote inside", lit)
		}
		if c != '\\' {
			b.WriteByte(c)
			i++
			continue
		}
		n := 0
		switch body[i+1] {
		case '\\', '\'', '"':
			b.WriteByte(body[i+1])
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'U':
			n = 8
		default:
			t.Fatalf("%q: unknown escape", lit)
		}
		if n > 0 {
			v, err := strconv.ParseUint(body[i+2:i+2+n], 16, 32)
			if err != nil {
				t.Fatalf("%q: %v", lit, err)
			}
			b.WriteRune(rune(v))
		}
		i += 2 + n
	}
	return b.String()
}

func FuzzStrRepr(f *testing.F) {
	for _, s := range []string{"", "it's", `say "hi"`, "both ' and \"", "\x00\x7f\u200b\u00a0", "日本\n", "\U0001F600", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, a := Repr(s), ASCII(s)
		if !utf8.ValidString(r) {
			t.Fatalf("Repr(%q) = %q: invalid UTF-8", s, r)
		}
		for i := 0; i < len(a); i++ {
			if a[i] >= utf8.RuneSelf || (a[i] < ' ' && a[i] != '\t') {
				t.Fatalf("ASCII(%q) = %q: not printable ASCII", s, a)
			}
		}
		if utf8.ValidString(s) {
			if back := unquote(t, r); back != s {
				t.Fatalf("Repr(%q) = %q reads back as %q", s, r, back)
			}
			if back := unquote(t, a); back != s {
				t.Fatalf("ASCII(%q) = %q reads back as %q", s, a, back)
			}
		}
		br := BytesRepr(s)
		if br[0] != 'b' {
			t.Fatalf("BytesRepr(%q) = %q", s, br)
		}
		// A few methods on arbitrary input: no panics, and lengths that add up.
		if got := Len(Upper(s)); utf8.ValidString(s) && got < Len(s) {
			t.Fatalf("Upper(%q) lost characters", s)
		}
		n := Len(s)
		if Find(s, "a", -n-3, n+3) > n || Count(s, "", 0, n) != n+1 {
			t.Fatalf("Find/Count out of range on %q", s)
		}
		if strings.Join(Splitlines(s, true), "") != s {
			t.Fatalf("Splitlines(%q, true) does not join back", s)
		}
	})
}
