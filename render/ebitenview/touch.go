package ebitenview

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// A touchState turns touches into what the mouse would do, so that a phone drives the timeline as a
// pointer does: one finger is the primary button (a tap selects, a drag on the axis scrubs, a drag
// on the lanes pans), and two fingers pinch: their spread zooms at their midpoint as the wheel does.
// A pinch ends only when every finger has left, so that lifting one finger does not start a drag.
type touchState struct {
	ids      []ebiten.TouchID // this tick's, kept to reuse its array
	down     bool             // one finger is down and acts as the button
	pinching bool             // two fingers were down since the last time none was
	spread   float64          // the distance between the two fingers in the last tick, 0 for none
	x, y     float64          // where the finger (or the pinch's midpoint) was last
}

// read puts this tick's touches into f, over the mouse's state; without touches, now or in the last
// tick, f stays as the mouse made it.
func (t *touchState) read(f *viewstate.Frame) {
	t.ids = ebiten.AppendTouchIDs(t.ids[:0])
	var pts [2][2]float64
	for i, id := range t.ids[:min(len(t.ids), 2)] {
		x, y := ebiten.TouchPosition(id)
		pts[i] = [2]float64{float64(x), float64(y)}
	}
	t.apply(f, min(len(t.ids), 2), pts)
}

// apply puts n touches at pts (the first n) into f.
func (t *touchState) apply(f *viewstate.Frame, n int, pts [2][2]float64) {
	switch {
	case n == 2:
		t.pinch(f, pts[0][0], pts[0][1], pts[1][0], pts[1][1])
	case n == 1 && !t.pinching:
		t.finger(f, pts[0][0], pts[0][1])
	case n == 1:
		t.spread = 0
		f.X, f.Y = t.x, t.y
	default:
		t.lift(f)
	}
}

// finger is one finger at (x, y): the button goes down, or stays down while it moves.
func (t *touchState) finger(f *viewstate.Frame, x, y float64) {
	f.X, f.Y = x, y
	f.Pressed, f.Down, f.Released = !t.down, true, false
	t.down, t.x, t.y = true, x, y
}

// pinch is two fingers: a finger's drag ends where it was, and the change of their spread since the
// last tick turns the wheel at their midpoint (spread × 1.25 is a turn of one step, as the wheel
// zooms by 1.25 a step).
func (t *touchState) pinch(f *viewstate.Frame, x0, y0, x1, y1 float64) {
	if t.down {
		t.lift(f)
		t.down = false
		t.pinching = true
		return
	}
	t.pinching = true
	t.x, t.y = (x0+x1)/2, (y0+y1)/2
	f.X, f.Y = t.x, t.y
	f.Pressed, f.Down, f.Released = false, false, false
	spread := math.Hypot(x1-x0, y1-y0)
	if t.spread > 0 && spread > 0 {
		f.WheelX, f.WheelY = 0, math.Log(spread/t.spread)/math.Log(1.25)
	}
	t.spread = spread
}

// lift is no finger: a finger that was down is released where it was last.
func (t *touchState) lift(f *viewstate.Frame) {
	if t.down {
		f.X, f.Y = t.x, t.y
		f.Pressed, f.Down, f.Released = false, false, true
	}
	t.down, t.pinching, t.spread = false, false, 0
}
