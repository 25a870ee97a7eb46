package main

import "github.com/futurescope/futurescope/render/ebitenview/viewstate"

// A look is everything a frame of the timeline depends on: the canvas, the run shown, the viewer's
// state and the pointer. Two equal looks draw the same frame, so a frame whose look equals the last
// drawn one need not be drawn again: the screen keeps it (ebiten does not clear it between frames).
type look struct {
	w, h   int
	scale  float64
	lang   string
	loaded int // the runs shown so far: a new run is a new look even when its state matches

	mode                    viewstate.Mode
	t0, t1, playhead, speed int64
	playing, fitted         bool
	scroll, page            int
	selected, hovered       viewstate.Target
	event                   int64
	help, frameTime, states bool
	cursorX, cursorY        int
	buttons, touches, keys  int // how many are down: a drag or a held key may animate
	wheel                   bool
}

// lookOf returns the look of the viewer's state s (nil before the first run) with the rest of the
// frame's inputs in base.
func lookOf(s *viewstate.State, base look) look {
	if s == nil {
		return base
	}
	base.mode, base.t0, base.t1, base.playhead, base.speed = s.Mode, s.T0, s.T1, s.Playhead, s.Speed
	base.playing, base.fitted, base.scroll, base.page = s.Playing, s.Fitted, s.Scroll, s.Page
	base.selected, base.hovered, base.event = s.Selected, s.Hovered, s.Event
	base.help, base.frameTime, base.states = s.Help, s.FrameTime, s.States
	return base
}

// settleFrames is how many frames are drawn after the last change. One: the look is taken after
// Update, so the Draw of the same tick shows the change, and each frame drawn again is a whole frame
// for a browser without a GPU to draw in software and read back before the page's next frame (a
// run of 100,000 futures: up to 0.5 s of the page's thread each, under load; three were drawn).
const settleFrames = 1

// A painter decides which frames are drawn: only those after something changed.
type painter struct {
	last  look
	seen  bool
	owed  int // frames still to draw
	still int // ticks since the last change
}

// idleTicks is how many ticks without a change make the timeline idle: then it ticks only when
// input, a command or a run wakes it (see timeline.wake). One: each tick of ebiten's after a frame
// was drawn copies that frame to the canvas again (for up to three ticks), and without a GPU each
// copy is a canvas drawn in software and read back before the page's next frame, 0.1 to 0.28 s of
// the page's thread under load (60 ticks cost three of them after every change).
const idleTicks = 1

// idle reports whether nothing has changed for idleTicks ticks.
func (p *painter) idle() bool { return p.still >= idleTicks }

// wake makes the timeline busy again, as a change would.
func (p *painter) wake() { p.still = 0 }

// update records the look of this tick; anything that moves by itself (playback, the frame-time
// readout, a held button or key) keeps frames coming.
func (p *painter) update(now look) {
	if !p.seen || now != p.last || now.playing || now.frameTime || now.buttons > 0 || now.touches > 0 || now.keys > 0 || now.wheel {
		p.owed = settleFrames
		p.still = 0
	} else if p.still < idleTicks {
		p.still++
	}
	p.last, p.seen = now, true
}

// draw reports whether this frame must be drawn, and counts it.
func (p *painter) draw() bool {
	if p.owed <= 0 {
		return false
	}
	p.owed--
	return true
}
