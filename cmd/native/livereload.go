package main

import (
	"fmt"
	"image"
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/live"
	"github.com/futurescope/futurescope/render/ebitenview"
)

// liveRun is what live's rules need to know of r (nil for none).
func liveRun(r *run) *live.Run {
	if r == nil {
		return nil
	}
	return &live.Run{Key: r.key, Compiled: !r.syntax}
}

// keepLastGood applies live.Screen's rule to r, a run that just ended: when r did not compile and
// a good run of the same script is shown, that run stays, dimmed under r's error, and it reports
// true; else it clears the error and reports false, for r to be shown.
func (a *App) keepLastGood(r *run) bool {
	scr := live.Screen{Shown: liveRun(a.last)}.Take(*liveRun(r))
	if scr.Dimmed() && a.viewer != nil {
		a.broken = r
		return true
	}
	a.broken = nil
	return false
}

// stop cancels the run in progress (Esc): the simulation stops at its next instruction, its result is
// dropped, and the window says so.
func (a *App) stop() {
	a.exec.stop()
	a.say(fmt.Sprintf(a.ui().stopped, a.exec.name))
}

// brokenRun returns the run that did not compile whose error the timeline shows: the one laid over
// the last good run, or the run shown when it did not compile either (nothing ran yet).
func (a *App) brokenRun() *run {
	switch {
	case a.broken != nil:
		return a.broken
	case a.last != nil && a.last.syntax:
		return a.last
	}
	return nil
}

// drawBroken writes the error of b, a run that did not compile, over the timeline in r, dimming the
// last good run shown under it, if any.
func (a *App) drawBroken(dst *ebiten.Image, r image.Rectangle, b *run) {
	f, u := a.faces, a.uiScale()
	alpha := uint8(int(live.DimAlpha * 255))
	fillRect(dst, float64(r.Min.X), float64(r.Min.Y), float64(r.Dx()), float64(r.Dy()), color.RGBA{alpha, alpha, alpha, alpha})
	title := a.ui().brokenTitle
	if b == a.last {
		title = a.ui().noRunTitle
	}
	lines := append([]string{title}, strings.Split(strings.TrimRight(b.stderrIn(a.lang()), "\n"), "\n")...)
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
