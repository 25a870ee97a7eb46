package ebitenview

import (
	"math"
	"testing"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// TestTouch checks that touches drive the viewer as the mouse does: a tap is a press and a release
// where the finger was, a drag moves the held button, and a pinch turns the wheel at its midpoint
// (spreading by 1.25 is one step), without a finger's drag left behind when it starts or ends.
func TestTouch(t *testing.T) {
	type tick struct {
		n   int
		pts [2][2]float64
	}
	type want struct {
		x, y                    float64
		pressed, down, released bool
		wheel                   float64
	}
	one := func(x, y float64) tick { return tick{1, [2][2]float64{{x, y}}} }
	two := func(x0, y0, x1, y1 float64) tick { return tick{2, [2][2]float64{{x0, y0}, {x1, y1}}} }
	mouse := want{x: -1, y: -1} // the mouse's frame, untouched
	tests := []struct {
		name  string
		ticks []tick
		want  []want
	}{
		{"tap", []tick{one(10, 20), one(10, 20), {}},
			[]want{{10, 20, true, true, false, 0}, {10, 20, false, true, false, 0}, {10, 20, false, false, true, 0}}},
		{"drag", []tick{one(10, 20), one(30, 20), {}, {}},
			[]want{{10, 20, true, true, false, 0}, {30, 20, false, true, false, 0}, {30, 20, false, false, true, 0}, mouse}},
		{"pinch out", []tick{two(100, 50, 200, 50), two(100, 50, 225, 50), two(75, 50, 225, 50), {}},
			[]want{{150, 50, false, false, false, 0}, {162.5, 50, false, false, false, 1}, {150, 50, false, false, false, math.Log(150.0/125) / math.Log(1.25)}, mouse}},
		{"finger then pinch then finger", []tick{one(10, 20), two(10, 20, 50, 20), two(10, 20, 90, 20), one(90, 20), {}},
			[]want{{10, 20, true, true, false, 0}, {10, 20, false, false, true, 0}, {50, 20, false, false, false, 0}, {50, 20, false, false, false, 0}, mouse}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ts touchState
			for i, tk := range tt.ticks {
				f := viewstate.Frame{X: -1, Y: -1}
				ts.apply(&f, tk.n, tk.pts)
				w := tt.want[i]
				if f.X != w.x || f.Y != w.y || f.Pressed != w.pressed || f.Down != w.down || f.Released != w.released || math.Abs(f.WheelY-w.wheel) > 1e-9 {
					t.Errorf("tick %d: got at (%v, %v) pressed %v down %v released %v wheel %v, want %+v",
						i, f.X, f.Y, f.Pressed, f.Down, f.Released, f.WheelY, w)
				}
			}
		})
	}
}
