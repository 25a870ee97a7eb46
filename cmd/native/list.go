package main

import (
	"image"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/render/ebitenview"
)

// A listing is what the list shows: how many rows, the row open, and each row's number and name.
type listing struct {
	n, cur int
	label  func(i int) (num, name string)
}

// A listPanel is the list of lessons or scenarios: its rows and scrolling (scene.List), and the
// number being typed to choose one. The side says what the rows are and opens the one chosen.
type listPanel struct {
	win   *window
	list  scene.List
	typed digits
}

// sync tells the list model how many rows there are, which is open and how many fit, and lets it
// scroll to keep the open one in sight.
func (l *listPanel) sync(s side) {
	room := float64(l.win.h) * 0.34 // a third of the window at most, else it scrolls
	if l.win.scenes.Presenting() {  // a column of its own
		room = float64(l.win.h)
	}
	rows := s.listing()
	l.list.N, l.list.Cur = rows.n, rows.cur
	l.list.Rows = scene.FitRows(l.list.N, room, l.top(), l.rowH())
	l.list.Follow()
}

// height returns the list's height, its header and its rows.
func (l *listPanel) height() float64 { return l.top() + float64(l.list.Rows)*l.rowH() }

// top returns the height of the list's header, above its first row.
func (l *listPanel) top() float64 {
	if l.win.faces == nil {
		return 28 * l.win.uiScale()
	}
	return l.win.faces.Line * 1.7
}

// rowH returns the height of a row of the list.
func (l *listPanel) rowH() float64 {
	if l.win.faces == nil {
		return 22 * l.win.uiScale()
	}
	return l.win.faces.Line * 1.35
}

// Update carries out a motion within the list: ↑↓ PgUp PgDn Home End choose (see scene.List.Move).
// It reports whether the motion leaves the list instead (Enter: the focus moves on).
func (l *listPanel) Update(mv intent.Motion, s side) (leave bool) {
	if to, ok := l.list.Move(mv); ok {
		s.choose(to)
		return false
	}
	return mv == intent.Enter
}

// typeDigit handles digit d typed now, opening the row it numbers (from 1), if any.
func (l *listPanel) typeDigit(d int, s side) {
	if n, ok := l.typed.add(d, l.win.clock(), s.listing().n); ok {
		s.choose(n - 1)
	}
}

// click opens the row at p, in the list's part r, if any.
func (l *listPanel) click(p image.Point, r image.Rectangle, s side) {
	if i := l.list.At(float64(p.Y-r.Min.Y), l.top(), l.rowH()); i >= 0 {
		s.choose(i)
	}
}

// Draw draws the list in r, the row open highlighted, under the side's header (lang: where the
// course's language switch goes).
func (l *listPanel) Draw(dst *ebiten.Image, r, lang image.Rectangle, s side, focused bool) {
	img := dst.SubImage(r).(*ebiten.Image)
	img.Fill(colSide)
	f, u := l.win.faces, l.win.uiScale()
	s.header(img, r, lang, focused)
	if !s.listed() {
		return
	}
	y := float64(r.Min.Y) + l.top()
	rowH := l.rowH()
	numW := measure("00", f.Sans) + 10*u
	rows := s.listing()
	for i := l.list.First; i < min(l.list.First+l.list.Rows, l.list.N); i++ {
		if i == rows.cur {
			fillRect(img, float64(r.Min.X), y, float64(r.Dx()), rowH, colSel)
		}
		num, name := rows.label(i)
		x := float64(r.Min.X) + 10*u
		ebitenview.DrawTextMiddle(img, num, f.Sans, x+numW-10*u-measure(num, f.Sans), y+rowH/2, colMuted)
		ebitenview.DrawTextMiddle(img, ebitenview.Fit(name, f.Sans, float64(r.Max.X)-x-numW-10*u), f.Sans, x+numW, y+rowH/2, colInk)
		y += rowH
	}
	if l.list.Rows < l.list.N {
		l.win.pen().listScroll(img, r, float64(r.Min.Y)+l.top(), rowH, l.list)
	}
}

// digits remembers the number being typed, so that two digits make one number.
type digits struct {
	n  int       // the number typed so far
	at time.Time // when its last digit was typed
}

// twoDigitWithin is how soon a second digit must follow the first, in real time whatever the frame
// rate.
const twoDigitWithin = time.Second

// add adds digit d, typed at now, and returns the number (1 to most) it makes, if any.
func (t *digits) add(d int, now time.Time, most int) (int, bool) {
	if n := t.n*10 + d; t.n > 0 && now.Sub(t.at) <= twoDigitWithin && n <= most {
		t.n, t.at = n, now
		return n, true
	}
	t.n, t.at = d, now
	return d, d >= 1 && d <= most
}
