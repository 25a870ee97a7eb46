package viewstate

import (
	"fmt"
	"math"
	"testing"

	"github.com/futurescope/futurescope/render/layout"
)

func TestKeyIntents(t *testing.T) {
	s := newState(t, waitScript)
	span := s.T1 - s.T0
	sel := firstShape(s, layout.Result)
	s.Apply(Select(sel))
	tests := []struct {
		keys  []Key
		shift bool
		want  string
	}{
		{[]Key{KeySpace}, false, "[play]"},
		{[]Key{KeyRight, KeyLeft}, false, "[step(1) step(-1)]"},
		{[]Key{KeyRight}, true, fmt.Sprintf("[pan(%s)]", layout.FormatTime(span/10))},
		{[]Key{KeyHome, KeyEnd}, false, fmt.Sprintf("[seek(0 s) seek(%s)]", layout.FormatTime(s.Scene.End))},
		{[]Key{"?"}, false, "[toggle-help]"},
		{[]Key{KeyF1, KeyF3}, false, "[toggle-help toggle-frame-time]"},
		{[]Key{"+", "-", "z"}, false, "[zoom(2 @ 0 s) zoom(0.5 @ 0 s) fit]"},
		{[]Key{"[", "]"}, false, "[speed(-1) speed(1)]"},
		{[]Key{"v", "V", "s"}, false, "[toggle-view toggle-view toggle-states]"},
		{[]Key{KeyEnter}, false, fmt.Sprintf("[seek(%s)]", layout.FormatTime(sel.Shape.T0))},
		{[]Key{KeyEscape}, false, "[escape]"},
		{[]Key{KeyDown, KeyUp, KeyPageDown}, false, fmt.Sprintf("[scroll(1) scroll(-1) scroll(%d)]", s.Page-1)},
		{[]Key{"x", "f", "0", "r"}, false, "[]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(KeyIntents(tt.keys, tt.shift, s)); got != tt.want {
			t.Errorf("KeyIntents(%v, shift=%v) = %s, want %s", tt.keys, tt.shift, got, tt.want)
		}
	}
}

func TestGeometry(t *testing.T) {
	s := newState(t, waitScript)
	g := Layout(testBounds, testMetrics, s)
	for _, tt := range []int64{s.T0, s.T1, (s.T0 + s.T1) / 3} {
		if got := g.Time(g.X(tt)); math.Abs(float64(got-tt)) > g.NsPerPixel() {
			t.Errorf("Time(X(%d)) = %d", tt, got)
		}
	}
	if g.X(s.T0) != g.Plot.X || math.Abs(g.X(s.T1)-g.Plot.Right()) > 1e-6 {
		t.Errorf("the window %d..%d maps to %g..%g, want the plot %g..%g", s.T0, s.T1, g.X(s.T0), g.X(s.T1), g.Plot.X, g.Plot.Right())
	}
	order := []Rect{g.Header, g.Band, g.Axis, g.Lanes, g.Panel}
	for i := 1; i < len(order); i++ {
		if order[i].Y < order[i-1].Bottom()-1e-9 {
			t.Errorf("part %d (y=%g) overlaps part %d (bottom %g)", i, order[i].Y, i-1, order[i-1].Bottom())
		}
	}
	if g.Panel.Bottom() != testBounds.Bottom() {
		t.Errorf("the panel ends at %g, want the bottom %g", g.Panel.Bottom(), testBounds.Bottom())
	}
	if !(g.Labels.Right() <= g.States.X && g.States.Right() < g.Plot.X) || !g.Booleans {
		t.Errorf("columns: labels %+v, states %+v (booleans %v), plot %+v", g.Labels, g.States, g.Booleans, g.Plot)
	}
	row, frac, ok := g.RowAt(g.RowY(2) + g.RowH(2)/4)
	if !ok || row != 2 || math.Abs(float64(frac)-0.25) > 1e-3 {
		t.Errorf("RowAt(a quarter into row 2) = %d, %g, %v", row, frac, ok)
	}
	if _, _, ok := g.RowAt(g.Axis.Y); ok {
		t.Error("RowAt(the axis) found a row")
	}
	narrow := Layout(Rect{0, 0, 500, 400}, testMetrics, s)
	if narrow.Booleans {
		t.Error("a 500 px viewer has room for the boolean columns; want the state's name only")
	}
	s.Apply(ToggleStates())
	if g := Layout(testBounds, testMetrics, s); g.States.W != 0 {
		t.Errorf("the hidden state column is %g px wide", g.States.W)
	}
}

// pointerCase is a sequence of frames and the intents the last one gives.
type pointerCase struct {
	name   string
	frames func(g Geometry, s *State) []Frame
	want   func(g Geometry, s *State) string
}

func TestPointer(t *testing.T) {
	s0 := newState(t, waitScript)
	g0 := Layout(testBounds, testMetrics, s0)
	mid := func(r Rect) (float64, float64) { return r.X + r.W/2, r.Y + r.H/2 }
	rowMid := func(g Geometry, r int) float64 { return g.RowY(r) + g.RowH(r)/2 }
	tests := []pointerCase{
		{"press on the axis scrubs", func(g Geometry, s *State) []Frame {
			_, y := mid(g.Axis)
			x := g.X(s.Scene.End / 2)
			return []Frame{{X: x, Y: y, Pressed: true, Down: true}}
		}, func(g Geometry, s *State) string {
			return fmt.Sprintf("[scrub(%s)]", layout.FormatTime(s.clampTime(g.Time(g.X(s.Scene.End/2)))))
		}},
		{"dragging on the axis scrubs", func(g Geometry, s *State) []Frame {
			x, y := g.X(0), g.Axis.Y+2
			return []Frame{{X: x, Y: y, Pressed: true, Down: true}, {X: x + 100, Y: y, Down: true}}
		}, func(g Geometry, s *State) string {
			return fmt.Sprintf("[scrub(%s)]", layout.FormatTime(g.Time(g.X(0)+100)))
		}},
		{"a click on a label selects the lane", func(g Geometry, s *State) []Frame {
			x, y := g.Labels.X+10, rowMid(g, 2)
			return []Frame{{X: x, Y: y, Pressed: true, Down: true}, {X: x, Y: y, Released: true}}
		}, func(g Geometry, s *State) string { return "[select(futures/1)]" }},
		{"a click on a heading selects nothing", func(g Geometry, s *State) []Frame {
			x, y := g.Labels.X+10, rowMid(g, 0)
			return []Frame{{X: x, Y: y, Pressed: true, Down: true}, {X: x, Y: y, Released: true}}
		}, func(g Geometry, s *State) string { return "[select(nothing)]" }},
		{"a click on a result marker selects it", func(g Geometry, s *State) []Frame {
			m := firstShape(s, layout.Result).Shape
			r := s.RowOf(&s.Scene.Futures, m.Lane)
			x, y := g.X(m.T0)+1, g.RowY(r)+float64(m.Y0+m.Y1)/2*g.RowH(r)
			return []Frame{{X: x, Y: y, Pressed: true, Down: true}, {X: x, Y: y, Released: true}}
		}, func(g Geometry, s *State) string {
			return fmt.Sprintf("[select(%s)]", firstShape(s, layout.Result))
		}},
		{"dragging the lanes pans", func(g Geometry, s *State) []Frame {
			x, y := g.Plot.X+200, rowMid(g, 1)
			return []Frame{{X: x, Y: y, Pressed: true, Down: true}, {X: x + 2, Y: y, Down: true}, {X: x + 50, Y: y, Down: true}}
		}, func(g Geometry, s *State) string {
			return fmt.Sprintf("[pan(%s)]", layout.FormatTime(-int64(math.Round(48*g.NsPerPixel()))))
		}},
		{"a drag is not a click", func(g Geometry, s *State) []Frame {
			x, y := g.Plot.X+200, rowMid(g, 1)
			return []Frame{{X: x, Y: y, Pressed: true, Down: true}, {X: x + 50, Y: y, Down: true}, {X: x + 50, Y: y, Released: true}}
		}, func(g Geometry, s *State) string { return "[]" }},
		{"dragging down scrolls up", func(g Geometry, s *State) []Frame {
			x, y := g.Labels.X+5, rowMid(g, 3)
			return []Frame{{X: x, Y: y, Pressed: true, Down: true}, {X: x, Y: y + 2.5*g.Unit, Down: true}}
		}, func(g Geometry, s *State) string { return "[scroll(-2)]" }},
		{"the wheel zooms at the pointer", func(g Geometry, s *State) []Frame {
			return []Frame{{X: g.Plot.X + 100, Y: rowMid(g, 1), WheelY: 1}}
		}, func(g Geometry, s *State) string {
			return fmt.Sprintf("[zoom(1.25 @ %s)]", layout.FormatTime(g.Time(g.Plot.X+100)))
		}},
		{"shift+wheel pans", func(g Geometry, s *State) []Frame {
			return []Frame{{X: g.Plot.X + 100, Y: rowMid(g, 1), WheelY: -1, Shift: true}}
		}, func(g Geometry, s *State) string {
			return fmt.Sprintf("[pan(%s)]", layout.FormatTime((s.T1-s.T0)/10))
		}},
		{"the wheel over labels scrolls", func(g Geometry, s *State) []Frame {
			return []Frame{{X: g.Labels.X + 5, Y: rowMid(g, 1), WheelY: -1}}
		}, func(g Geometry, s *State) string { return "[scroll(3)]" }},
		{"hovering a label", func(g Geometry, s *State) []Frame {
			return []Frame{{X: g.Labels.X + 5, Y: rowMid(g, 1)}}
		}, func(g Geometry, s *State) string { return "[hover(futures/0)]" }},
		{"keys come first", func(g Geometry, s *State) []Frame {
			return []Frame{{Keys: []Key{KeySpace}, X: -10, Y: -10}}
		}, func(g Geometry, s *State) string { return "[play]" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(s0.Trace, s0.Scene)
			var p Pointer
			var got []Intent
			for _, f := range tt.frames(g0, s) {
				got = dropHover(p.Intents(f, s, g0), tt.name)
			}
			if w := tt.want(g0, s); fmt.Sprint(got) != w {
				t.Errorf("got %v, want %s", got, w)
			}
		})
	}
}

// dropHover removes hover intents, except in the case that tests them.
func dropHover(in []Intent, name string) []Intent {
	if name == "hovering a label" {
		return in
	}
	var out []Intent
	for _, i := range in {
		if i.Op != OpHover {
			out = append(out, i)
		}
	}
	return out
}
