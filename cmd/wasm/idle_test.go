package main

import (
	"testing"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// TestPainterIdle checks that the timeline draws after a change and stops drawing once nothing
// changes, and keeps drawing while something moves by itself.
func TestPainterIdle(t *testing.T) {
	var p painter
	count := func(frames int) int {
		n := 0
		for range frames {
			if p.draw() {
				n++
			}
		}
		return n
	}
	a := look{w: 800, h: 600, loaded: 1}
	p.update(a)
	if n := count(10); n != settleFrames {
		t.Fatalf("first look: %d frames drawn, want %d", n, settleFrames)
	}
	for range 100 {
		p.update(a)
		if p.draw() {
			t.Fatal("drew a frame while nothing changed")
		}
	}
	b := a
	b.cursorX = 5
	p.update(b)
	if !p.draw() {
		t.Error("a moved pointer drew no frame")
	}
	count(10)
	c := b
	c.playing = true
	for range 50 {
		p.update(c)
		if !p.draw() {
			t.Fatal("playback stopped drawing")
		}
	}
	c.playing = false
	p.update(c)
	if n := count(10); n != settleFrames {
		t.Errorf("after playback stopped: %d frames drawn, want %d", n, settleFrames)
	}
	for range idleTicks {
		p.update(c)
	}
	if !p.idle() {
		t.Errorf("%d ticks without a change: not idle", idleTicks)
	}
	d := c
	d.loaded = 2
	p.update(d)
	if !p.draw() || p.idle() {
		t.Error("a new run drew no frame, or left the timeline idle")
	}
}

// TestLookChanges checks that whatever a frame depends on makes a new look: the viewer's state
// (playhead, selection, scroll), the canvas (size, scale, language) and a new run; and that an idle
// timeline woken by a command is busy again.
func TestLookChanges(t *testing.T) {
	base := look{w: 800, h: 600, scale: 1, lang: "en", loaded: 1}
	if got := lookOf(nil, base); got != base {
		t.Errorf("before the first run the look is %+v, want the frame's own inputs %+v", got, base)
	}
	s := &viewstate.State{}
	a := lookOf(s, base)
	for name, change := range map[string]func(s *viewstate.State, l *look){
		"playhead": func(s *viewstate.State, l *look) { s.Playhead = 7 },
		"scroll":   func(s *viewstate.State, l *look) { s.Scroll = 2 },
		"help":     func(s *viewstate.State, l *look) { s.Help = true },
		"scale":    func(s *viewstate.State, l *look) { l.scale = 2 },
		"language": func(s *viewstate.State, l *look) { l.lang = "zh" },
		"new run":  func(s *viewstate.State, l *look) { l.loaded++ },
		"pointer":  func(s *viewstate.State, l *look) { l.cursorY = 3 },
	} {
		s2, b := *s, base
		change(&s2, &b)
		if lookOf(&s2, b) == a {
			t.Errorf("a change of %s left the look as it was: its frame would not be drawn", name)
		}
	}
	var p painter
	for range idleTicks + 1 {
		p.update(a)
	}
	if !p.idle() {
		t.Fatal("the timeline is not idle after idleTicks ticks without a change")
	}
	p.wake()
	if p.idle() {
		t.Error("a woken timeline is still idle")
	}
}
