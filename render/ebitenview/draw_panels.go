package ebitenview

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
)

// drawHeader writes the run's name and how it ended, then the playback status.
func (v *Viewer) drawHeader(img *ebiten.Image, g viewstate.Geometry) {
	s, f, u := v.state, v.faces, v.scale
	h := g.Header
	y := h.Y + 2*u
	v.drawText(img, s.Scene.Title, f.Title, h.X, y, ink)
	if v.Focused && !v.away { // the title is underlined while the timeline has the keys, as the app's panels are
		v.fill.begin(img)
		v.fill.rect(float32(h.X-2*u), float32(y+f.Line+0.5*u), float32(text.Advance(s.Scene.Title, f.Title)+4*u), float32(2*u), rgba(layout.Blue))
		v.fill.flush()
	}
	x := h.X + text.Advance(s.Scene.Title, f.Title) + 14*u
	hint := v.words.HelpHint
	v.drawTextRight(img, hint, f.Sans, h.Right(), y, muted)
	if s.Scene.Outcome != "" && !v.conceal.on { // a prediction: how it ends is the question
		out := v.words.EndedWith(s.Scene.Outcome)
		v.drawText(img, Fit(out, f.Bold, h.Right()-x-text.Advance(hint, f.Sans)-20*u), f.Bold, x, y, alert)
	}
	v.drawText(img, Fit(v.status(), f.Sans, h.W), f.Sans, h.X, y+f.Line+2*u, muted)
}

// status is the playback line: "paused · t = 0.25 s of 1.02 s · speed 0.12× (2 ms a tick) · view: …".
func (v *Viewer) status() string {
	s, w := v.state, v.words
	play := w.Paused
	if s.Playing {
		play = w.Playing
	}
	factor := s.Rate()
	end := layout.FormatTime(s.Scene.End)
	if v.conceal.on {
		end = "?"
	}
	return strings.Join([]string{play,
		viewstate.Format(w.Playhead, "at", layout.FormatDuration(s.Playhead), "end", end),
		viewstate.Format(w.Speed, "factor", strconv.FormatFloat(factor, 'g', 2, 64)),
		viewstate.Format(w.View, "view", w.Mode(s.Mode))}, "  ·  ")
}

// drawPanel writes the detail panel: the selection's details, or the events at the playhead.
func (v *Viewer) drawPanel(img *ebiten.Image, g viewstate.Geometry) {
	f, u := v.faces, v.scale
	p := g.Panel
	v.fill.begin(img)
	v.fill.rect(float32(p.X), float32(p.Y), float32(p.W), float32(p.H), panelBg)
	v.fill.rect(float32(p.X), float32(p.Y), float32(p.W), float32(u), border)
	v.fill.flush()
	x, y, w := p.X+8*u, p.Y+6*u, p.W-16*u
	for _, l := range v.details() {
		if y+f.Line > p.Bottom() {
			break
		}
		face, c := f.Sans, ink
		switch l.Tone {
		case viewstate.Title:
			face = f.Bold
		case viewstate.Muted:
			c = muted
		case viewstate.Code:
			face = f.Mono
			s := Fit(l.Text, face, w)
			v.fill.begin(img)
			v.fill.rect(float32(x-3*u), float32(y), float32(text.Advance(s, face)+6*u), float32(f.Line), codeBg)
			v.fill.flush()
		case viewstate.Alert:
			c = alert
		}
		v.drawText(img, Fit(l.Text, face, w), face, x, y, c)
		y += f.Line
	}
}

// drawTooltip writes, next to the pointer, what is under it: a shape's or rule's detail, or a lane's
// whole label and description.
func (v *Viewer) drawTooltip(img *ebiten.Image, g viewstate.Geometry) {
	s := v.state
	if s.Hovered.IsZero() || s.Help || !g.Bounds.Contains(v.cursorX, v.cursorY) {
		return
	}
	msg := s.Hovered.Text()
	if msg == "" {
		return
	}
	f, u := v.faces, v.scale
	lines := Wrap(msg, f.Sans, min(520*u, g.Bounds.W-40*u))
	w := 0.0
	for _, l := range lines {
		w = max(w, text.Advance(l, f.Sans))
	}
	w += 12 * u
	h := float64(len(lines))*f.Line + 8*u
	x, y := v.cursorX+14*u, v.cursorY+18*u
	if x+w > g.Bounds.Right() {
		x = max(g.Bounds.X, v.cursorX-w-8*u)
	}
	if y+h > g.Bounds.Bottom() {
		y = max(g.Bounds.Y, v.cursorY-h-8*u)
	}
	v.box(img, x, y, w, h, color.RGBA{0xff, 0xff, 0xf4, 0xff})
	for i, l := range lines {
		v.drawText(img, l, f.Sans, x+6*u, y+4*u+float64(i)*f.Line, ink)
	}
}

// box draws a filled box with a border.
func (v *Viewer) box(img *ebiten.Image, x, y, w, h float64, bg color.RGBA) {
	u := float32(v.scale)
	v.fill.begin(img)
	v.fill.rect(float32(x), float32(y), float32(w), float32(h), border)
	v.fill.rect(float32(x)+u, float32(y)+u, float32(w)-2*u, float32(h)-2*u, bg)
	v.fill.flush()
}

// drawFrameTime writes how long drawing takes, when the readout is on.
func (v *Viewer) drawFrameTime(img *ebiten.Image, g viewstate.Geometry) {
	if !v.state.FrameTime {
		return
	}
	f, u := v.faces, v.scale
	msg := fmt.Sprintf("draw %.2f ms · %.0f fps · %.0f tps", float64(v.drawTime.Microseconds())/1000, ebiten.ActualFPS(), ebiten.ActualTPS())
	w := text.Advance(msg, f.SmallMono) + 12*u
	x, y := g.Bounds.Right()-w-8*u, g.Header.Bottom()-f.Line
	v.box(img, x, y, w, f.Line+2*u, color.RGBA{0xff, 0xff, 0xff, 0xff})
	v.drawText(img, msg, f.SmallMono, x+6*u, y+u, ink)
}
