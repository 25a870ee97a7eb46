package viewstate

import (
	"strings"
	"testing"
	"time"
)

// playFor plays s from 0 for one real second at fps frames a second and returns the playhead.
func playFor(t *testing.T, fps int) int64 {
	t.Helper()
	s := newState(t, waitScript)
	s.Speed = 1_000_000 // 1 ms of virtual time per 60th of a second: 60 ms a real second
	s.Apply(Play())
	for i := range fps { // frame i ends at (i+1)/fps s: the frames add up to one second
		s.Advance(time.Second*time.Duration(i+1)/time.Duration(fps) - time.Second*time.Duration(i)/time.Duration(fps))
	}
	return s.Playhead
}

func TestPlaybackMovesByRealTimeWhateverTheFrameRate(t *testing.T) {
	slow, fast := playFor(t, 2), playFor(t, 60)
	if want := int64(60 * time.Millisecond); slow != want || fast != want {
		t.Errorf("a real second of playback moved the playhead %v at 2 fps and %v at 60 fps, want %v at both",
			time.Duration(slow), time.Duration(fast), time.Duration(want))
	}
	odd := playFor(t, 7) // frames of 142857142 ns: the fractions add up
	if odd != int64(60*time.Millisecond) {
		t.Errorf("at 7 fps a real second moved the playhead %v, want 60ms", time.Duration(odd))
	}
}

func TestPlaybackClampsAGap(t *testing.T) {
	s := newState(t, waitScript)
	s.Speed = 1_000_000
	s.Apply(Play())
	s.Advance(time.Minute) // the window was hidden for a minute
	if want := int64(60 * time.Millisecond); s.Playhead != want {
		t.Errorf("a minute's gap moved the playhead %v, want %v (MaxGap's worth)", time.Duration(s.Playhead), time.Duration(want))
	}
	s.Advance(-time.Second)
	if want := int64(60 * time.Millisecond); s.Playhead != want {
		t.Errorf("a clock going back moved the playhead to %v", time.Duration(s.Playhead))
	}
}

// longer is waitScript with sleeps five times as long: a run that grew.
var longer = strings.Replace(waitScript, "0.1 * n", "0.5 * n", 1)

func TestReloadRefitsUnlessTheUserZoomed(t *testing.T) {
	old := newState(t, waitScript)
	old.Apply(Scrub(old.Scene.End / 2))
	s := newState(t, longer)
	s.Keep(old)
	if !s.Fitted || s.T1 < s.Scene.End || s.T0 > 0 {
		t.Errorf("a run that grew, after a fitted one, shows %v..%v of its 0..%v", time.Duration(s.T0), time.Duration(s.T1), time.Duration(s.Scene.End))
	}
	if s.Playhead != old.Playhead {
		t.Errorf("the re-fitted run moved the playhead from %v to %v", time.Duration(old.Playhead), time.Duration(s.Playhead))
	}

	for _, in := range []Intent{Zoom(4, 0), Pan(1_000_000)} {
		zoomed := newState(t, waitScript)
		zoomed.Apply(in)
		if zoomed.Fitted {
			t.Errorf("%v left the window marked as fitted", in)
		}
		s := newState(t, longer)
		s.Keep(zoomed)
		if s.Fitted || s.T0 != zoomed.T0 || s.T1 != zoomed.T1 {
			t.Errorf("after %v the new run shows %v..%v, want the user's %v..%v", in, time.Duration(s.T0), time.Duration(s.T1),
				time.Duration(zoomed.T0), time.Duration(zoomed.T1))
		}
		zoomed.Apply(Fit())
		s = newState(t, longer)
		s.Keep(zoomed)
		if !s.Fitted || s.T1 < s.Scene.End {
			t.Errorf("after %v then 0 (fit) the new run was not fitted: %v..%v", in, time.Duration(s.T0), time.Duration(s.T1))
		}
	}
}
