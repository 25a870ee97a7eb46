package ebitenview

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
)

// stripViews returns the names of the views the mode shows, one a line of the legend strip, as
// layout.Strip takes them.
func stripViews(m viewstate.Mode) []string {
	switch m {
	case viewstate.FuturesOnly:
		return []string{"futures"}
	case viewstate.ThreadsOnly:
		return []string{"threads"}
	}
	return []string{"futures", "threads"}
}

// drawLegend draws the legend strip of the views shown in its own band under the lanes, a line a
// view: a swatch and a short name for each of the states and marks a learner meets first. What does
// not fit is left out; ? shows the full legend.
func (v *Viewer) drawLegend(img *ebiten.Image, g viewstate.Geometry) {
	r := g.Legend
	if r.H <= 0 {
		return
	}
	f, u := v.faces, v.scale
	v.fill.begin(img)
	v.fill.rect(float32(r.X), float32(r.Y), float32(r.W), float32(1*u), rgba(layout.LightGrey))
	v.fill.flush()
	y := r.Y + 3*u
	for _, view := range stripViews(v.state.Mode) {
		x := r.X
		for _, e := range v.state.Scene.Strip(view, v.words.Lang) {
			w := 34*u + text.Advance(e.Name, f.Small) + 14*u
			if x+w > r.Right() {
				break
			}
			v.swatch(img, e.Style, x, y, f.Line)
			v.drawText(img, e.Name, f.Small, x+34*u, y+f.Line*0.1, ink)
			x += w
		}
		y += f.Line * 1.25
	}
}
