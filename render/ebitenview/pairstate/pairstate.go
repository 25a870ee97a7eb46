// Package pairstate is the logic of the desktop app's pair view (ebitenview.Pair), without a
// graphics library, so that it is tested where there is no display: a simulated run above a run
// recorded under CPython, on one time axis, with the differences between them listed beneath.
//
// Split divides the window between the two timelines and the list; Window is the time window that
// shows both runs whole; Sync makes the timeline that follows show what the one the user works in
// (the leader) shows: the same window, playhead, speed and views, so that a moment is at the same x
// in both. Nothing here reads a clock or the screen.
package pairstate

import (
	"github.com/futurescope/futurescope/compare"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
)

// MaxListShare is the largest share of the window's height the difference list takes.
const MaxListShare = 0.3

// Split divides r into the simulated run's rectangle (top), the recorded run's (beneath it) and the
// difference list's (at the bottom): the list is lines lines of height line plus half a line of
// margin above and below, but never more than MaxListShare of r; the two runs share the rest
// equally.
func Split(r viewstate.Rect, lines int, line float64) (top, bottom, list viewstate.Rect) {
	lh := 0.0
	if lines > 0 {
		lh = min(float64(lines+1)*line, r.H*MaxListShare)
	}
	half := (r.H - lh) / 2
	top = viewstate.Rect{X: r.X, Y: r.Y, W: r.W, H: half}
	bottom = viewstate.Rect{X: r.X, Y: r.Y + half, W: r.W, H: half}
	list = viewstate.Rect{X: r.X, Y: r.Y + 2*half, W: r.W, H: lh}
	return top, bottom, list
}

// Under returns the bounds to give the top timeline so that its detail panel lies under the bottom
// one, which is drawn after it: the lanes get the room, and the one panel shown (the bottom
// timeline's) says what happens at the playhead. line and scale are the viewer's line height and
// scale (viewstate.Metrics); the panel's height follows viewstate.Layout's rule, so that
// Layout(Under(top)).Panel.Y is top's bottom.
func Under(top viewstate.Rect, line, scale float64) viewstate.Rect {
	// Layout's panel is min(7 lines + 10 units, 24% of the height) high.
	p := min(7*line+10*scale, top.H*0.24/0.76)
	top.H += p
	return top
}

// FirstMode is the views a pair starts in: the futures alone when the script made futures (the
// differences are about them, and half a window has room for little else), else both.
func FirstMode(s *viewstate.State) viewstate.Mode {
	if len(s.Scene.Futures.Lanes) > 0 {
		return viewstate.FuturesOnly
	}
	return viewstate.Both
}

// ListLines is how many lines of height line a list rectangle of height h holds, its margins
// taken off.
func ListLines(h, line float64) int {
	if line <= 0 {
		return 0
	}
	return max(int(h/line)-1, 0)
}

// Window returns the time window that shows both scenes whole: from the earlier start to the later
// end, with a little room before and more after, as a single timeline is fitted.
func Window(a, b *layout.Scene) (t0, t1 int64) {
	s0, e0 := a.Extent()
	s1, e1 := b.Extent()
	start, end := min(s0, s1), max(e0, e1)
	span := float64(max(end-start, viewstate.MinSpan))
	return start - int64(span*0.015), end + int64(span*0.12)
}

// Fit shows both runs whole in both states (Window), their playheads at the start, in a's
// FirstMode.
func Fit(a, b *viewstate.State) {
	t0, t1 := Window(a.Scene, b.Scene)
	mode := FirstMode(a)
	for _, s := range []*viewstate.State{a, b} {
		for range 3 {
			if s.Mode == mode {
				break
			}
			s.Apply(viewstate.ToggleView())
		}
		s.T0, s.T1, s.Fitted = t0, t1, true
	}
}

// Sync makes to show what from shows: its time window, its playhead (paused: from plays, to
// follows; a playhead past to's run stops at its end), its speed and its views. The rows each
// shows, the selection and the help stay each one's own.
func Sync(from, to *viewstate.State) {
	to.T0, to.T1, to.Fitted, to.Speed = from.T0, from.T1, from.Fitted, from.Speed
	if to.Playhead != from.Playhead || to.Playing {
		to.Apply(viewstate.Scrub(from.Playhead))
	}
	for range 3 {
		if to.Mode == from.Mode {
			break
		}
		to.Apply(viewstate.ToggleView())
	}
}

// Leader returns which of the two timelines the user works in after the pointer moved to y: 0 over
// the top one, 1 over the bottom one, and the last leader anywhere else (over the list, outside the
// window).
func Leader(last int, y float64, top, bottom viewstate.Rect) int {
	switch {
	case y >= top.Y && y < top.Bottom():
		return 0
	case y >= bottom.Y && y < bottom.Bottom():
		return 1
	}
	return last
}

// Heading is the line over the difference list: the verdict (compare.Verdict) and how to move
// around, in lang ("en" or "zh"; the differences themselves are English).
func Heading(diffs []compare.Difference, lang string) string {
	if lang == "zh" {
		return compare.Verdict(diffs) + "   （指针所在的时间线接收按键，另一条跟随它）"
	}
	return compare.Verdict(diffs) + "   (the timeline under the pointer takes the keys; the other follows it)"
}
