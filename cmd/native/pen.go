package main

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"github.com/futurescope/futurescope/cmd/native/doclayout"
	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/render/ebitenview"
)

// A pen draws what the window's panels have in common, at one size: its faces, and u, the size of a
// logical pixel. It knows nothing of the App: each panel hands it what to draw.
type pen struct {
	f *ebitenview.Faces
	u float64
}

// header writes a panel's title on a band at its top, underlined in blue when it has the focus, and
// returns the height below the band.
func (p pen) header(dst *ebiten.Image, r image.Rectangle, title, note string, focused bool) float64 {
	f, u := p.f, p.u
	x, y := float64(r.Min.X)+8*u, float64(r.Min.Y)+4*u
	ebitenview.DrawText(dst, title, f.Bold, x, y, colInk)
	nx := x + measure(title, f.Bold) + 10*u
	ebitenview.DrawText(dst, ebitenview.Fit(note, f.Small, float64(r.Max.X)-nx-8*u), f.Small, nx, y+f.Line*0.1, colMuted)
	if focused {
		fillRect(dst, float64(r.Min.X)+4*u, y+f.Line+u, measure(title, f.Bold)+8*u, 2*u, colFocus)
	}
	return y + f.Line*1.5
}

// banner writes msg on a highlighted band at the top right of r, below the row bands above it (0:
// the first), the way the timeline says a run is in progress or an export was saved.
func (p pen) banner(dst *ebiten.Image, r image.Rectangle, msg string, row int) {
	f, u := p.f, p.u
	msg = ebitenview.Fit(msg, f.Bold, float64(r.Dx())-56*u)
	w := measure(msg, f.Bold) + 24*u
	x, y := float64(r.Max.X)-w-16*u, float64(r.Min.Y)+8*u+float64(row)*(f.Line+20*u)
	fillRect(dst, x, y, w, f.Line+12*u, colHigh)
	ebitenview.DrawText(dst, msg, f.Bold, x+12*u, y+6*u, colInk)
}

// scrollbar draws a thin bar at r's right edge saying which part of a page h high the view shows,
// scrolled by y; none when the page fits.
func (p pen) scrollbar(dst *ebiten.Image, r, view image.Rectangle, h, y float64) {
	vh := float64(view.Dy())
	if h <= vh {
		return
	}
	bh := max(vh*vh/h, 20*p.u)
	by := float64(view.Min.Y) + (vh-bh)*min(y/(h-vh), 1)
	fillRect(dst, float64(r.Max.X)-8*p.u, by, 4*p.u, bh, colFaint)
}

// listScroll draws a thin bar at the list's right edge saying which of its rows, rowH high from top,
// it shows.
func (p pen) listScroll(dst *ebiten.Image, r image.Rectangle, top, rowH float64, l scene.List) {
	h := float64(l.Rows) * rowH
	n := float64(l.N)
	fillRect(dst, float64(r.Max.X)-7*p.u, top+h*float64(l.First)/n, 3*p.u, h*float64(l.Rows)/n, colFaint)
}

// langLabels are the language switch's labels, in lessons.Languages' order.
var langLabels = map[string]string{"en": "EN", "zh": "中文"}

// langSwitchWidth returns the width of the language switch.
func (p pen) langSwitchWidth() float64 {
	w := 0.0
	for _, l := range lessons.Languages() {
		w += measure(langLabels[l], p.f.Small) + 14*p.u
	}
	return w
}

// langSwitch draws the language switch in r: each language, the one shown (lang) filled.
func (p pen) langSwitch(dst *ebiten.Image, r image.Rectangle, lang string) {
	f, u := p.f, p.u
	x, y, h := float64(r.Min.X), float64(r.Min.Y), float64(r.Dy())
	for _, l := range lessons.Languages() {
		label := langLabels[l]
		w := measure(label, f.Small) + 14*u
		ink := colFocus
		if l == lang {
			fillRect(dst, x, y, w, h, colFocus)
			ink = colWhite
		}
		strokeRect(dst, x, y, w, h, u, colFocus)
		ebitenview.DrawTextMiddle(dst, label, f.Small, x+7*u, y+h/2, ink)
		x += w - u
	}
}

// box draws one of a laid out page's boxes, the page's origin at ox, oy.
func (p pen) box(dst *ebiten.Image, b doclayout.Box, ox, oy float64) {
	switch b.Kind {
	case doclayout.InlineCodeBox:
		vector.DrawFilledRect(dst, float32(ox+b.X), float32(oy+b.Y), float32(b.W), float32(b.H), colInlineBg, true)
	case doclayout.CodeBox:
		fillRect(dst, ox+b.X, oy+b.Y, b.W, b.H, colCodeBg)
	case doclayout.QuoteBar, doclayout.RuleLine:
		fillRect(dst, ox+b.X, oy+b.Y, b.W, b.H, colBorder)
	case doclayout.TableHeaderBox:
		fillRect(dst, ox+b.X, oy+b.Y, b.W, b.H, colTableBg)
	}
}
