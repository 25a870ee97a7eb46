package ebitenview

import (
	"bytes"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// regenerate is how to rewrite the browser's Go font subsets (tools/gofontsubset).
const regenerate = "go run ./tools/gofontsubset render/words/*.go render/layout/*.go " +
	"render/ebitenview/*.go render/ebitenview/viewstate/*.go"

// A fontPair is one Go font in full (the desktop's) and the subset of it the browser bundles.
type fontPair struct {
	name         string
	full, subset []byte
}

// fontPairs reads the browser's subsets (fonts_go_js.go embeds them; this test runs natively).
func fontPairs(t *testing.T) []fontPair {
	t.Helper()
	pairs := []fontPair{
		{name: "go-regular-subset.ttf", full: goregular.TTF},
		{name: "go-bold-subset.ttf", full: gobold.TTF},
		{name: "go-mono-subset.ttf", full: gomono.TTF},
	}
	for i := range pairs {
		data, err := os.ReadFile(pairs[i].name)
		if err != nil {
			t.Fatal(err)
		}
		pairs[i].subset = data
	}
	return pairs
}

// has reports whether the font maps r to a glyph.
func has(f *sfnt.Font, buf *sfnt.Buffer, r rune) bool {
	i, err := f.GlyphIndex(buf, r)
	return err == nil && i != 0
}

// wordRunes returns the distinct characters of the string and rune literals of the viewer's own
// words, in both languages: the non-test Go files of render/words, render/layout, this package
// and viewstate (key map, help, details).
func wordRunes(t *testing.T) []rune {
	t.Helper()
	seen := map[rune]bool{}
	for _, dir := range []string{"../words", "../layout", ".", "viewstate"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			fset := token.NewFileSet()
			var s scanner.Scanner
			s.Init(fset.AddFile(name, -1, len(src)), src, nil, 0)
			for {
				_, tok, lit := s.Scan()
				if tok == token.EOF {
					break
				}
				if tok != token.STRING && tok != token.CHAR {
					continue
				}
				v, err := strconv.Unquote(lit)
				if err != nil {
					t.Fatalf("%s: literal %s: %v", name, lit, err)
				}
				for _, r := range v {
					if r >= ' ' && r != 0x7f {
						seen[r] = true
					}
				}
			}
		}
	}
	var out []rune
	for r := range seen {
		out = append(out, r)
	}
	slices.Sort(out)
	if len(out) < 100 {
		t.Fatalf("the viewer's words use only %d characters: the scan missed them", len(out))
	}
	return out
}

// TestWasmFontsCoverWords checks that every character the viewer's own words use is drawn the same
// in the browser as on the desktop: the browser's subset of each Go font has every one the full
// font has, with the same advance, and the rest (Chinese) go to the page's fonts, the face of
// last resort, rather than to a box.
func TestWasmFontsCoverWords(t *testing.T) {
	words := wordRunes(t)
	var buf sfnt.Buffer
	var toPage []rune
	for _, p := range fontPairs(t) {
		full, err := sfnt.Parse(p.full)
		if err != nil {
			t.Fatal(err)
		}
		sub, err := sfnt.Parse(p.subset)
		if err != nil {
			t.Fatalf("%s: %v", p.name, err)
		}
		var missing []string
		for _, r := range words {
			switch {
			case !has(full, &buf, r):
				if p.name == "go-regular-subset.ttf" {
					toPage = append(toPage, r)
				}
			case !has(sub, &buf, r):
				missing = append(missing, strconv.QuoteRune(r))
			}
		}
		if len(missing) > 0 {
			t.Errorf("%s lacks %s, which the viewer's words use and the full font has: regenerate it with %s",
				p.name, strings.Join(missing, " "), regenerate)
		}
		// The same advances: the layout measures text the same way in both builds.
		fullSrc, err := text.NewGoTextFaceSource(bytes.NewReader(p.full))
		if err != nil {
			t.Fatal(err)
		}
		subSrc, err := text.NewGoTextFaceSource(bytes.NewReader(p.subset))
		if err != nil {
			t.Fatal(err)
		}
		var covered strings.Builder
		for _, r := range words {
			if has(full, &buf, r) {
				covered.WriteRune(r)
			}
		}
		s := covered.String()
		fw := text.Advance(s, &text.GoTextFace{Source: fullSrc, Size: BaseSize})
		sw := text.Advance(s, &text.GoTextFace{Source: subSrc, Size: BaseSize})
		if fw != sw {
			t.Errorf("%s: the words' characters advance %v px, %v px in the full font", p.name, sw, fw)
		}
	}
	if len(toPage) == 0 {
		t.Fatal("no character of the words is outside the Go fonts: the Chinese words were not scanned")
	}
	// The browser's font set: the subsets, no CJK font, the page's fonts last.
	set := browserFonts(t)
	f := set.Faces(BaseSize)
	for _, r := range toPage {
		if got := text.Advance(string(r), f.Sans); got != 7 {
			t.Errorf("%q (U+%04X) advances %v px in the browser's fonts, want the page's 7 px", r, r, got)
		}
	}
}

// browserFonts returns the font set the browser's timeline has, with a face of last resort whose
// characters are 7 px wide (wide) standing for the page's fonts.
func browserFonts(t *testing.T) *FontSet {
	t.Helper()
	var srcs []*text.GoTextFaceSource
	for _, p := range fontPairs(t) {
		src, err := text.NewGoTextFaceSource(bytes.NewReader(p.subset))
		if err != nil {
			t.Fatalf("%s: %v", p.name, err)
		}
		srcs = append(srcs, src)
	}
	set := &FontSet{Sans: srcs[0], Bold: srcs[1], Mono: srcs[2]}
	return set.WithLast(func(float64) font.Face { return wide{} })
}

// TestWasmFontsBlocks checks that each subset keeps every character of the blocks it promises
// (Latin-1, general punctuation, arrows, mathematical operators, box drawing, geometric shapes)
// that the full font has, and that a character outside them (Cyrillic) goes to the page's fonts.
func TestWasmFontsBlocks(t *testing.T) {
	blocks := [][2]rune{{0x20, 0x7e}, {0xa0, 0xff}, {0x2000, 0x206f}, {0x2190, 0x21ff}, {0x2200, 0x22ff},
		{0x2500, 0x257f}, {0x25a0, 0x25ff}}
	var buf sfnt.Buffer
	for _, p := range fontPairs(t) {
		full, err := sfnt.Parse(p.full)
		if err != nil {
			t.Fatal(err)
		}
		sub, err := sfnt.Parse(p.subset)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, b := range blocks {
			for r := b[0]; r <= b[1]; r++ {
				if has(full, &buf, r) {
					n++
					if !has(sub, &buf, r) {
						t.Errorf("%s lacks %q (U+%04X)", p.name, r, r)
					}
				}
			}
		}
		if n < 250 {
			t.Errorf("%s: only %d characters of the blocks in the full font", p.name, n)
		}
		if !has(full, &buf, 'Ж') || has(sub, &buf, 'Ж') {
			t.Errorf("%s: want Ж in the full font only", p.name)
		}
	}
	f := browserFonts(t).Faces(BaseSize)
	if got := text.Advance("Жук", f.Mono); got != 3*7 {
		t.Errorf("Cyrillic advances %v px in the browser's fonts, want 3 characters of the page's (21 px)", got)
	}
	if got := text.Advance("µs → …", f.Mono); got != 6*f.Char {
		t.Errorf("\"µs → …\" advances %v px in the browser's Go Mono, want 6 of its characters (%v px)", got, 6*f.Char)
	}
}
