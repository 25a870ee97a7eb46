package main

import (
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/runs"
	"github.com/futurescope/futurescope/render/ebitenview"
	"github.com/futurescope/futurescope/render/layout"
)

// drawConsole draws what the run printed, each line with its virtual time: the lines printed after
// the playhead are grey, and the view scrolls to keep the last line printed by then in sight. A
// prediction shows only the lines of the events it revealed.
func (s *stage) drawConsole(dst *ebiten.Image, r image.Rectangle) {
	img := dst.SubImage(r).(*ebiten.Image)
	img.Fill(colWhite)
	f, u := s.win.faces, s.win.uiScale()
	t := s.win.ui()
	y := s.win.pen().header(img, r, t.console, t.consoleNote, false)
	if s.last == nil {
		return
	}
	lines := s.last.Console(s.win.lang, fmt.Sprintf(t.expected, s.last.Opts.ExpectError), t.budget)
	at := s.viewer.State().Playhead
	rows := int((float64(r.Max.Y) - y) / f.Line)
	if pr := s.pred.active(); pr != nil && pr.Hiding() {
		at = min(at, pr.Time())
		lines = lines[:s.revealedLines(lines)]
	}
	first := max(runs.LastPrinted(lines, at)+1-rows, 0)
	shown := lines[min(first, len(lines)):]
	stampWidth := measure("0.000000 s  ", f.SmallMono)
	for _, l := range shown { // a time to the nanosecond is wider: the text starts after the widest
		stampWidth = max(stampWidth, measure(layout.FormatTime(l.T)+"  ", f.SmallMono))
	}
	for _, l := range shown {
		if y+f.Line > float64(r.Max.Y) {
			break
		}
		c := colInk
		switch {
		case l.T > at:
			c = colFaint
		case l.Note:
			c = colExpected
		case l.Alert:
			c = colAlert
		}
		x := float64(r.Min.X) + 8*u
		stamp := layout.FormatTime(l.T)
		ebitenview.DrawText(img, stamp, f.SmallMono, x, y, colFaint)
		x += stampWidth
		ebitenview.DrawText(img, ebitenview.Fit(l.Text, f.Mono, float64(r.Max.X)-x-8*u), f.Mono, x, y, c)
		y += f.Line
	}
}

// revealedLines returns how many of lines, from the first, a prediction over the run shown lets the
// console show: those printed by the events it revealed (an output line is a print event of the
// trace, a traceback the error's).
func (s *stage) revealedLines(lines []runs.Line) int {
	for i, l := range lines {
		if s.pred.hides(l.Event) {
			return i
		}
	}
	return len(lines)
}
