package viewstate

import (
	"math"

	"github.com/futurescope/futurescope/render/layout"
)

// Limits of the time window.
const (
	// MinSpan is the narrowest window: 1 µs.
	MinSpan = 1_000
	// fitPad is the share of the run added after its end when fitting, room for the outcome texts
	// of the last futures.
	fitPad = 0.12
	// fitLead is the share of the run shown before its start, so that markers at 0 show whole.
	fitLead = 0.015
	// followAt is where, as a fraction of the window, a playing playhead stays once it gets there.
	followAt = 0.85
	// playTicks is about how many ticks playing the whole run takes at the default speed (8 s at 60
	// ticks a second).
	playTicks = 480
)

// fit shows the whole run, with a little room before its start and more after its end.
func (s *State) fit() {
	t0, t1 := s.Scene.Extent()
	span := float64(t1 - t0)
	s.setWindow(t0-int64(span*fitLead), t1+int64(span*fitPad))
	s.Fitted = true
}

// span is the window's length.
func (s *State) span() int64 { return s.T1 - s.T0 }

// maxSpan is the widest window: four times the whole run.
func (s *State) maxSpan() int64 {
	t0, t1 := s.Scene.Extent()
	return 4 * (t1 - t0)
}

// setWindow shows t0 to t1, keeping the span within limits and the window over the run: at least
// half of it stays between 0 and the end of the run's extent.
func (s *State) setWindow(t0, t1 int64) {
	span := min(max(t1-t0, MinSpan), s.maxSpan())
	_, end := s.Scene.Extent()
	lo, hi := -span/2, end-span/2
	t0 = max(min(t0, hi), lo)
	s.T0, s.T1 = t0, t0+span
}

// zoom divides the span by factor, keeping anchor at the same place on the screen.
func (s *State) zoom(factor float64, anchor int64) {
	if factor <= 0 || math.IsNaN(factor) || math.IsInf(factor, 0) {
		return
	}
	span := float64(s.span())
	frac := float64(anchor-s.T0) / span
	newSpan := math.Min(math.Max(span/factor, MinSpan), float64(s.maxSpan()))
	t0 := float64(anchor) - frac*newSpan
	s.setWindow(int64(math.Round(t0)), int64(math.Round(t0+newSpan)))
}

// follow brings the playhead into view: a playhead past followAt of the window drags the window
// along; one left of it or far right of it is put back at a tenth, or at followAt.
func (s *State) follow() {
	span := s.span()
	at := s.T0 + int64(float64(span)*followAt)
	switch {
	case s.Playhead < s.T0:
		s.setWindow(s.Playhead-span/10, s.Playhead-span/10+span)
	case s.Playhead > at:
		s.setWindow(s.T0+s.Playhead-at, s.T1+s.Playhead-at)
	}
}

// defaultSpeed is the ladder value that plays the whole run in about playTicks ticks.
func defaultSpeed(s *layout.Scene) int64 {
	t0, t1 := s.Extent()
	return ladderAtLeast((t1 - t0) / playTicks)
}

// ladderAtLeast returns the smallest value of the 1-2-5 ladder (1 ns, 2 ns, 5 ns, 10 ns, …) not below d.
func ladderAtLeast(d int64) int64 {
	for step := int64(1); ; step *= 10 {
		for _, m := range [...]int64{1, 2, 5} {
			if v := step * m; v >= d || v >= 1e17 {
				return v
			}
		}
	}
}

// ladder moves v by n steps of the 1-2-5 ladder, from 1 ns to 10 s a tick.
func ladder(v int64, n int) int64 {
	v = ladderAtLeast(v)
	for ; n > 0 && v < 10e9; n-- {
		switch first := v / pow10(v); first {
		case 2:
			v = v / 2 * 5
		default:
			v *= 2
		}
	}
	for ; n < 0 && v > 1; n++ {
		switch first := v / pow10(v); first {
		case 5:
			v = v / 5 * 2
		default:
			v /= 2
		}
	}
	return v
}

// pow10 returns the largest power of ten not above v (v ≥ 1).
func pow10(v int64) int64 {
	p := int64(1)
	for p*10 <= v {
		p *= 10
	}
	return p
}
