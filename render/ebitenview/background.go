package ebitenview

import (
	"image"
	"math"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// Under Mesa's software renderer every pixel a frame paints costs CPU time (some 5 ns; a 1280 × 800
// viewer is a million of them), so a frame paints each pixel as few times as it can. The lanes and the
// detail panel paint their own opaque backgrounds (the rows' stripes, the panel's tint), so the white
// background goes only where they do not.

// fillBackground paints white the parts of the viewer that no opaque background covers: its bounds but
// the lanes (drawRows paints every pixel of them) and the detail panel (drawPanel does).
func (v *Viewer) fillBackground(img *ebiten.Image, g viewstate.Geometry) {
	v.fill.begin(img)
	for _, r := range uncovered(v.bounds, innerRect(g.Lanes), innerRect(g.Panel)) {
		v.fill.rect(float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), white)
	}
	v.fill.flush()
}

// innerRect returns the pixels whose centres r covers whole: a box drawn over r paints each of them.
func innerRect(r viewstate.Rect) image.Rectangle {
	return image.Rect(int(math.Ceil(r.X)), int(math.Ceil(r.Y)), int(math.Floor(r.Right())), int(math.Floor(r.Bottom())))
}

// uncovered returns rectangles that together cover the pixels of b outside every hole, each pixel
// once: b cut into bands at the holes' tops and bottoms, each band less the holes that cross it.
func uncovered(b image.Rectangle, holes ...image.Rectangle) []image.Rectangle {
	var hs []image.Rectangle
	ys := []int{b.Min.Y, b.Max.Y}
	for _, h := range holes {
		if h = h.Intersect(b); !h.Empty() {
			hs = append(hs, h)
			ys = append(ys, h.Min.Y, h.Max.Y)
		}
	}
	slices.Sort(ys)
	ys = slices.Compact(ys)
	var out []image.Rectangle
	for i := 0; i+1 < len(ys); i++ {
		y0, y1 := ys[i], ys[i+1]
		var cuts [][2]int // the holes' spans across this band, by left edge
		for _, h := range hs {
			if h.Min.Y <= y0 && h.Max.Y >= y1 {
				cuts = append(cuts, [2]int{h.Min.X, h.Max.X})
			}
		}
		slices.SortFunc(cuts, func(a, c [2]int) int { return a[0] - c[0] })
		x := b.Min.X
		for _, c := range cuts {
			if c[0] > x {
				out = append(out, image.Rect(x, y0, c[0], y1))
			}
			x = max(x, c[1])
		}
		if x < b.Max.X {
			out = append(out, image.Rect(x, y0, b.Max.X, y1))
		}
	}
	return out
}
