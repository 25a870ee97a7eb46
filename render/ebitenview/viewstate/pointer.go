package viewstate

import "math"

// A Frame is the raw input of one tick, as the graphical Input reads it.
type Frame struct {
	// Keys are the keys pressed this tick (repeats included); Shift says Shift is held.
	Keys  []Key
	Shift bool
	// X and Y are the pointer's position in pixels.
	X, Y float64
	// Pressed, Down and Released are the primary button's state: it went down this tick, it is
	// down, it went up this tick.
	Pressed, Down, Released bool
	// WheelX and WheelY are how far the wheel turned this tick (WheelY > 0: away from the user).
	WheelX, WheelY float64
}

// dragKind is what a press of the button turned into.
type dragKind uint8

const (
	dragNone    dragKind = iota
	dragPending          // pressed on the timeline, not moved yet: a click or a pan
	dragLabel            // pressed on a lane label, not moved yet: a click or a scroll
	dragScrub            // pressed on the axis: moving the playhead
	dragPan              // moving the window and scrolling the lanes
	dragScroll           // scrolling the lanes from the label column
)

// dragSlop is how far, in logical pixels, a press may move and still be a click.
const dragSlop = 4

// hitSlop is how far, in logical pixels, a pointer may be from a marker or rule and still hit it.
const hitSlop = 5

// MarkerGap is how far apart, in marker sizes, the viewer draws the markers of one instant on a
// lane (layout's Shape.Nudge counts the steps).
const MarkerGap = 1.05

// A Pointer turns the pointer's raw input into intents, remembering a drag from tick to tick.
type Pointer struct {
	drag         dragKind
	x0, y0       float64 // where the button went down
	lastX, lastY float64
	scrolled     float64 // rows dragged but not yet scrolled
}

// Intents returns the intents of frame f for a viewer with state s and geometry g, keys included.
func (p *Pointer) Intents(f Frame, s *State, g Geometry) []Intent {
	out := KeyIntents(f.Keys, f.Shift, s)
	switch {
	case f.Pressed:
		out = append(out, p.press(f, s, g)...)
	case p.drag != dragNone && f.Down:
		out = append(out, p.move(f, g)...)
	case p.drag != dragNone:
		out = append(out, p.release(s, g)...)
	}
	if p.drag == dragNone && g.Bounds.Contains(f.X, f.Y) {
		out = append(out, wheel(f, s, g)...)
	}
	if p.drag == dragNone || p.drag == dragPending || p.drag == dragLabel {
		if h := Hit(s, g, f.X, f.Y); !h.Same(s.Hovered) {
			out = append(out, Hover(h))
		}
	}
	p.lastX, p.lastY = f.X, f.Y
	return out
}

// press starts a drag where the button went down.
func (p *Pointer) press(f Frame, s *State, g Geometry) []Intent {
	p.x0, p.y0, p.scrolled = f.X, f.Y, 0
	plotX := f.X >= g.Plot.X && f.X < g.Plot.Right()
	switch {
	case plotX && g.Axis.Contains(f.X, f.Y):
		p.drag = dragScrub
		return []Intent{Scrub(s.clampTime(g.Time(f.X)))}
	case plotX && (g.Band.Contains(f.X, f.Y) || g.Lanes.Contains(f.X, f.Y)):
		p.drag = dragPending
	case g.Lanes.Contains(f.X, f.Y):
		p.drag = dragLabel
	default:
		p.drag = dragNone
	}
	return nil
}

// move continues a drag.
func (p *Pointer) move(f Frame, g Geometry) []Intent {
	slop := dragSlop * g.M.Scale
	moved := math.Abs(f.X-p.x0) > slop || math.Abs(f.Y-p.y0) > slop
	switch {
	case p.drag == dragPending && moved:
		p.drag = dragPan
	case p.drag == dragLabel && moved:
		p.drag = dragScroll
	}
	var out []Intent
	switch p.drag {
	case dragScrub:
		if f.X != p.lastX {
			out = append(out, Scrub(max(min(g.Time(f.X), g.T1), g.T0)))
		}
	case dragPan:
		if dx := f.X - p.lastX; dx != 0 {
			out = append(out, Pan(-int64(math.Round(dx*g.NsPerPixel()))))
		}
		out = append(out, p.scroll(f.Y-p.lastY, g)...)
	case dragScroll:
		out = append(out, p.scroll(f.Y-p.lastY, g)...)
	}
	return out
}

// scroll turns dy pixels of dragging into whole rows of scrolling (dragging down scrolls up).
func (p *Pointer) scroll(dy float64, g Geometry) []Intent {
	p.scrolled -= dy / g.Unit
	n := int(p.scrolled)
	if n == 0 {
		return nil
	}
	p.scrolled -= float64(n)
	return []Intent{Scroll(n)}
}

// release ends a drag; a press that did not move is a click, which selects what it hit.
func (p *Pointer) release(s *State, g Geometry) []Intent {
	d := p.drag
	p.drag = dragNone
	if d == dragPending || d == dragLabel {
		return []Intent{Select(Hit(s, g, p.x0, p.y0))}
	}
	return nil
}

// wheel zooms at the pointer over the timeline (pans with Shift or a sideways wheel) and scrolls
// the lanes over the label column.
func wheel(f Frame, s *State, g Geometry) []Intent {
	if f.WheelX == 0 && f.WheelY == 0 {
		return nil
	}
	overPlot := f.X >= g.Plot.X && f.Y >= g.Band.Y && f.Y < g.Lanes.Bottom()
	switch {
	case overPlot && (f.Shift || math.Abs(f.WheelX) > math.Abs(f.WheelY)):
		turn := f.WheelX
		if turn == 0 {
			turn = f.WheelY
		}
		return []Intent{Pan(-int64(turn * float64(s.span()) / 10))}
	case overPlot:
		return []Intent{Zoom(math.Pow(1.25, f.WheelY), g.Time(f.X))}
	case g.Lanes.Contains(f.X, f.Y):
		if n := -int(math.Round(f.WheelY * 3)); n != 0 {
			return []Intent{Scroll(n)}
		}
	}
	return nil
}

// Hit returns what the pointer at (x, y) points at: a rule's label in the band; on a lane, the
// marker or span under it, else a rule near it, else the lane; a lane's label; or nothing.
func Hit(s *State, g Geometry, x, y float64) Target {
	slop := int64(hitSlop * g.M.Scale * g.NsPerPixel())
	inPlot := x >= g.Plot.X && x < g.Plot.Right()
	switch {
	case inPlot && g.Band.Contains(x, y):
		if o := s.Scene.HitOverlay(g.Time(x), 2*slop); o != nil {
			return OverlayTarget(o)
		}
	case g.Lanes.Contains(x, y):
		row, frac, ok := g.RowAt(y)
		if !ok || s.rows[row].Heading() {
			return Target{}
		}
		r := s.rows[row]
		if !inPlot {
			return LaneTarget(r.View, r.Lane)
		}
		t := g.Time(x)
		nudge := int64(g.RowH(row) * MarkerGap * g.NsPerPixel())
		if sh := r.View.Hit(r.Lane, frac, t, slop, nudge); sh != nil {
			return Target{View: r.View, Lane: r.Lane, Shape: sh}
		}
		if o := s.Scene.HitOverlay(t, slop); o != nil {
			return OverlayTarget(o)
		}
		return LaneTarget(r.View, r.Lane)
	}
	return Target{}
}
