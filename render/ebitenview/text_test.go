package ebitenview

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// TestFitKeepsNamesEnd checks that a lane's label cut to fit keeps the end that tells threads apart,
// and that wrapping a long word still keeps all of it, in order.
func TestFitKeepsNamesEnd(t *testing.T) {
	fonts, err := DefaultFonts()
	if err != nil {
		t.Fatal(err)
	}
	f := fonts.Faces(13)
	for _, label := range []string{"T2 ThreadPoolExecutor-0_0", "T3 ThreadPoolExecutor-0_1", "T4 ThreadPoolExecutor-0_12"} {
		w := text.Advance(label, f.Mono) * 0.7
		got := Fit(label, f.Mono, w)
		suffix := label[strings.LastIndex(label, "-"):]
		if !strings.HasSuffix(got, suffix) || !strings.Contains(got, "…") || text.Advance(got, f.Mono) > w {
			t.Errorf("Fit(%q) in %.0f px = %q: want it cut in the middle, ending %q", label, w, got, suffix)
		}
	}
	sentence := "a lane per thread, under its process: what it runs, where it blocks"
	if got := Fit(sentence, f.Sans, text.Advance(sentence, f.Sans)/2); !strings.HasSuffix(got, "…") {
		t.Errorf("Fit(a sentence) = %q: want its end cut", got)
	}
	word := strings.Repeat("ThreadPoolExecutor-0_1", 4)
	lines := Wrap(word, f.Mono, text.Advance(word, f.Mono)/3)
	if strings.Join(lines, "") != word || len(lines) < 3 {
		t.Errorf("Wrap(a long word) = %q: want it in pieces, all of it, in order", lines)
	}
}
