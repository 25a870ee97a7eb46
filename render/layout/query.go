package layout

import (
	"iter"
	"sort"
)

// Top returns how far below the view's top lane i starts, in units; Top(len(v.Lanes)) is the
// view's height.
func (v *View) Top(i int) float32 {
	return v.tops[max(0, min(i, len(v.Lanes)))]
}

// LaneAt returns the lane at y units below the view's top and how far down that lane y is (0 its
// top, 1 its bottom), or -1 when y is outside every lane.
func (v *View) LaneAt(y float32) (lane int, within float32) {
	i := sort.Search(len(v.Lanes), func(i int) bool { return v.tops[i+1] > y })
	if y < 0 || i == len(v.Lanes) {
		return -1, 0
	}
	return i, (y - v.tops[i]) / v.Lanes[i].Height
}

// Lane returns the shapes of lane i, in drawing order. The slice is the view's: do not change it.
func (v *View) Lane(i int) []Shape {
	if i < 0 || i >= len(v.Lanes) {
		return nil
	}
	return v.Shapes[v.laneStart[i]:v.laneStart[i+1]]
}

// Visible returns the shapes of lanes lo to hi-1 that meet the time window [t0, t1], in drawing
// order: what a window showing that much needs to draw. Open spans meet every window after their
// start. It costs a binary search per long lane (a short one is scanned) plus the shapes it yields
// (and those they hide). In a scene from BuildLazy it writes the Detail of the shapes it yields
// first.
func (v *View) Visible(t0, t1 int64, lo, hi int) iter.Seq[*Shape] {
	return func(yield func(*Shape) bool) {
		lo, hi = max(lo, 0), min(hi, len(v.Lanes))
		for l := lo; l < hi; l++ {
			a, b := v.laneStart[l], v.laneStart[l+1]
			first := a
			if m := int(v.maxAt[l]); m >= 0 { // maxEnd rises within a lane: skip the shapes that all end before t0
				first += sort.Search(b-a, func(j int) bool { return v.maxEnd[m+j] >= t0 })
			}
			last := a + sort.Search(b-a, func(j int) bool { return v.Shapes[a+j].T0 > t1 })
			for i := first; i < last; i++ {
				s := &v.Shapes[i]
				if s.T1 >= t0 || s.Open {
					v.fill(s)
					if !yield(s) {
						return
					}
				}
			}
		}
	}
}

// MaxNudge is the most marker widths a backend moves a marker right (see Shape.Nudge); markers
// further along pile up at that place.
const MaxNudge = 6

// Hit returns the shape a pointer at time t and height y (0 top, 1 bottom) of lane points at, or nil:
// the marker nearest to t within slop nanoseconds whose box holds y, else the topmost span or line
// holding t (widened by slop) and y. A viewer passes as slop the time a few pixels stand for.
//
// A marker is found where it is drawn: a backend that moves markers of one instant apart (see
// Shape.Nudge) passes as nudge the time its step stands for per lane height, so that a marker of
// height h (in lanes) is centred at T0 + Nudge·h·nudge; 0 means markers sit at their time.
func (v *View) Hit(lane int, y float32, t, slop, nudge int64) *Shape {
	var marker, span *Shape
	var markerD int64
	for s := range v.Visible(t-slop-MaxNudge*nudge, t+slop, lane, lane+1) {
		if y < s.Y0-0.05 || y > s.Y1+0.05 {
			continue
		}
		switch s.Kind {
		case Marker:
			at := s.T0 + int64(float64(min(s.Nudge, MaxNudge))*float64(s.Y1-s.Y0)*float64(nudge))
			if d := abs(at - t); d <= slop && (marker == nil || d <= markerD) {
				marker, markerD = s, d
			}
		case Span, Line:
			if s.T1+slop >= t || s.Open { // the window was widened for nudged markers
				span = s // drawn after the ones before it: on top
			}
		}
	}
	if marker != nil {
		return marker
	}
	return span
}

// HitOverlay returns the overlay rule within slop nanoseconds of t nearest to it, or nil.
func (s *Scene) HitOverlay(t, slop int64) *Shape {
	var best *Shape
	for i := range s.Overlays {
		o := &s.Overlays[i]
		if d := abs(o.T0 - t); d <= slop && (best == nil || d < abs(best.T0-t)) {
			best = o
		}
	}
	return best
}

func abs(n int64) int64 { return max(n, -n) }
