package main

import (
	"image"
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/live"
	"github.com/futurescope/futurescope/cmd/native/runs"
	"github.com/futurescope/futurescope/render/ebitenview"
)

// liveRun is what live's rules need to know of r (nil for none).
func liveRun(r *runs.Run) *live.Run {
	if r == nil {
		return nil
	}
	return &live.Run{Key: r.Key, Compiled: !r.Syntax}
}

// keepLastGood applies live.Screen's rule to r, a run that just ended: when r did not compile and
// a good run of the same script is shown, that run stays, dimmed under r's error, and it reports
// true; else it clears the error and reports false, for r to be shown.
func (s *stage) keepLastGood(r *runs.Run) bool {
	scr := live.Screen{Shown: liveRun(s.last)}.Take(*liveRun(r))
	if scr.Dimmed() && s.viewer != nil {
		s.broken = r
		return true
	}
	s.broken = nil
	return false
}

// brokenRun returns the run that did not compile whose error the timeline shows: the one laid over
// the last good run, or the run shown when it did not compile either (nothing ran yet).
func (s *stage) brokenRun() *runs.Run {
	switch {
	case s.broken != nil:
		return s.broken
	case s.last != nil && s.last.Syntax:
		return s.last
	}
	return nil
}

// drawBroken writes the error of b, a run that did not compile, over the timeline in r, dimming the
// last good run shown under it, if any.
func (s *stage) drawBroken(dst *ebiten.Image, r image.Rectangle, b *runs.Run) {
	f, u := s.win.faces, s.win.uiScale()
	alpha := uint8(int(live.DimAlpha * 255))
	fillRect(dst, float64(r.Min.X), float64(r.Min.Y), float64(r.Dx()), float64(r.Dy()), color.RGBA{alpha, alpha, alpha, alpha})
	title := s.win.ui().brokenTitle
	if b == s.last {
		title = s.win.ui().noRunTitle
	}
	lines := append([]string{title}, strings.Split(strings.TrimRight(b.StderrIn(s.win.lang), "\n"), "\n")...)
	w := 0.0
	for _, l := range lines {
		w = max(w, measure(l, f.Mono))
	}
	w = min(w+24*u, float64(r.Dx())-32*u)
	h := float64(len(lines))*f.Line + 16*u
	x, y := float64(r.Min.X)+16*u, float64(r.Min.Y)+float64(r.Dy())/2-h/2
	fillRect(dst, x, y, w, h, colWhite)
	fillRect(dst, x, y, 4*u, h, colAlert)
	for i, l := range lines {
		face, c := f.Mono, colAlert
		if i == 0 {
			face, c = f.Bold, colInk
		}
		ebitenview.DrawText(dst, ebitenview.Fit(l, face, w-20*u), face, x+12*u, y+8*u+float64(i)*f.Line, c)
	}
}
