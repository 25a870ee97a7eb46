package main

import (
	"image"
	"testing"

	"golang.org/x/image/math/fixed"
)

// boxes draws every piece of text as a filled box one pixel in from a w×h cell, and counts its calls.
type boxes struct {
	w, h  int
	calls map[string]int
}

func (b *boxes) raster(s string, size float64) raster {
	b.calls[s]++
	rgba := make([]byte, 4*b.w*b.h)
	for y := 1; y < b.h-1; y++ {
		for x := 1; x < b.w-1; x++ {
			rgba[4*(y*b.w+x)+3] = 0xff
		}
	}
	return raster{Advance: float64(b.w) + 0.5, Left: 0, Top: -b.h + 2, Mask: alphaOf(rgba, b.w, b.h)}
}

func TestPageFace(t *testing.T) {
	r := &boxes{w: 8, h: 12, calls: map[string]int{}}
	f := newPageFace(r, 13)
	dot := fixed.P(100, 50)
	for range 3 {
		dr, mask, mp, adv, ok := f.Glyph(dot, '世')
		if !ok {
			t.Fatal("Glyph('世'): not drawn")
		}
		if want := image.Rect(100, 40, 108, 52); dr != want {
			t.Errorf("Glyph('世') covers %v, want %v (the raster's top left at the pen plus its offset)", dr, want)
		}
		if a := mask.(*image.Alpha).AlphaAt(mp.X+4, mp.Y+6).A; a != 0xff {
			t.Errorf("the mask's middle has alpha %d, want the raster's 255", a)
		}
		if a := mask.(*image.Alpha).AlphaAt(mp.X, mp.Y).A; a != 0 {
			t.Errorf("the mask's corner has alpha %d, want 0", a)
		}
		if adv != fixed.Int26_6(8.5*64) {
			t.Errorf("advance %v, want 8.5 px", adv)
		}
	}
	b, adv, ok := f.GlyphBounds('世')
	if !ok || b.Min != fixed.P(0, -10) || b.Max != fixed.P(8, 2) || adv != fixed.Int26_6(8.5*64) {
		t.Errorf("GlyphBounds('世') = %v %v %v, want (0,-10)-(8,2), 8.5 px", b, adv, ok)
	}
	if r.calls["世"] != 1 {
		t.Errorf("the page drew '世' %d times, want once", r.calls["世"])
	}
	for _, c := range []rune{'\n', '\t', 0x7f} {
		if _, ok := f.GlyphAdvance(c); ok {
			t.Errorf("GlyphAdvance(%q) is drawable, want a control left to the text's layout", c)
		}
	}
	// Go Regular's ascent and descent are 0.91 and 0.21 of the size, with no line gap.
	if m := f.Metrics(); m.Ascent > toFixed(0.9*13) || m.Descent > toFixed(0.2*13) || m.Height != m.Ascent+m.Descent {
		t.Errorf("metrics %+v: want a line no taller than Go Regular's, with no gap", m)
	}
}

func TestAlphaOf(t *testing.T) {
	m := alphaOf([]byte{9, 9, 9, 0, 1, 2, 3, 200}, 2, 1)
	if m.Pix[0] != 0 || m.Pix[1] != 200 {
		t.Errorf("alphaOf = %v, want each pixel's alpha [0 200]", m.Pix)
	}
	if m := alphaOf([]byte{1, 2, 3}, 4, 4); m.Pix[0] != 0 {
		t.Errorf("a short buffer gave %v, want zeros", m.Pix[:1])
	}
}
