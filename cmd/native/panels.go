package main

import (
	"fmt"
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"github.com/futurescope/futurescope/cmd/native/doclayout"
	"github.com/futurescope/futurescope/render/ebitenview"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
)

// Colours of the panels around the timeline.
var (
	colWhite  = color.RGBA{0xff, 0xff, 0xff, 0xff}
	colInk    = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	colMuted  = color.RGBA{0x6a, 0x6a, 0x6a, 0xff}
	colFaint  = color.RGBA{0xb0, 0xb0, 0xb0, 0xff}
	colSide   = color.RGBA{0xf7, 0xf7, 0xf5, 0xff}
	colBorder = color.RGBA{0xc8, 0xc8, 0xc8, 0xff}
	colHigh   = color.RGBA{0xff, 0xe8, 0x8a, 0xff}
	colSel    = color.RGBA{0xdc, 0xe9, 0xf7, 0xff}
	colFocus  = color.RGBA{0x00, 0x72, 0xb2, 0xff}
	colAlert  = color.RGBA{0xd5, 0x5e, 0x00, 0xff}
)

// fillRect fills r's part x, y, w, h.
func fillRect(dst *ebiten.Image, x, y, w, h float64, c color.Color) {
	vector.DrawFilledRect(dst, float32(x), float32(y), float32(w), float32(h), c, false)
}

// drawSource draws the script with line numbers, the line of the current event highlighted and the
// line where a failed run stopped marked (a bar in the margin, its number in the alert colour).
func (a *App) drawSource(dst *ebiten.Image, r image.Rectangle) {
	img := dst.SubImage(r).(*ebiten.Image)
	img.Fill(colSide)
	f, u := a.faces, a.uiScale()
	note := "R runs it again"
	if a.last != nil {
		note = fmt.Sprintf("run %d · R runs it again", a.exec.runs)
	}
	y := a.pen().header(img, r, "Source", note, false)
	lines := a.sourceLines()
	hl, bad := a.highlightLine(), a.errorLine()
	numW := measure("000 ", f.SmallMono)
	for i := a.srcScroll; i < len(lines) && y+f.Line <= float64(r.Max.Y); i++ {
		x := float64(r.Min.X) + 6*u
		if i+1 == hl {
			fillRect(img, float64(r.Min.X), y, float64(r.Dx()), f.Line, colHigh)
		}
		num := colFaint
		if i+1 == bad {
			fillRect(img, float64(r.Min.X), y, 3*u, f.Line, colAlert)
			num = colAlert
		}
		ebitenview.DrawText(img, fmt.Sprintf("%3d", i+1), f.SmallMono, x, y+f.Line*0.08, num)
		ebitenview.DrawText(img, ebitenview.Fit(doclayout.ExpandTabs(lines[i]), f.SmallMono, float64(r.Max.X)-x-numW-6*u), f.SmallMono, x+numW, y+f.Line*0.08, colInk)
		y += f.Line
	}
}

// drawConsole draws what the run printed, each line with its virtual time: the lines printed after
// the playhead are grey, and the view scrolls to keep the last line printed by then in sight.
func (a *App) drawConsole(dst *ebiten.Image, r image.Rectangle) {
	img := dst.SubImage(r).(*ebiten.Image)
	img.Fill(colWhite)
	f, u := a.faces, a.uiScale()
	t := a.ui()
	y := a.pen().header(img, r, t.console, t.consoleNote, false)
	if a.last == nil {
		return
	}
	lines := a.last.console(a.lang(), fmt.Sprintf(t.expected, a.last.opts.ExpectError), t.budget)
	at := a.viewer.State().Playhead
	rows := int((float64(r.Max.Y) - y) / f.Line)
	if a.hiddenAt(at + 1) {
		at = min(at, a.scenes.Predict.Revealed)
	}
	first := max(lastPrinted(lines, at)+1-rows, 0)
	shown := lines[min(first, len(lines)):]
	stampWidth := measure("0.000000 s  ", f.SmallMono)
	for _, l := range shown { // a time to the nanosecond is wider: the text starts after the widest
		stampWidth = max(stampWidth, measure(layout.FormatTime(l.t)+"  ", f.SmallMono))
	}
	for _, l := range shown {
		if a.hiddenAt(l.t) { // a prediction: what was printed after the time revealed stays hidden
			break
		}
		if y+f.Line > float64(r.Max.Y) {
			break
		}
		c := colInk
		switch {
		case l.t > at:
			c = colFaint
		case l.note:
			c = colExpected
		case l.alert:
			c = colAlert
		}
		x := float64(r.Min.X) + 8*u
		stamp := layout.FormatTime(l.t)
		ebitenview.DrawText(img, stamp, f.SmallMono, x, y, colFaint)
		x += stampWidth
		ebitenview.DrawText(img, ebitenview.Fit(l.text, f.Mono, float64(r.Max.X)-x-8*u), f.Mono, x, y, c)
		y += f.Line
	}
}

// lastPrinted returns the index of the last line printed at or before t, or -1.
func lastPrinted(lines []consoleLine, t int64) int {
	last := -1
	for i, l := range lines {
		if l.t <= t {
			last = i
		}
	}
	return last
}

// drawFrames draws the borders between the parts.
func (a *App) drawFrames(dst *ebiten.Image, r regions) {
	u := a.uiScale()
	if a.scenes.Presenting() {
		for _, side := range []image.Rectangle{r.list, r.source} {
			if !side.Empty() {
				fillRect(dst, float64(side.Max.X)-u, 0, u, float64(a.h), colBorder)
			}
		}
		if !r.console.Empty() {
			fillRect(dst, float64(r.console.Min.X), float64(r.console.Min.Y), float64(r.console.Dx()), u, colBorder)
		}
		return
	}
	fillRect(dst, float64(r.list.Max.X)-u, 0, u, float64(a.h), colBorder)
	fillRect(dst, float64(r.console.Min.X), float64(r.console.Min.Y), float64(r.console.Dx()), u, colBorder)
	if a.listMode {
		fillRect(dst, 0, float64(r.list.Max.Y)-u, float64(r.list.Dx()), u, colBorder)
	}
}

// sourceLines returns the lines of the script shown.
func (a *App) sourceLines() []string {
	src := a.scenarios[a.cur].Source
	if a.broken != nil { // the script as edited, whose error is shown
		src = a.broken.source
	} else if a.last != nil && a.last.key == a.scenarios[a.cur].job().key {
		src = a.last.source
	}
	return splitLines(src)
}

// highlightLine returns the script line of the current event or of the selected future, or 0.
func (a *App) highlightLine() int {
	if a.viewer == nil || a.broken != nil { // the lines shown are not the run's
		return 0
	}
	s := a.viewer.State()
	if s.Event >= 0 {
		if e, ok := viewstate.EventBySeq(s.Trace, s.Event); ok && e.Line > 0 {
			return e.Line
		}
	}
	if id := s.Selected.Future(); id > 0 {
		for _, fi := range s.Trace.Futures() {
			if fi.ID == id {
				return fi.Line
			}
		}
	}
	return 0
}

// errorLine returns the line of the script shown where its run failed: the syntax error of a run
// that did not compile (shown over the last good one), else the line where the run shown stopped;
// 0 when it did not fail, or while a prediction hides the end of the run.
func (a *App) errorLine() int {
	switch {
	case a.last != nil && a.hiddenAt(a.last.trace.End()): // a prediction: where it fails is the question
	case a.broken != nil:
		return a.broken.errLine
	case a.last != nil && a.last.failed:
		return a.last.errLine
	}
	return 0
}

// followSource scrolls the source to keep the highlighted line in sight.
func (a *App) followSource() {
	hl := a.highlightLine()
	if hl == 0 || a.faces == nil {
		return
	}
	r := a.regions().source
	rows := max(int((float64(r.Dy())-a.faces.Line*1.5)/a.faces.Line)-1, 1)
	if hl-1 < a.srcScroll {
		a.srcScroll = max(hl-3, 0)
	} else if hl-1 >= a.srcScroll+rows {
		a.srcScroll = hl - rows + 2
	}
}
