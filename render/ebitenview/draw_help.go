package ebitenview

import (
	"image/color"
	"slices"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
)

// drawHelp draws the help overlay: the keys on the left, the legend of what the run's shapes mean
// on the right (or below the keys, or, when there is no room, only in the legend strip). Its text
// shrinks until every key and its whole description fit, so it reads at every size: nothing is cut
// and nothing overlaps.
func (v *Viewer) drawHelp(img *ebiten.Image, g viewstate.Geometry) {
	if !v.state.Help {
		return
	}
	u := v.scale
	b := g.Bounds
	v.fill.begin(img)
	v.fill.rect(float32(b.X), float32(b.Y), float32(b.W), float32(b.H), color.RGBA{0, 0, 0, 0x70})
	v.fill.flush()
	m := min(24*u, b.W*0.03)
	x, y, w, h := b.X+m, b.Y+m, b.W-2*m, b.H-2*m
	v.box(img, x, y, w, h, white)
	pad := 14 * u
	x, y, w, h = x+pad, y+pad*0.85, w-2*pad, h-1.85*pad
	bindings := append(slices.Clip(v.words.Bindings), v.keys...)
	f, keyW, keysW := v.helpFaces(bindings, w, h)
	words := v.words
	v.drawText(img, words.HelpTitle, f.Title, x, y, ink)
	top := y + f.Line*1.8
	ky := top
	for _, bd := range bindings {
		v.drawText(img, bd.Keys, f.Bold, x, ky, ink)
		v.drawText(img, Fit(bd.Does, f.Sans, w-keyW), f.Sans, x+keyW, ky, muted) // cut only below half size
		ky += f.Line * 1.15
	}
	saved := v.faces
	v.faces = f // the legend writes in the help's size
	defer func() { v.faces = saved }()
	switch {
	case w-keysW >= w*0.3:
		v.legend(img, x+keysW+10*u, top, w-keysW-10*u, y+h)
	case y+h-ky >= 5*f.Line*1.15:
		v.legend(img, x, ky+f.Line*1.6, w, y+h)
	}
}

// helpFaces returns the faces the help overlay writes in, the width of its keys' column and of the
// keys with their descriptions: the viewer's own, or smaller ones, so that the keys fit a box w × h
// beside the legend (at 0.6 of the viewer's size at least), or else fill its width (at half of it).
func (v *Viewer) helpFaces(bindings []viewstate.Binding, w, h float64) (*Faces, float64, float64) {
	for _, try := range [][2]float64{{0.68, 0.6}, {1, 0.5}} {
		share, least := try[0], try[1]
		for k := 1.0; ; k *= 0.92 {
			f, keyW, keysW := v.helpAt(bindings, k)
			rows := f.Line*1.8 + float64(len(bindings))*f.Line*1.15
			if keysW <= w*share && rows <= h {
				return f, keyW, keysW
			}
			if k*0.92 < least {
				if share == 1 {
					return f, keyW, keysW
				}
				break
			}
		}
	}
	panic("unreachable")
}

// helpAt returns the faces at k times the viewer's size, the width of the keys' column, and of the
// keys with their descriptions.
func (v *Viewer) helpAt(bindings []viewstate.Binding, k float64) (*Faces, float64, float64) {
	u := v.scale
	f := v.faces
	if k < 1 {
		if size := BaseSize * u * k; v.help == nil || v.helpSize != size {
			v.help, v.helpSize = v.fonts.Faces(size), size
		}
		f = v.help
	}
	keyW, doesW := 0.0, 0.0
	for _, bd := range bindings {
		keyW = max(keyW, text.Advance(bd.Keys, f.Bold))
		doesW = max(doesW, text.Advance(bd.Does, f.Sans))
	}
	keyW += 12 * u * k
	return f, keyW, keyW + doesW + 16*u*k
}

// legend explains every style the shown views use: a swatch, the name and the meaning.
func (v *Viewer) legend(img *ebiten.Image, x, y, w, bottom float64) {
	f, scale := v.faces, v.scale
	u := min(scale, f.Size/BaseSize) // the help's size, when it writes smaller than the viewer
	v.drawText(img, v.words.Shapes, f.Bold, x, y-f.Line*1.1, ink)
	s := v.state.Scene
	var views []*layout.View
	for _, r := range v.state.Rows() {
		if r.Heading() {
			views = append(views, r.View)
		}
	}
	rowH := f.Line * 1.15
	for _, st := range s.Used(views...) {
		if y+rowH > bottom {
			break
		}
		v.scale = u // the swatch as big as the help's text
		v.swatch(img, st, x, y, rowH)
		v.scale = scale
		name, meaning := v.words.Look(st)
		tx := x + 40*u
		v.drawText(img, name, f.Bold, tx, y, ink)
		nx := tx + text.Advance(name, f.Bold) + 8*u
		lines := WrapText(meaning, f.Small, x+w-nx)
		if len(lines) > 1 { // a long meaning goes on the lines below its name, whole
			nx = tx + 8*u
			lines = WrapText(meaning, f.Small, x+w-nx)
			y += rowH
		}
		for _, l := range lines {
			if y+rowH > bottom {
				break
			}
			v.drawText(img, l, f.Small, nx, y+f.Line*0.1, muted)
			y += rowH
		}
	}
	if len(s.Workers) > 0 && y+rowH <= bottom {
		v.workers(img, x, y+rowH*0.3, w, bottom)
	}
}

// workers names each worker's colour, in as many lines as the box has room for; what does not fit
// is counted ("+3").
func (v *Viewer) workers(img *ebiten.Image, x, y, w, bottom float64) {
	f, u := v.faces, v.scale
	v.drawText(img, v.words.Workers, f.Bold, x, y, ink)
	indent := x + text.Advance(v.words.Workers+" ", f.Bold)
	cx := indent
	all := v.state.Scene.Workers
	for i, wk := range all {
		label := wk.Name
		lw := text.Advance(label, f.Small) + 24*u
		if cx+lw > x+w && cx > indent {
			if y+2*f.Line*1.15 > bottom {
				v.drawText(img, "+"+strconv.Itoa(len(all)-i), f.Small, cx, y+f.Line*0.1, muted)
				return
			}
			cx, y = indent, y+f.Line*1.15
		}
		v.fill.begin(img)
		v.fill.rect(float32(cx), float32(y+f.Line/2-5*u), float32(14*u), float32(10*u), rgba(layout.WorkerColor(wk.Number)))
		v.fill.flush()
		v.drawText(img, Fit(label, f.Small, x+w-cx-18*u), f.Small, cx+18*u, y+f.Line*0.1, ink)
		cx += lw
	}
}

// swatch draws a small sample of style st in a row whose top is y.
func (v *Viewer) swatch(img *ebiten.Image, st layout.Style, x, y, rowH float64) {
	u := v.scale
	look := st.Look()
	sh := layout.Shape{Style: st, T0: 0, T1: 1, Seq: -1}
	if st == layout.Running || st == layout.CallQueue || st == layout.Returning {
		sh.Worker = 1
	}
	for _, b := range []*batch{v.fill, v.hatch, v.dots, v.checks, v.strokes, v.marks} {
		b.begin(img)
	}
	mid := y + rowH/2
	fc, sc := sh.Colors()
	switch {
	case st == layout.Value:
		v.drawTextMiddle(img, "42", v.faces.SmallMono, x+6*u, mid, ink)
	case st >= layout.WaitReturned:
		v.strokes.dashedV(float32(x+15*u), float32(mid-rowH*0.45), float32(mid+rowH*0.45), float32(1.6*u), float32(4*u), float32(2*u), rgba(sc))
		glyph(v.marks, look.Glyph, look.Hollow, x+15*u, mid-3*u, 4.5*u, u, rgba(sc))
	case look.Glyph != layout.NoGlyph && st != layout.ThreadLife && st != layout.ProcessLife:
		glyph(v.marks, look.Glyph, look.Hollow, x+15*u, mid, 6*u, u, rgba(fc))
	default:
		g := viewstate.Geometry{Plot: viewstate.Rect{X: x, W: 30 * u}, T0: 0, T1: 1, Unit: rowH, M: viewstate.Metrics{Scale: u}}
		g.Plot.W = 30 * u
		if st == layout.ThreadLife || st == layout.ProcessLife {
			sh.Kind = layout.Line
			v.lifeLine(&sh, mid, g)
		} else {
			var texts []textOp
			v.span(&sh, mid-6*u, mid+6*u, g, &texts)
		}
	}
	for _, b := range []*batch{v.fill, v.hatch, v.dots, v.checks, v.strokes, v.marks} {
		b.flush()
	}
}

// WrapText breaks s into lines no wider than w in face, at spaces, or between characters in text
// without them (Chinese); a word wider than w has a line of its own.
func WrapText(s string, face text.Face, w float64) []string {
	var out []string
	line := ""
	start := 0
	flush := func(word string) {
		if line != "" && text.Advance(line+word, face) > w {
			out = append(out, strings.TrimRight(line, " "))
			line = strings.TrimLeft(word, " ")
			return
		}
		line += word
	}
	for i, r := range s {
		switch {
		case r == ' ':
			flush(s[start : i+1])
			start = i + 1
		case r >= 0x2e80:
			if i > start {
				flush(s[start:i])
			}
			start = i
		}
	}
	flush(s[start:])
	return append(out, strings.TrimRight(line, " "))
}
