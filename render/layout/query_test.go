package layout_test

import (
	"testing"

	"github.com/futurescope/futurescope/render/layout"
)

// TestVisibleMatchesScan checks Visible against a plain scan of every shape, over many windows of
// the golden scenes and the synthetic one.
func TestVisibleMatchesScan(t *testing.T) {
	scenes := map[string]*layout.Scene{"synthetic": layout.Build(synthetic(300, 3))}
	for _, name := range traces(t) {
		scenes[name] = layout.Build(load(t, name))
	}
	for name, s := range scenes {
		_, end := s.Extent()
		for _, v := range []*layout.View{&s.Futures, &s.Threads} {
			for _, w := range windows(end, len(v.Lanes)) {
				var want []*layout.Shape
				for i := range v.Shapes {
					sh := &v.Shapes[i]
					if sh.Lane >= w.lo && sh.Lane < w.hi && sh.T0 <= w.t1 && (sh.T1 >= w.t0 || sh.Open) {
						want = append(want, sh)
					}
				}
				var got []*layout.Shape
				for sh := range v.Visible(w.t0, w.t1, w.lo, w.hi) {
					got = append(got, sh)
				}
				if len(got) != len(want) {
					t.Errorf("%s %s %+v: Visible gave %d shapes, a scan %d", name, v.Name, w, len(got), len(want))
					continue
				}
				for i := range got {
					if got[i] != want[i] {
						t.Errorf("%s %s %+v: shape %d differs", name, v.Name, w, i)
						break
					}
				}
			}
		}
	}
}

type window struct {
	t0, t1 int64
	lo, hi int
}

// windows returns windows over a scene ending at end with lanes lanes: whole, halves, slivers,
// past the end, and lane ranges that stick out.
func windows(end int64, lanes int) []window {
	var out []window
	for _, tr := range [][2]int64{{0, end}, {0, end / 2}, {end / 2, end}, {end / 3, end/3 + 1}, {end + 10, end + 20}, {-5, -1}} {
		for _, lr := range [][2]int{{0, lanes}, {lanes / 2, lanes}, {1, 2}, {-3, lanes + 3}} {
			out = append(out, window{tr[0], tr[1], lr[0], lr[1]})
		}
	}
	return out
}

func TestLaneGeometry(t *testing.T) {
	s := layout.Build(load(t, "as_completed_timeout"))
	v := &s.Threads
	if got := v.Top(0); got != 0 {
		t.Errorf("Top(0) = %v, want 0", got)
	}
	var h float32
	for i, l := range v.Lanes {
		if l.Height <= 0 {
			t.Fatalf("lane %d has height %v", i, l.Height)
		}
		if v.Top(i) != h {
			t.Errorf("Top(%d) = %v, want %v", i, v.Top(i), h)
		}
		mid := h + l.Height/2
		if lane, within := v.LaneAt(mid); lane != i || within < 0.49 || within > 0.51 {
			t.Errorf("LaneAt(%v) = %d, %v; want %d, 0.5", mid, lane, within, i)
		}
		h += l.Height
	}
	if v.Top(len(v.Lanes)) != h {
		t.Errorf("Top(len) = %v, want the height %v", v.Top(len(v.Lanes)), h)
	}
	for _, y := range []float32{-0.1, h, h + 5} {
		if lane, _ := v.LaneAt(y); lane != -1 {
			t.Errorf("LaneAt(%v) = %d, want -1", y, lane)
		}
	}
}

func TestHit(t *testing.T) {
	s := layout.Build(load(t, "callbacks_cancel"))
	const ms = int64(1e6)
	tests := []struct {
		view  *layout.View
		lane  int
		y     float32
		t     int64
		style layout.Style
		none  bool
	}{
		{view: &s.Futures, lane: 0, y: 0.47, t: 50 * ms, style: layout.Running},
		{view: &s.Futures, lane: 0, y: 0.47, t: 300*ms - ms, style: layout.Result}, // within slop of the marker
		{view: &s.Futures, lane: 2, y: 0.47, t: 50 * ms, style: layout.Pending},
		{view: &s.Futures, lane: 3, y: 0.15, t: 0, style: layout.CancelTrue},
		{view: &s.Futures, lane: 0, y: 0.15, t: 100 * ms, style: layout.CancelFalse},
		{view: &s.Futures, lane: 0, y: 0.9, t: 50 * ms, none: true},
		{view: &s.Threads, lane: 2, y: 0.65, t: 50 * ms, style: layout.Sleeping},
		{view: &s.Threads, lane: 2, y: 0.35, t: 50 * ms, style: layout.Running},
		{view: &s.Threads, lane: 1, y: 0.65, t: 200 * ms, style: layout.Blocked},
	}
	for _, tt := range tests {
		got := tt.view.Hit(tt.lane, tt.y, tt.t, 2*ms, 0)
		switch {
		case tt.none && got != nil:
			t.Errorf("%s Hit(%d, %v, %d) = %s, want nothing", tt.view.Name, tt.lane, tt.y, tt.t, got.Style.Key())
		case !tt.none && got == nil:
			t.Errorf("%s Hit(%d, %v, %d) = nothing, want %s", tt.view.Name, tt.lane, tt.y, tt.t, tt.style.Key())
		case !tt.none && got.Style != tt.style:
			t.Errorf("%s Hit(%d, %v, %d) = %s, want %s", tt.view.Name, tt.lane, tt.y, tt.t, got.Style.Key(), tt.style.Key())
		}
	}
	if o := s.HitOverlay(100*ms+ms, 2*ms); o == nil || o.Style != layout.WaitReturned {
		t.Errorf("HitOverlay near 0.1 s = %v, want the wait() rule", o)
	}
	if o := s.HitOverlay(200*ms, 2*ms); o != nil {
		t.Errorf("HitOverlay(0.2 s) = %s, want nothing", o.Style.Key())
	}
}

// TestHitNudged checks that a marker moved right to stay clear of another of the same instant is
// found where it is drawn, not under the marker it was moved away from.
func TestHitNudged(t *testing.T) {
	const nudge = int64(1e6) // a nudge step per lane height: 1 ms
	found := 0
	for _, name := range traces(t) {
		s := layout.Build(load(t, name))
		for _, v := range []*layout.View{&s.Futures, &s.Threads} {
			for lane := range v.Lanes {
				for i := range v.Lane(lane) {
					sh := &v.Lane(lane)[i]
					if sh.Kind != layout.Marker || sh.Nudge == 0 || sh.Nudge >= layout.MaxNudge { // at MaxNudge they pile up: the top one is hit
						continue
					}
					found++
					at := sh.T0 + int64(float64(sh.Nudge)*float64(sh.Y1-sh.Y0)*float64(nudge))
					y := (sh.Y0 + sh.Y1) / 2
					if got := v.Hit(lane, y, at, nudge/10, nudge); got != sh {
						t.Errorf("%s: %s lane %d: Hit at the nudged marker %s (nudge %d) = %v", name, v.Name, lane, sh.Style.Key(), sh.Nudge, got)
					}
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no nudged marker in testdata: the test checks nothing")
	}
}
