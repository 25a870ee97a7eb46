package main

import (
	"image"
	"math"
	"sync"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// A raster is one piece of text drawn by the page: its advance, and its ink as an alpha mask whose
// top-left corner lies (Left, Top) pixels from the pen's position on the baseline.
type raster struct {
	Advance   float64
	Left, Top int
	Mask      *image.Alpha
}

// A rasteriser draws text at a size in pixels, as the page's canvas does in the browser.
type rasteriser interface {
	raster(s string, size float64) raster
}

// A pageFace is a font.Face whose glyphs a rasteriser draws: the viewer's face of last resort
// (ebitenview.FontSet.Last), for the characters its bundled fonts lack. Each character is drawn once
// and kept. Its metrics are kept small, so that it never changes the viewer's line height.
type pageFace struct {
	mu     sync.Mutex
	size   float64
	r      rasteriser
	glyphs map[rune]raster
}

// newPageFace returns the face of r's text at size pixels.
func newPageFace(r rasteriser, size float64) *pageFace {
	return &pageFace{size: size, r: r, glyphs: map[rune]raster{}}
}

// glyph returns the raster of r, drawing it the first time.
func (f *pageFace) glyph(r rune) raster {
	f.mu.Lock()
	defer f.mu.Unlock()
	if g, ok := f.glyphs[r]; ok {
		return g
	}
	g := f.r.raster(string(r), f.size)
	if g.Mask == nil {
		g.Mask = image.NewAlpha(image.Rectangle{})
	}
	f.glyphs[r] = g
	return g
}

// drawable reports whether the face draws r: every character but the controls.
func drawable(r rune) bool { return r >= 0 && !unicode.IsControl(r) && r <= unicode.MaxRune }

// Glyph implements font.Face.
func (f *pageFace) Glyph(dot fixed.Point26_6, r rune) (image.Rectangle, image.Image, image.Point, fixed.Int26_6, bool) {
	if !drawable(r) {
		return image.Rectangle{}, nil, image.Point{}, 0, false
	}
	g := f.glyph(r)
	at := image.Pt(dot.X.Round()+g.Left, dot.Y.Round()+g.Top)
	return g.Mask.Rect.Add(at), g.Mask, g.Mask.Rect.Min, toFixed(g.Advance), true
}

// GlyphBounds implements font.Face.
func (f *pageFace) GlyphBounds(r rune) (fixed.Rectangle26_6, fixed.Int26_6, bool) {
	if !drawable(r) {
		return fixed.Rectangle26_6{}, 0, false
	}
	g := f.glyph(r)
	w, h := g.Mask.Rect.Dx(), g.Mask.Rect.Dy()
	b := fixed.Rectangle26_6{
		Min: fixed.P(g.Left, g.Top),
		Max: fixed.P(g.Left+w, g.Top+h),
	}
	return b, toFixed(g.Advance), true
}

// GlyphAdvance implements font.Face.
func (f *pageFace) GlyphAdvance(r rune) (fixed.Int26_6, bool) {
	if !drawable(r) {
		return 0, false
	}
	return toFixed(f.glyph(r).Advance), true
}

// Kern implements font.Face: the page's glyphs are drawn one by one, without kerning.
func (f *pageFace) Kern(r0, r1 rune) fixed.Int26_6 { return 0 }

// Metrics implements font.Face: smaller than any bundled font's, with no line gap, so that a line's
// height stays theirs (ebiten's MultiFace takes the largest of its faces').
func (f *pageFace) Metrics() font.Metrics {
	return font.Metrics{
		Height:    toFixed(0.75*f.size) + toFixed(0.2*f.size),
		Ascent:    toFixed(0.75 * f.size),
		Descent:   toFixed(0.2 * f.size),
		XHeight:   toFixed(0.45 * f.size),
		CapHeight: toFixed(0.65 * f.size),
	}
}

// Close implements font.Face.
func (f *pageFace) Close() error { return nil }

// toFixed converts pixels to 26.6 fixed point.
func toFixed(x float64) fixed.Int26_6 { return fixed.Int26_6(math.Round(x * 64)) }

// alphaOf turns a canvas's RGBA pixels (w×h, 4 bytes a pixel) into an alpha mask: each pixel's
// coverage. A colour glyph (an emoji) becomes its silhouette, drawn in the text's colour.
func alphaOf(rgba []byte, w, h int) *image.Alpha {
	m := image.NewAlpha(image.Rect(0, 0, w, h))
	for i := range min(w*h, len(rgba)/4) {
		m.Pix[i] = rgba[4*i+3]
	}
	return m
}
