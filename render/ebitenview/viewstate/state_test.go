package viewstate

import (
	"testing"

	"github.com/futurescope/futurescope/render/layout"
)

func TestApply(t *testing.T) {
	base := newState(t, waitScript)
	end := base.Scene.End
	first, _ := base.Scene.NextEvent(0)
	second, _ := base.Scene.NextEvent(first)
	lane := LaneTarget(&base.Scene.Futures, 1)
	span := base.T1 - base.T0
	tests := []struct {
		name    string
		prepare func(s *State)
		in      []Intent
		check   func(t *testing.T, s *State)
	}{
		{"play starts", nil, []Intent{Play()}, func(t *testing.T, s *State) {
			want(t, "Playing", s.Playing, true)
		}},
		{"play twice pauses", nil, []Intent{Play(), Play()}, func(t *testing.T, s *State) {
			want(t, "Playing", s.Playing, false)
		}},
		{"play at the end starts over", func(s *State) { s.Playhead = end }, []Intent{Play()}, func(t *testing.T, s *State) {
			want(t, "Playhead", s.Playhead, int64(0))
			want(t, "Playing", s.Playing, true)
		}},
		{"step forward", nil, []Intent{Step(1)}, func(t *testing.T, s *State) {
			want(t, "Playhead", s.Playhead, first)
			e, _ := mainEvent(EventsAt(s.Trace, first))
			want(t, "Event", s.Event, e.Seq)
			if e.Line == 0 {
				t.Errorf("the current event %+v has no script line", e)
			}
		}},
		{"step twice", nil, []Intent{Step(1), Step(1)}, func(t *testing.T, s *State) {
			want(t, "Playhead", s.Playhead, second)
		}},
		{"step back", nil, []Intent{Step(2), Step(-1)}, func(t *testing.T, s *State) {
			want(t, "Playhead", s.Playhead, first)
		}},
		{"step before the start stays", nil, []Intent{Step(-1)}, func(t *testing.T, s *State) {
			want(t, "Playhead", s.Playhead, int64(0))
		}},
		{"step past the end stays at the last event", nil, []Intent{Step(1000)}, func(t *testing.T, s *State) {
			want(t, "Playhead", s.Playhead, end)
		}},
		{"step pauses", nil, []Intent{Play(), Step(1)}, func(t *testing.T, s *State) {
			want(t, "Playing", s.Playing, false)
		}},
		{"scrub moves and pauses", nil, []Intent{Play(), Scrub(end / 2)}, func(t *testing.T, s *State) {
			want(t, "Playhead", s.Playhead, end/2)
			want(t, "Playing", s.Playing, false)
		}},
		{"scrub is clamped to the run", nil, []Intent{Scrub(-5), Scrub(end * 3)}, func(t *testing.T, s *State) {
			want(t, "Playhead", s.Playhead, end)
		}},
		{"seek end", nil, []Intent{Seek(end)}, func(t *testing.T, s *State) {
			want(t, "Playhead", s.Playhead, end)
			wantIn(t, s.Playhead, s.T0, s.T1)
		}},
		{"zoom in keeps the anchor", nil, []Intent{Zoom(2, base.T0+span/2)}, func(t *testing.T, s *State) {
			want(t, "span", s.T1-s.T0, span/2)
			want(t, "T0", s.T0, base.T0+span/4)
		}},
		{"zoom in and out", nil, []Intent{Zoom(4, 1000), Zoom(0.25, 1000)}, func(t *testing.T, s *State) {
			want(t, "span", s.T1-s.T0, span)
		}},
		{"zoom stops at a microsecond", nil, []Intent{Zoom(1e12, 0)}, func(t *testing.T, s *State) {
			want(t, "span", s.T1-s.T0, int64(MinSpan))
		}},
		{"zoom ignores a bad factor", nil, []Intent{Zoom(0, 0), Zoom(-1, 0)}, func(t *testing.T, s *State) {
			want(t, "span", s.T1-s.T0, span)
		}},
		{"pan", func(s *State) { s.Apply(Zoom(4, 0)); s.T0, s.T1 = 0, span/4 }, []Intent{Pan(span / 8)}, func(t *testing.T, s *State) {
			want(t, "T0", s.T0, span/8)
			want(t, "T1", s.T1, span/8+span/4)
		}},
		{"pan stops half a window before the start", nil, []Intent{Pan(-10 * span)}, func(t *testing.T, s *State) {
			want(t, "T0", s.T0, -span/2)
		}},
		{"fit", nil, []Intent{Zoom(8, 0), Pan(span), Fit()}, func(t *testing.T, s *State) {
			want(t, "T0", s.T0, base.T0)
			want(t, "T1", s.T1, base.T1)
		}},
		{"faster", func(s *State) { s.Speed = 1_000_000 }, []Intent{Speed(1)}, func(t *testing.T, s *State) {
			want(t, "Speed", s.Speed, int64(2_000_000))
		}},
		{"slower twice", func(s *State) { s.Speed = 1_000_000 }, []Intent{Speed(-2)}, func(t *testing.T, s *State) {
			want(t, "Speed", s.Speed, int64(200_000))
		}},
		{"view cycles", nil, []Intent{ToggleView()}, func(t *testing.T, s *State) {
			want(t, "Mode", s.Mode, FuturesOnly)
			want(t, "rows", len(s.Rows()), 1+len(s.Scene.Futures.Lanes))
		}},
		{"view cycles back", nil, []Intent{ToggleView(), ToggleView(), ToggleView()}, func(t *testing.T, s *State) {
			want(t, "Mode", s.Mode, Both)
			want(t, "rows", len(s.Rows()), 2+len(s.Scene.Futures.Lanes)+len(s.Scene.Threads.Lanes))
		}},
		{"threads view has no future rows", nil, []Intent{ToggleView(), ToggleView()}, func(t *testing.T, s *State) {
			want(t, "row 1 view", s.Rows()[1].View.Name, "threads")
		}},
		{"select", nil, []Intent{Select(lane)}, func(t *testing.T, s *State) {
			want(t, "Selected", s.Selected.String(), "futures/1")
		}},
		{"select a shape makes its event current", nil, []Intent{Select(firstShape(base, layout.Result))}, func(t *testing.T, s *State) {
			want(t, "Event", s.Event, s.Selected.Shape.Seq)
		}},
		{"escape clears the selection", nil, []Intent{Select(lane), Escape()}, func(t *testing.T, s *State) {
			want(t, "Selected", s.Selected.IsZero(), true)
		}},
		{"escape closes the help first", nil, []Intent{Select(lane), ToggleHelp(), Escape()}, func(t *testing.T, s *State) {
			want(t, "Help", s.Help, false)
			want(t, "Selected", s.Selected.String(), "futures/1")
		}},
		{"hover", nil, []Intent{Hover(lane)}, func(t *testing.T, s *State) {
			want(t, "Hovered", s.Hovered.String(), "futures/1")
		}},
		{"toggles", nil, []Intent{ToggleHelp(), ToggleFrameTime(), ToggleStates()}, func(t *testing.T, s *State) {
			want(t, "Help", s.Help, true)
			want(t, "FrameTime", s.FrameTime, true)
			want(t, "States", s.States, false)
		}},
		{"scroll is clamped", func(s *State) { s.SetPage(2) }, []Intent{Scroll(1000)}, func(t *testing.T, s *State) {
			n := len(s.Rows())
			tops := s.Tops()
			if tops[n]-tops[s.Scroll] > 2 || tops[n]-tops[s.Scroll-1] <= 2 {
				t.Errorf("Scroll = %d: rows %d.. are %g units tall, want the fewest rows over 2 units", s.Scroll, s.Scroll, tops[n]-tops[s.Scroll])
			}
		}},
		{"scroll up is clamped", nil, []Intent{Scroll(-3)}, func(t *testing.T, s *State) {
			want(t, "Scroll", s.Scroll, 0)
		}},
		{"selecting scrolls the lane into view", func(s *State) { s.SetPage(2) },
			[]Intent{Select(LaneTarget(&base.Scene.Threads, 1))}, func(t *testing.T, s *State) {
				r := s.RowOf(&s.Scene.Threads, 1)
				wantIn(t, int64(r), int64(s.Scroll), int64(s.Scroll+s.Page-1))
				if s.Page < 1 {
					t.Errorf("Page = %d", s.Page)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(base.Trace, base.Scene)
			if tt.prepare != nil {
				tt.prepare(s)
			}
			for _, in := range tt.in {
				s.Apply(in)
			}
			tt.check(t, s)
		})
	}
}

func TestTick(t *testing.T) {
	s := newState(t, waitScript)
	s.Speed = s.Scene.End / 4
	s.Tick()
	want(t, "paused tick", s.Playhead, int64(0))
	s.Apply(Play())
	s.Tick()
	want(t, "one tick", s.Playhead, s.Speed)
	s.Apply(Zoom(20, 0)) // a narrow window: the playhead must drag it along
	for range 3 {
		s.Tick()
		wantIn(t, s.Playhead, s.T0, s.T1)
	}
	for range 10 {
		s.Tick()
	}
	want(t, "stops at the end", s.Playhead, s.Scene.End)
	want(t, "stopped", s.Playing, false)
}

func TestLadder(t *testing.T) {
	tests := []struct {
		v    int64
		n    int
		want int64
	}{
		{1, 1, 2}, {2, 1, 5}, {5, 1, 10}, {10, -1, 5}, {5, -1, 2}, {2, -1, 1}, {1, -1, 1},
		{3, 0, 5}, {1_000_000, 3, 10_000_000}, {10e9, 1, 10e9}, {7, -1, 5},
	}
	for _, tt := range tests {
		if got := ladder(tt.v, tt.n); got != tt.want {
			t.Errorf("ladder(%d, %d) = %d, want %d", tt.v, tt.n, got, tt.want)
		}
	}
}

func TestDefaultSpeedPlaysInSeconds(t *testing.T) {
	s := newState(t, waitScript)
	_, t1 := s.Scene.Extent()
	ticks := t1 / s.Speed
	if ticks < playTicks/3 || ticks > playTicks {
		t.Errorf("the run plays in %d ticks at the default speed %d ns, want about %d", ticks, s.Speed, playTicks)
	}
}

func want[T comparable](t *testing.T, what string, got, want T) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

func wantIn(t *testing.T, v, lo, hi int64) {
	t.Helper()
	if v < lo || v > hi {
		t.Errorf("%d is outside [%d, %d]", v, lo, hi)
	}
}

// firstShape returns the first shape of style st in the futures view.
func firstShape(s *State, st layout.Style) Target {
	v := &s.Scene.Futures
	for i := range v.Shapes {
		if v.Shapes[i].Style == st {
			return Target{View: v, Lane: v.Shapes[i].Lane, Shape: &v.Shapes[i]}
		}
	}
	panic("no shape of style " + st.Key())
}
