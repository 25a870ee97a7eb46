package ebitenview

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// wide is a face of last resort whose every character is 7 pixels wide.
type wide struct{}

func (wide) Glyph(dot fixed.Point26_6, r rune) (image.Rectangle, image.Image, image.Point, fixed.Int26_6, bool) {
	return image.Rectangle{}, nil, image.Point{}, fixed.I(7), true
}
func (wide) GlyphBounds(r rune) (fixed.Rectangle26_6, fixed.Int26_6, bool) {
	return fixed.Rectangle26_6{}, fixed.I(7), true
}
func (wide) GlyphAdvance(r rune) (fixed.Int26_6, bool) { return fixed.I(7), true }
func (wide) Kern(r0, r1 rune) fixed.Int26_6            { return 0 }
func (wide) Metrics() font.Metrics                     { return font.Metrics{Height: fixed.I(10), Ascent: fixed.I(7)} }
func (wide) Close() error                              { return nil }

// TestLastFace checks that the characters no bundled font has (Arabic, an emoji) go to the face of
// last resort, and the others stay with the bundled fonts.
func TestLastFace(t *testing.T) {
	base, err := DefaultFonts()
	if err != nil {
		t.Fatal(err)
	}
	sizes := []float64{}
	fs := base.WithLast(func(size float64) font.Face { sizes = append(sizes, size); return wide{} })
	if base.Last != nil {
		t.Fatal("WithLast changed the shared default font set")
	}
	f := fs.Faces(13)
	if got := text.Advance("مرحبا🙂", f.Sans); got != 6*7 {
		t.Errorf("Arabic and an emoji advance %v px, want 6 characters of the last face (42 px)", got)
	}
	if got, want := text.Advance("abc", f.Sans), text.Advance("abc", base.Faces(13).Sans); got != want {
		t.Errorf("Latin advances %v px with a last face, %v without: want the bundled font's", got, want)
	}
	if len(sizes) == 0 || sizes[0] != 13 {
		t.Errorf("the last face was asked for sizes %v, want 13 first", sizes)
	}
}
