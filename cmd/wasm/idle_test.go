package main

import "testing"

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
