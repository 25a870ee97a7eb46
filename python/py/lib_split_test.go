package py

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/futurescope/futurescope/python/pystr"
)

// TestASCIISplitMatchesPystr compares the ASCII fast path of str.split() with python/pystr's
// general one on random ASCII strings made of letters and every ASCII whitespace character.
func TestASCIISplitMatchesPystr(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := "ab \t\n\v\f\r\x1c\x1d\x1e\x1f"
	for trial := 0; trial < 5000; trial++ {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		maxsplit := rng.IntN(5) - 1
		want := pystr.SplitWhitespace(s, maxsplit)
		var got []string
		for _, o := range asciiSplitWhitespace(s, maxsplit).V {
			got = append(got, o.(*Str).S)
		}
		if !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("%q.split(None, %d) = %q, want %q", s, maxsplit, got, want)
		}
	}
}
