package syntax

import (
	"strings"
	"testing"
)

// TestDumpLoneSurrogate: CPython 3.13 dumps x = "\ud800" with value='\ud800' (a str may hold a lone
// surrogate, which a Go string cannot: the scanner keeps it as WTF-8 and Dump must print it back).
func TestDumpLoneSurrogate(t *testing.T) {
	m, err := Parse("s.py", []byte("x = \"\\ud800\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d := Dump(m); !strings.Contains(d, `Constant(value='\ud800',`) {
		t.Errorf("Dump = %s, want the constant as '\\ud800'", d)
	}
}
