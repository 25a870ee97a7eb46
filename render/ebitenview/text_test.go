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

// TestVisual checks right-to-left text as drawn glyph by glyph: Arabic letters joined, runs reversed.
func TestVisual(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hello, 世界", "hello, 世界"},
		// م initial, ر final, ح initial (ر does not join forward), ب medial, ا final; then reversed.
		{"مرحبا", "\uFE8E\uFE92\uFEA3\uFEAE\uFEE3"},
		{"say مرحبا now", "say \uFE8E\uFE92\uFEA3\uFEAE\uFEE3 now"},
		{"مرحبا مرحبا", "\uFE8E\uFE92\uFEA3\uFEAE\uFEE3 \uFE8E\uFE92\uFEA3\uFEAE\uFEE3"},
		{"بَ", "\uFE8F\u064E"},        // a vowel mark stays after its letter
		{"بَب", "\uFE90\uFE91\u064E"}, // and does not stop its letter joining the next
		{"שלום", "םולש"},
		{"ء", "\uFE80"},
	}
	for _, tt := range tests {
		if got := visual(tt.in); got != tt.want {
			t.Errorf("visual(%q) = %q (% x), want %q", tt.in, got, []rune(got), tt.want)
		}
	}
}
