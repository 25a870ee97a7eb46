package ebitenview

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// A batch collects triangles of one source image and draws them with one DrawTriangles call: the
// viewer draws thousands of boxes a frame in a handful of calls. Each vertex has its own colour,
// which multiplies the source (white, or a white-on-transparent pattern).
type batch struct {
	dst *ebiten.Image
	vs  []ebiten.Vertex
	is  []uint16
	src *ebiten.Image
	// srcAt says where a vertex samples the source: the pattern batches use the screen position
	// (so patterns line up across boxes), the solid ones a fixed white texel.
	screenSrc bool
	// opaque says every vertex since begin is opaque: a solid batch then draws with BlendCopy, the
	// same pixels as blending but cheaper for a software renderer, which need not read the
	// destination back.
	opaque bool
	op     ebiten.DrawTrianglesOptions
}

// newBatch returns a batch drawing with src. repeat tiles src across the screen (a pattern); aa
// smooths the edges of slanted and curved shapes.
func newBatch(src *ebiten.Image, repeat, aa bool) *batch {
	b := &batch{src: src, screenSrc: repeat}
	if repeat {
		b.op.Address = ebiten.AddressRepeat
	}
	b.op.AntiAlias = aa
	return b
}

// begin starts collecting for dst.
func (b *batch) begin(dst *ebiten.Image) {
	b.dst, b.vs, b.is = dst, b.vs[:0], b.is[:0]
	b.opaque = true
}

// flush draws what was collected, and empties the batch.
func (b *batch) flush() {
	if len(b.is) > 0 && b.dst != nil {
		// A pattern's texels and an anti-aliased edge are partly transparent: only a solid batch
		// of opaque colours may copy (anti-aliasing would also copy the destination to its buffer).
		b.op.Blend = ebiten.Blend{}
		if b.opaque && !b.screenSrc && !b.op.AntiAlias {
			b.op.Blend = ebiten.BlendCopy
		}
		b.dst.DrawTriangles(b.vs, b.is, b.src, &b.op)
	}
	b.vs, b.is = b.vs[:0], b.is[:0]
	b.opaque = true
}

// room makes sure n more vertices fit in one draw call.
func (b *batch) room(n int) {
	if len(b.vs)+n > ebiten.MaxVertexCount {
		b.flush()
	}
}

// vertex appends a vertex at (x, y) in colour c.
func (b *batch) vertex(x, y float32, c color.RGBA) {
	b.opaque = b.opaque && c.A == 0xff
	sx, sy := float32(1.5), float32(1.5)
	if b.screenSrc {
		sx, sy = x, y
	}
	b.vs = append(b.vs, ebiten.Vertex{DstX: x, DstY: y, SrcX: sx, SrcY: sy,
		ColorR: float32(c.R) / 255, ColorG: float32(c.G) / 255, ColorB: float32(c.B) / 255, ColorA: float32(c.A) / 255})
}

// rect adds an axis-aligned box.
func (b *batch) rect(x, y, w, h float32, c color.RGBA) {
	if w <= 0 || h <= 0 {
		return
	}
	b.quad(x, y, x+w, y, x+w, y+h, x, y+h, c)
}

// quad adds a four-cornered shape, corners in order around it.
func (b *batch) quad(x0, y0, x1, y1, x2, y2, x3, y3 float32, c color.RGBA) {
	b.room(4)
	n := uint16(len(b.vs))
	b.vertex(x0, y0, c)
	b.vertex(x1, y1, c)
	b.vertex(x2, y2, c)
	b.vertex(x3, y3, c)
	b.is = append(b.is, n, n+1, n+2, n, n+2, n+3)
}

// line adds a straight line of width w.
func (b *batch) line(x0, y0, x1, y1, w float32, c color.RGBA) {
	dx, dy := x1-x0, y1-y0
	l := float32(math.Hypot(float64(dx), float64(dy)))
	if l == 0 {
		return
	}
	nx, ny := -dy/l*w/2, dx/l*w/2
	b.quad(x0+nx, y0+ny, x1+nx, y1+ny, x1-nx, y1-ny, x0-nx, y0-ny, c)
}

// dashedV adds a vertical line from y0 down to y1, in dashes of on pixels with gaps of off (off 0:
// solid).
func (b *batch) dashedV(x, y0, y1, w, on, off float32, c color.RGBA) {
	if off <= 0 {
		b.rect(x-w/2, y0, w, y1-y0, c)
		return
	}
	for y := y0; y < y1; y += on + off {
		b.rect(x-w/2, y, w, min(on, y1-y), c)
	}
}

// dashedH adds a horizontal dashed line from x0 to x1 (off 0: solid).
func (b *batch) dashedH(x0, x1, y, w, on, off float32, c color.RGBA) {
	if off <= 0 {
		b.rect(x0, y-w/2, x1-x0, w, c)
		return
	}
	for x := x0; x < x1; x += on + off {
		b.rect(x, y-w/2, min(on, x1-x), w, c)
	}
}

// poly adds a polygon that is convex, or star-shaped around its first point's opposite: it is
// drawn as a fan from its centre (cx, cy).
func (b *batch) poly(cx, cy float32, pts [][2]float32, c color.RGBA) {
	b.room(len(pts) + 1)
	n := uint16(len(b.vs))
	b.vertex(cx, cy, c)
	for _, p := range pts {
		b.vertex(p[0], p[1], c)
	}
	for i := range pts {
		j := (i + 1) % len(pts)
		b.is = append(b.is, n, n+1+uint16(i), n+1+uint16(j))
	}
}

// outline adds the closed outline of a polygon, w wide.
func (b *batch) outline(pts [][2]float32, w float32, c color.RGBA) {
	for i := range pts {
		j := (i + 1) % len(pts)
		b.line(pts[i][0], pts[i][1], pts[j][0], pts[j][1], w, c)
	}
}

// textures are the source images of the batches, made once per viewer.
type textures struct {
	white        *ebiten.Image // a white texel at (1, 1), with a white border against bleeding
	hatch, dots  *ebiten.Image // white-on-transparent patterns, tiled
	checks       *ebiten.Image // the checkerboard of waiting for the GIL, tiled
	patternScale float64       // the scale the patterns were made for
}

// makeWhite returns a 3 × 3 white image.
func makeWhite() *ebiten.Image {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img
}

// makePatterns makes the hatch and dot patterns for scale: stripes at 45° every 6 logical pixels,
// dots every 5 and a checkerboard of 3-pixel squares, as the SVG draws them.
func (t *textures) makePatterns(scale float64) {
	if t.hatch != nil && t.patternScale == scale {
		return
	}
	if t.hatch != nil {
		t.hatch.Deallocate()
		t.dots.Deallocate()
		t.checks.Deallocate()
	}
	t.patternScale = scale
	hp := int(math.Round(6 * scale))
	hatch := image.NewRGBA(image.Rect(0, 0, hp, hp))
	band := 2.5 * scale
	for y := range hp {
		for x := range hp {
			if d := math.Mod(float64(x+y)+0.5, float64(hp)); d < band {
				hatch.Set(x, y, color.White)
			}
		}
	}
	dp := int(math.Round(5 * scale))
	dots := image.NewRGBA(image.Rect(0, 0, dp, dp))
	r := 1.3 * scale
	c := float64(dp) / 2
	for y := range dp {
		for x := range dp {
			if math.Hypot(float64(x)+0.5-c, float64(y)+0.5-c) <= r {
				dots.Set(x, y, color.White)
			}
		}
	}
	cp := int(math.Round(6 * scale))
	checks := image.NewRGBA(image.Rect(0, 0, cp, cp))
	for y := range cp {
		for x := range cp {
			if (2*x < cp) == (2*y < cp) {
				checks.Set(x, y, color.White)
			}
		}
	}
	t.hatch = ebiten.NewImageFromImage(hatch)
	t.checks = ebiten.NewImageFromImage(checks)
	t.dots = ebiten.NewImageFromImage(dots)
}
