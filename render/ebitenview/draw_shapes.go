package ebitenview

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
)

// A textOp is text to write once the shapes under it are drawn.
type textOp struct {
	s    string
	face text.Face
	x    float64
	mid  float64 // the middle of the line
	c    color.RGBA
}

// shape adds one shape of a lane whose top is at top and which is h pixels high to the batches;
// its text goes to texts.
func (v *Viewer) shape(sh *layout.Shape, top, h float64, g viewstate.Geometry, texts *[]textOp) {
	y0, y1 := top+float64(sh.Y0)*h, top+float64(sh.Y1)*h
	switch sh.Kind {
	case layout.Span:
		v.span(sh, y0, y1, g, texts)
	case layout.Line:
		v.lifeLine(sh, y0, g)
	case layout.Marker:
		fill, _ := sh.Colors()
		look := sh.Style.Look()
		glyph(v.marks, look.Glyph, look.Hollow, markerX(sh, y1-y0, g), (y0+y1)/2, (y1-y0)/2, v.scale, rgba(fill))
	case layout.Text:
		x := g.X(sh.T0) + 0.25*h + 4*v.scale
		if s := Fit(sh.Label, v.faces.SmallMono, g.Plot.Right()-x); s != "" {
			*texts = append(*texts, textOp{s, v.faces.SmallMono, x, (y0 + y1) / 2, ink})
		}
	}
	if v.state.Selected.Shape == sh {
		v.highlight(sh, y0, y1, g)
	}
}

// markerX returns where a marker of size pixels is centred: at its time, moved right by its nudge
// so that markers of one instant do not hide each other.
func markerX(sh *layout.Shape, size float64, g viewstate.Geometry) float64 {
	return g.X(sh.T0) + float64(min(sh.Nudge, layout.MaxNudge))*size*viewstate.MarkerGap
}

// spanX returns where a span or line starts and ends on the screen, clipped to just outside the plot.
func spanX(sh *layout.Shape, g viewstate.Geometry) (x0, x1 float64) {
	x0, x1 = g.X(sh.T0), g.X(sh.T1)
	if sh.Open {
		x1 = g.Plot.Right()
	}
	return max(x0, g.Plot.X-4), min(x1, g.Plot.Right()+4)
}

// span adds a box in its style's pattern, an arrow if it never ended, and its label if it fits.
func (v *Viewer) span(sh *layout.Shape, y0, y1 float64, g viewstate.Geometry, texts *[]textOp) {
	u := v.scale
	x0, x1 := spanX(sh, g)
	w := max(x1-x0, 1.5*u)
	if sh.Style.AtLeastSquare() {
		w = max(w, y1-y0)
	}
	look := sh.Style.Look()
	fc, sc := sh.Colors()
	fill, stroke := rgba(fc), rgba(sc)
	X, Y, W, H := float32(x0), float32(y0), float32(w), float32(y1-y0)
	switch look.Pattern {
	case layout.Solid:
		v.fill.rect(X, Y, W, H, fill)
	case layout.Hatched, layout.Dotted, layout.Checked:
		v.fill.rect(X, Y, W, H, rgba(fc.Light(0.22)))
		pat := v.hatch
		switch look.Pattern {
		case layout.Dotted:
			pat = v.dots
		case layout.Checked:
			pat = v.checks
		}
		pat.rect(X, Y, W, H, fill)
		v.border(X, Y, W, H, float32(0.8*u), 0, stroke)
	case layout.Outline:
		v.fill.rect(X, Y, W, H, rgba(fc.Light(0.25)))
		v.border(X, Y, W, H, float32(1.2*u), 0, stroke)
	case layout.Dashed:
		v.fill.rect(X, Y, W, H, rgba(fc.Light(0.25)))
		v.border(X, Y, W, H, float32(1.2*u), float32(4*u), stroke)
	}
	if sh.Open {
		v.arrow(x1, y0-2*u, y1+2*u, stroke)
	}
	if sh.Label == "" || w < 30*u {
		return
	}
	c, halo := ink, true
	if look.Pattern == layout.Solid {
		c, halo = rgba(fc.Ink()), false
	}
	face := v.faces.Small
	lx := max(x0, g.Plot.X) + 4*u
	s := Fit(sh.Label, face, min(x1, g.Plot.Right())-lx-4*u)
	if s == "" {
		return
	}
	box := [4]float64{lx, (y0+y1)/2 - v.faces.Line*0.4, lx + text.Advance(s, face), (y0+y1)/2 + v.faces.Line*0.4}
	for _, p := range v.placed { // a nested span's label would cover its parent's: the parent's wins
		if box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1] {
			return
		}
	}
	v.placed = append(v.placed, box)
	if halo { // a patterned or pale box: a light band behind the text keeps it legible
		hy, hh := float32(box[1]), float32(box[3]-box[1])
		v.strokes.rect(float32(lx-2*u), hy, float32(box[2]-lx+4*u), hh, color.RGBA{0xff, 0xff, 0xff, 0xc8})
	}
	*texts = append(*texts, textOp{s, face, lx, (y0 + y1) / 2, c})
}

// border adds the outline of a box, solid or (dash > 0) in dashes of dash pixels.
func (v *Viewer) border(x, y, w, h, bw, dash float32, c color.RGBA) {
	b := v.strokes
	gap := dash / 2
	b.dashedH(x, x+w, y+bw/2, bw, dash, gap, c)
	b.dashedH(x, x+w, y+h-bw/2, bw, dash, gap, c)
	b.dashedV(x+bw/2, y, y+h, bw, dash, gap, c)
	b.dashedV(x+w-bw/2, y, y+h, bw, dash, gap, c)
}

// arrow adds the arrowhead at the end x of something that never ended, from y0 to y1.
func (v *Viewer) arrow(x, y0, y1 float64, c color.RGBA) {
	u := v.scale
	pts := [][2]float32{{float32(x - 7*u), float32(y0)}, {float32(x), float32((y0 + y1) / 2)}, {float32(x - 7*u), float32(y1)}}
	v.marks.poly(float32(x-5*u), float32((y0+y1)/2), pts, c)
}

// lifeLine adds a thread's or process's life: a line with bars at its ends (an arrow if it never ended).
func (v *Viewer) lifeLine(sh *layout.Shape, y float64, g viewstate.Geometry) {
	u := v.scale
	x0, x1 := spanX(sh, g)
	_, sc := sh.Colors()
	c := rgba(sc)
	w := 1.5 * u
	if sh.Style == layout.ProcessLife {
		w = 2.5 * u
	}
	// In the fill batch, in drawing order: the bars of what the thread runs paint over its life line.
	v.fill.rect(float32(x0), float32(y-w/2), float32(max(x1-x0, u)), float32(w), c)
	v.fill.rect(float32(x0-u), float32(y-5*u), float32(2*u), float32(10*u), c)
	if sh.Open {
		v.arrow(x1, y-4*u, y+4*u, c)
	} else {
		v.fill.rect(float32(x1-u), float32(y-5*u), float32(2*u), float32(10*u), c)
	}
}

// highlight outlines the selected shape.
func (v *Viewer) highlight(sh *layout.Shape, y0, y1 float64, g viewstate.Geometry) {
	u := v.scale
	x0, x1 := spanX(sh, g)
	if sh.Kind == layout.Marker || sh.Kind == layout.Text {
		r := (y1 - y0) / 2
		x0, x1 = markerX(sh, y1-y0, g)-r, markerX(sh, y1-y0, g)+r
	}
	if sh.Kind == layout.Line {
		y0, y1 = y0-6*u, y0+6*u
	}
	pad, bw := 3*u, float32(2*u)
	X, Y := float32(x0-pad), float32(y0-pad)
	v.marksBorder(X, Y, float32(x1-x0+2*pad), float32(y1-y0+2*pad), bw, playhead)
}

// marksBorder adds a box outline to the marks batch, so it lies on top of the markers.
func (v *Viewer) marksBorder(x, y, w, h, bw float32, c color.RGBA) {
	b := v.marks
	b.rect(x, y, w, bw, c)
	b.rect(x, y+h-bw, w, bw, c)
	b.rect(x, y, bw, h, c)
	b.rect(x+w-bw, y, bw, h, c)
}
