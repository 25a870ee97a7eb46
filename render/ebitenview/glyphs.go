package ebitenview

import (
	"image/color"
	"math"

	"github.com/futurescope/futurescope/render/layout"
)

// unit shapes of the polygon glyphs, in units of the glyph's radius, as render/svg draws them.
var glyphPoints = map[layout.Glyph][][2]float64{
	layout.Square:       {{-0.8, -0.8}, {0.8, -0.8}, {0.8, 0.8}, {-0.8, 0.8}},
	layout.Diamond:      {{0, -1}, {1, 0}, {0, 1}, {-1, 0}},
	layout.TriangleUp:   {{0, -1}, {0.95, 0.8}, {-0.95, 0.8}},
	layout.TriangleDown: {{-0.95, -0.8}, {0.95, -0.8}, {0, 1}},
	layout.Bar:          {{-0.22, -1}, {0.22, -1}, {0.22, 1}, {-0.22, 1}},
	layout.Circle:       ring(20, 0.85, 0),
	layout.Octagon:      ring(8, 1, math.Pi/8),
	layout.Star:         star(),
}

// ring returns n points on a circle of radius r, the first at angle a0.
func ring(n int, r, a0 float64) [][2]float64 {
	out := make([][2]float64, n)
	for i := range out {
		a := a0 + 2*math.Pi*float64(i)/float64(n)
		out[i] = [2]float64{r * math.Cos(a), r * math.Sin(a)}
	}
	return out
}

// star returns a five-pointed star.
func star() [][2]float64 {
	out := make([][2]float64, 10)
	for i := range out {
		a := float64(i)*math.Pi/5 - math.Pi/2
		k := 1.0
		if i%2 == 1 {
			k = 0.45
		}
		out[i] = [2]float64{k * math.Cos(a), k * math.Sin(a)}
	}
	return out
}

// place scales unit points to radius r around (cx, cy).
func place(unit [][2]float64, cx, cy, r float64) [][2]float32 {
	out := make([][2]float32, len(unit))
	for i, p := range unit {
		out[i] = [2]float32{float32(cx + p[0]*r), float32(cy + p[1]*r)}
	}
	return out
}

// glyph adds glyph gl centred at (cx, cy), r pixels from centre to edge, in colour c, to b: filled
// with a white halo, or (hollow) white inside an outline of c. u is the scale, for line widths.
func glyph(b *batch, gl layout.Glyph, hollow bool, cx, cy, r, u float64, c color.RGBA) {
	switch gl {
	case layout.NoGlyph:
		return
	case layout.Cross, layout.Plus:
		strokedGlyph(b, gl, cx, cy, r, u, c)
		return
	case layout.Hourglass:
		top := [][2]float64{{-0.8, -1}, {0.8, -1}, {0, 0}}
		bottom := [][2]float64{{0, 0}, {0.8, 1}, {-0.8, 1}}
		for _, tri := range [][][2]float64{top, bottom} {
			fillGlyph(b, tri, hollow, cx, cy, r, u, c)
		}
		return
	}
	fillGlyph(b, glyphPoints[gl], hollow, cx, cy, r, u, c)
}

// fillGlyph adds one polygon glyph.
func fillGlyph(b *batch, unit [][2]float64, hollow bool, cx, cy, r, u float64, c color.RGBA) {
	if len(unit) == 0 {
		return
	}
	mx, my := centre(unit)
	pcx, pcy := float32(cx+mx*r), float32(cy+my*r)
	if hollow {
		b.poly(pcx, pcy, place(unit, cx, cy, r), white)
		b.outline(place(unit, cx, cy, r), float32(1.6*u), c)
		return
	}
	b.outline(place(unit, cx, cy, r), float32(2*u), white)
	b.poly(pcx, pcy, place(unit, cx, cy, r), c)
}

// centre returns the average of the points: the centre of the fan that fills them.
func centre(pts [][2]float64) (x, y float64) {
	for _, p := range pts {
		x += p[0]
		y += p[1]
	}
	return x / float64(len(pts)), y / float64(len(pts))
}

// strokedGlyph adds a cross or a plus: two thick strokes over a white halo.
func strokedGlyph(b *batch, gl layout.Glyph, cx, cy, r, u float64, c color.RGBA) {
	d := r * 0.75
	segs := [2][4]float64{{cx - d, cy - d, cx + d, cy + d}, {cx - d, cy + d, cx + d, cy - d}}
	if gl == layout.Plus {
		segs = [2][4]float64{{cx - r, cy, cx + r, cy}, {cx, cy - r, cx, cy + r}}
	}
	w := math.Max(2*u, r*0.45)
	for _, col := range []struct {
		c color.RGBA
		w float64
	}{{white, w + 2*u}, {c, w}} {
		for _, s := range segs {
			b.line(float32(s[0]), float32(s[1]), float32(s[2]), float32(s[3]), float32(col.w), col.c)
		}
	}
}
