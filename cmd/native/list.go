package main

import (
	"image"

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

// A listPanel draws the list of lessons or scenarios, the side's (scene.Lister: its rows, scrolling
// and focus), and fits it to the window: the side says what the rows are and opens the one chosen.
type listPanel struct {
	win *window
}

// sync tells the side's list model how many rows there are, which is open and how many fit, and
// lets it scroll to keep the open one in sight.
func (l listPanel) sync(s side) {
	room := float64(l.win.h) * 0.34 // a third of the window at most, else it scrolls
	if l.win.scenes.Presenting() {  // a column of its own
		room = float64(l.win.h)
	}
	rows, list := s.listing(), &s.lister().List
	list.N, list.Cur = rows.n, rows.cur
	list.Rows = scene.FitRows(list.N, room, l.top(), l.rowH())
	list.Follow()
}

// height returns the height of the list of s, its header and its rows.
func (l listPanel) height(s side) float64 { return l.top() + float64(s.lister().List.Rows)*l.rowH() }

// top returns the height of the list's header, above its first row.
func (l listPanel) top() float64 {
	if l.win.faces == nil {
		return 28 * l.win.uiScale()
	}
	return l.win.faces.Line * 1.7
}

// rowH returns the height of a row of the list.
func (l listPanel) rowH() float64 {
	if l.win.faces == nil {
		return 22 * l.win.uiScale()
	}
	return l.win.faces.Line * 1.35
}

// click opens the row of s at p, in the list's part r, if any.
func (l listPanel) click(p image.Point, r image.Rectangle, s side) {
	if i := s.lister().List.At(float64(p.Y-r.Min.Y), l.top(), l.rowH()); i >= 0 {
		s.choose(i)
	}
}

// Draw draws the list of s in r, the row open highlighted, under the side's header (lang: where the
// course's language switch goes), which is underlined when the list has the focus.
func (l listPanel) Draw(dst *ebiten.Image, r, lang image.Rectangle, s side) {
	img := dst.SubImage(r).(*ebiten.Image)
	img.Fill(colSide)
	f, u := l.win.faces, l.win.uiScale()
	ls := s.lister()
	s.header(img, r, lang, ls.Focus == intent.ListPart)
	if !ls.Listed {
		return
	}
	y := float64(r.Min.Y) + l.top()
	rowH := l.rowH()
	numW := measure("00", f.Sans) + 10*u
	rows, list := s.listing(), ls.List
	for i := list.First; i < min(list.First+list.Rows, list.N); i++ {
		if i == rows.cur {
			fillRect(img, float64(r.Min.X), y, float64(r.Dx()), rowH, colSel)
		}
		num, name := rows.label(i)
		x := float64(r.Min.X) + 10*u
		ebitenview.DrawTextMiddle(img, num, f.Sans, x+numW-10*u-measure(num, f.Sans), y+rowH/2, colMuted)
		ebitenview.DrawTextMiddle(img, ebitenview.Fit(name, f.Sans, float64(r.Max.X)-x-numW-10*u), f.Sans, x+numW, y+rowH/2, colInk)
		y += rowH
	}
	if list.Rows < list.N {
		l.win.pen().listScroll(img, r, float64(r.Min.Y)+l.top(), rowH, list)
	}
}
