package ebitenview

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
)

// drawRows draws the rows' backgrounds across the viewer, the lane labels and the state column. The
// backgrounds paint every pixel of the lanes area (white below the last row), which fillBackground
// leaves to them.
func (v *Viewer) drawRows(img *ebiten.Image, g viewstate.Geometry) {
	s := v.state
	rows := s.Rows()
	lo, hi := g.VisibleRows()
	clip := img.SubImage(rectOf(g.Lanes)).(*ebiten.Image)
	v.fill.begin(clip)
	end := g.Lanes.Y
	for r := lo; r < hi; r++ {
		y := float32(g.RowY(r))
		v.fill.rect(float32(g.Lanes.X), y, float32(g.Lanes.W), float32(g.RowH(r)), v.rowColor(rows[r], r))
		end = g.RowY(r) + g.RowH(r)
	}
	if end < g.Lanes.Bottom() {
		v.fill.rect(float32(g.Lanes.X), float32(end), float32(g.Lanes.W), float32(g.Lanes.Bottom()-end), white)
	}
	v.fill.flush()
	for r := lo; r < hi; r++ {
		row, mid := rows[r], g.RowY(r)+g.RowH(r)/2
		if row.Heading() {
			v.drawHeading(clip, g, row.View, mid)
			continue
		}
		v.drawLabel(clip, g, row.View.Lanes[row.Lane], mid)
		if row.View.Name == "futures" && g.States.W > 0 {
			v.drawState(clip, g, v.laneState(row.Lane, v.state.Playhead), mid)
		}
	}
	v.drawStateHeader(img, g)
}

// rowColor is the background of row r.
func (v *Viewer) rowColor(row viewstate.Row, r int) color.RGBA {
	s := v.state
	switch {
	case row.Heading():
		return heading
	case s.Selected.View == row.View && s.Selected.Lane == row.Lane:
		return selectBg
	case s.Hovered.View == row.View && s.Hovered.Lane == row.Lane:
		return hoverBg
	case row.View.Lanes[row.Lane].Kind == layout.ProcessLane:
		return procStripe
	case r%2 == 0:
		return stripe
	}
	return white
}

// drawHeading writes a view's name and how to read it across its heading row, centred on mid.
func (v *Viewer) drawHeading(img *ebiten.Image, g viewstate.Geometry, view *layout.View, mid float64) {
	h := v.words.Headings[view.Name]
	f := v.faces
	x := g.Labels.X + 4*v.scale
	v.drawTextMiddle(img, h[0], f.Bold, x, mid, ink)
	x += max(g.Labels.W*0.5, 90*v.scale)
	v.drawTextMiddle(img, Fit(h[1], f.Small, g.Lanes.Right()-x), f.Small, x, mid, muted)
}

// drawLabel writes a lane's label in the label column, centred on mid and truncated to fit
// (hovering shows it whole).
func (v *Viewer) drawLabel(img *ebiten.Image, g viewstate.Geometry, l layout.Lane, mid float64) {
	f, u := v.faces, v.scale
	x, face := g.Labels.X+4*u, f.Mono
	switch l.Kind {
	case layout.ProcessLane:
		face = f.Bold
	case layout.ThreadLane:
		x += 14 * u
	}
	if l.Worker > 0 {
		sq := float32(9 * u)
		v.fill.begin(img)
		v.fill.rect(float32(x-13*u), float32(mid)-sq/2, sq, sq, rgba(layout.WorkerColor(l.Worker)))
		v.fill.flush()
	}
	w := g.Labels.Right() - x - 4*u
	if face == f.Mono && text.Advance(l.Label, face) > w { // a long label: try the small font first
		face = f.SmallMono
	}
	v.drawTextMiddle(img, Fit(l.Label, face, w), face, x, mid, ink)
}

// stateName writes a state as Python names it, or a dash before the future exists.
func stateName(st layout.State) string {
	if st == layout.StateNotCreated {
		return "–"
	}
	return st.String()
}

// drawState writes a future's state at the playhead and what running(), done() and cancelled() return.
func (v *Viewer) drawState(img *ebiten.Image, g viewstate.Geometry, fs layout.FutureState, mid float64) {
	f := v.faces
	col := ink
	if fs.State == layout.StateNotCreated {
		col = muted
	}
	v.drawTextMiddle(img, stateName(fs.State), f.SmallMono, g.StateX[0], mid, col)
	if !g.Booleans || fs.State == layout.StateNotCreated {
		return
	}
	for i, b := range []bool{fs.Running, fs.Done, fs.Cancelled} {
		txt, c := "False", muted
		if b {
			txt, c = "True", ink
		}
		v.drawTextMiddle(img, txt, f.SmallMono, g.StateX[i+1], mid, c)
	}
}

// drawStateHeader writes the state column's heading on the axis row.
func (v *Viewer) drawStateHeader(img *ebiten.Image, g viewstate.Geometry) {
	if g.States.W == 0 {
		return
	}
	f := v.faces
	mid := g.Axis.Y + g.Axis.H/2
	v.drawTextMiddle(img, v.words.StateColumn, f.SmallMono, g.StateX[0], mid, muted)
	if !g.Booleans {
		return
	}
	for i, h := range []string{"running()", "done()", "cancelled()"} {
		v.drawTextMiddle(img, h, f.SmallMono, g.StateX[i+1], mid, muted)
	}
}
