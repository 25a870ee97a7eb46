package ebitenview

import (
	"testing"
	"time"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/sim/script"
)

// fakeClock is a clock that moves only when told.
type fakeClock struct{ now time.Time }

func (c *fakeClock) Now() time.Time { return c.now }

// playSecond plays a viewer of waitScript for one second of the fake clock at fps Updates a second
// and returns where the playhead got.
func playSecond(t *testing.T, fps int) int64 {
	t.Helper()
	res := script.Run(script.Options{Filename: "test.py", Source: []byte(waitScript)})
	clock := &fakeClock{now: time.Unix(1000, 0)}
	v, err := New(res.Trace, Options{Clock: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	v.Focused = false // no keys from the real keyboard
	v.Apply(viewstate.Play())
	speed := v.State().Speed
	start := clock.now
	v.Update() // the first Update starts the clock
	for i := 1; i <= fps; i++ {
		clock.now = start.Add(time.Second * time.Duration(i) / time.Duration(fps))
		v.Update()
	}
	if want := int64(float64(speed) * 60); v.State().Playhead != min(want, v.State().Scene.End) {
		t.Errorf("at %d fps a second played %v, want %v (the header's rate)", fps, time.Duration(v.State().Playhead), time.Duration(want))
	}
	return v.State().Playhead
}

func TestPlaybackKeepsItsSpeedAtAnyFrameRate(t *testing.T) {
	if slow, fast := playSecond(t, 2), playSecond(t, 60); slow != fast {
		t.Errorf("a real second of playback moved the playhead %v at 2 fps but %v at 60 fps", time.Duration(slow), time.Duration(fast))
	}
}
