package ebitenview

import (
	"image"
	"math"
	"sort"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
)

// rectOf converts a viewstate rectangle to the pixels it covers.
func rectOf(r viewstate.Rect) image.Rectangle {
	return image.Rect(int(math.Floor(r.X)), int(math.Floor(r.Y)), int(math.Ceil(r.Right())), int(math.Ceil(r.Bottom())))
}

// drawTimeline draws the plot: the grid, the visible shapes of the visible lanes, the overlay rules
// with their labels in the band above the axis, the axis and the playhead. Only what the window
// shows is looked at: each lane's shapes come from View.Drawn (about one a pixel column and row, and
// no hover text: that is written for the shape under the pointer), the overlays from a binary search.
func (v *Viewer) drawTimeline(img *ebiten.Image, g viewstate.Geometry) {
	lanes := img.SubImage(rectOf(viewstate.Rect{X: g.Plot.X, Y: g.Lanes.Y, W: g.Plot.W, H: g.Lanes.H})).(*ebiten.Image)
	for _, b := range []*batch{v.fill, v.hatch, v.dots, v.checks, v.strokes, v.marks} {
		b.begin(lanes)
	}
	ticks := layout.Ticks(g.T0, g.T1, g.Plot.W/v.scale)
	for _, t := range ticks {
		v.fill.rect(float32(g.X(t.T)), float32(g.Lanes.Y), float32(v.scale), float32(g.Lanes.H), gridLine)
	}
	var texts []textOp
	rows := v.state.Rows()
	lo, hi := g.VisibleRows()
	slop := int64(12 * v.scale * g.NsPerPixel())
	per := int64(g.NsPerPixel()) // a pixel column: Drawn yields about a shape a column and row
	for r := lo; r < hi; r++ {
		row := rows[r]
		if row.Heading() {
			continue
		}
		top, h := g.RowY(r), g.RowH(r)
		v.placed = v.placed[:0]
		clear(v.markedAt)
		last := markAt{x: math.MinInt}
		sel := v.state.Selected
		selHere := sel.Shape != nil && sel.View == row.View && sel.Lane == row.Lane
		for sh := range row.View.Drawn(g.T0-slop, g.T1+slop, row.Lane, row.Lane+1, per) {
			if sh == sel.Shape {
				selHere = false
			}
			if v.conceal.hides(sh) { // a prediction: its event is still hidden
				continue
			}
			sh = v.conceal.clip(sh)
			if sh.Kind == layout.Marker && sel.Shape != sh {
				// A marker drawn exactly over one just like it shows nothing new; a script that
				// prints a hundred thousand lines would otherwise cost a second a frame. Most such
				// markers follow the one they repeat, which a comparison catches without hashing.
				at := markAt{sh.Style, int(math.Round(markerX(sh, float64(sh.Y1-sh.Y0)*h, g))), sh.Y0}
				if at == last {
					continue
				}
				last = at
				if _, ok := v.markedAt[at]; ok {
					continue
				}
				v.markedAt[at] = struct{}{}
			}
			v.shape(sh, top, h, g, &texts)
		}
		if selHere && (sel.Shape.T1 >= g.T0-slop || sel.Shape.Open) && sel.Shape.T0 <= g.T1+slop && !v.conceal.hides(sel.Shape) {
			v.shape(v.conceal.clip(sel.Shape), top, h, g, &texts) // skipped in a crowded column, but selected
		}
	}
	overlays := v.visibleOverlays(g)
	for _, o := range overlays {
		if !v.conceal.hides(o) {
			v.rule(v.conceal.clip(o), g)
		}
	}
	for _, b := range []*batch{v.fill, v.hatch, v.dots, v.checks, v.strokes, v.marks} {
		b.flush()
	}
	for _, t := range texts {
		v.drawTextMiddle(lanes, t.s, t.face, t.x, t.mid, t.c)
	}
	band := img.SubImage(rectOf(viewstate.Rect{X: g.Plot.X, Y: g.Band.Y, W: g.Plot.W, H: g.Axis.Bottom() - g.Band.Y})).(*ebiten.Image)
	v.overlayLabels(band, overlays, g)
	v.axis(band, ticks, g)
	v.drawPlayhead(img, g)
}

// A markAt is a marker's style, the pixel column it is drawn at and its place in its lane.
type markAt struct {
	style layout.Style
	x     int
	y     float32
}

// visibleOverlays returns the overlays whose time is in the window.
func (v *Viewer) visibleOverlays(g viewstate.Geometry) []*layout.Shape {
	os := v.state.Scene.Overlays
	i := sort.Search(len(os), func(i int) bool { return os[i].T0 >= g.T0 })
	var out []*layout.Shape
	for ; i < len(os) && os[i].T0 <= g.T1; i++ {
		out = append(out, &os[i])
	}
	return out
}

// rule adds an overlay's vertical rule across the lanes, dashed or dotted as its style says.
func (v *Viewer) rule(o *layout.Shape, g viewstate.Geometry) {
	u := v.scale
	look := o.Style.Look()
	_, sc := o.Colors()
	on, off := float32(0), float32(0)
	switch look.Pattern {
	case layout.Dashed:
		on, off = float32(6*u), float32(3*u)
	case layout.Dotted:
		on, off = float32(2*u), float32(3*u)
	}
	w := float32(1.6 * u)
	if v.state.Selected.Shape == o {
		w *= 2
	}
	v.strokes.dashedV(float32(g.X(o.T0)), float32(g.Lanes.Y), float32(g.Lanes.Bottom()), w, on, off, rgba(sc))
}

// overlayLabels writes each visible overlay's glyph and label in the band, in the first of its
// rows where the label does not overlap another; a label that fits nowhere is left out (the rule
// and its hover text stay). A short rule joins each glyph to the axis.
func (v *Viewer) overlayLabels(band *ebiten.Image, overlays []*layout.Shape, g viewstate.Geometry) {
	u, f := v.scale, v.faces
	if g.BandRows == 0 {
		return
	}
	rowH := g.Band.H / float64(g.BandRows)
	taken := make([][][2]float64, g.BandRows)
	v.marks.begin(band)
	v.strokes.begin(band)
	var texts []textOp
	for _, o := range overlays {
		x := g.X(o.T0)
		look := o.Style.Look()
		_, sc := o.Colors()
	place:
		for _, label := range labelForms(o.Label, f.Small, 260*u) {
			w := text.Advance(label, f.Small) + 16*u
			// The label right of its rule, else left of it.
			sides := [2][3]float64{{x - 6*u, x - 6*u + w, x + 8*u}, {x + 6*u - w, x + 6*u, x - 8*u - text.Advance(label, f.Small)}}
			if sides[0][1] > g.Plot.Right() {
				sides[0], sides[1] = sides[1], sides[0]
			}
			for r := range taken {
				for _, sd := range sides {
					left, right, tx := sd[0], sd[1], sd[2]
					if left < g.Plot.X-4*u || right > g.Plot.Right()+4*u || !free(taken[r], left, right, 8*u) {
						continue
					}
					taken[r] = append(taken[r], [2]float64{left, right})
					mid := g.Band.Y + float64(r)*rowH + rowH/2
					v.strokes.dashedV(float32(x), float32(mid), float32(g.Axis.Bottom()), float32(1.2*u), 0, 0, rgba(sc))
					glyph(v.marks, look.Glyph, look.Hollow, x, mid, 5*u, u, rgba(sc))
					texts = append(texts, textOp{label, f.Small, tx, mid, rgba(sc)})
					break place
				}
			}
		}
	}
	v.strokes.flush()
	v.marks.flush()
	for _, t := range texts {
		v.drawTextMiddle(band, t.s, t.face, t.x, t.mid, t.c)
	}
}

// labelForms returns the forms an overlay's label may take, longest first: the whole label (fitted
// to width), then, for "what: why" labels, the part after the colon ("wait() returned:
// FIRST_COMPLETED" → "FIRST_COMPLETED"): the glyph and colour of the rule already say what it is.
func labelForms(label string, face text.Face, width float64) []string {
	out := []string{Fit(label, face, width)}
	if _, why, ok := strings.Cut(label, ": "); ok && why != "" {
		out = append(out, Fit(why, face, width))
	}
	return out
}

// free reports whether [left, right] keeps gap pixels from every extent taken in a row.
func free(taken [][2]float64, left, right, gap float64) bool {
	for _, t := range taken {
		if left < t[1]+gap && right > t[0]-gap {
			return false
		}
	}
	return true
}

// axis writes the tick labels on the axis row, above a baseline.
func (v *Viewer) axis(img *ebiten.Image, ticks []layout.Tick, g viewstate.Geometry) {
	f := v.faces
	mid := g.Axis.Y + g.Axis.H/2
	for _, t := range ticks {
		w := text.Advance(t.Label, f.Small)
		x := min(max(g.X(t.T)-w/2, g.Plot.X), g.Plot.Right()-w)
		v.drawTextMiddle(img, t.Label, f.Small, x, mid, muted)
	}
	v.fill.begin(img)
	v.fill.rect(float32(g.Plot.X), float32(g.Axis.Bottom()-v.scale), float32(g.Plot.W), float32(v.scale), border)
	v.fill.flush()
}

// drawPlayhead draws the playhead: a line across the lanes and, on the axis, a tab with its time.
func (v *Viewer) drawPlayhead(img *ebiten.Image, g viewstate.Geometry) {
	t := v.state.Playhead
	if t < g.T0 || t > g.T1 {
		return
	}
	u, f := v.scale, v.faces
	x := g.X(t)
	clip := img.SubImage(rectOf(viewstate.Rect{X: g.Plot.X - 60*u, Y: g.Axis.Y, W: g.Plot.W + 60*u, H: g.Lanes.Bottom() - g.Axis.Y})).(*ebiten.Image)
	v.fill.begin(clip)
	v.fill.rect(float32(x-u), float32(g.Axis.Bottom()), float32(2*u), float32(g.Lanes.Bottom()-g.Axis.Bottom()), playhead)
	label := layout.FormatDuration(t)
	w := text.Advance(label, f.Small) + 10*u
	left := min(max(x-w/2, g.Plot.X), g.Plot.Right()-w)
	v.fill.rect(float32(left), float32(g.Axis.Y+u), float32(w), float32(g.Axis.H-2*u), playhead)
	v.fill.flush()
	v.drawTextMiddle(clip, label, f.Small, left+5*u, g.Axis.Y+g.Axis.H/2, white)
}
