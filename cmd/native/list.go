package main

import (
	"image"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/render/ebitenview"
)

// A listing is what the list shows: how many rows, the row open, and each row's number and name.
type listing struct {
	n, cur int
	label  func(i int) (num, name string)
}

// listing returns the list's rows: the course's lessons (each its order and title), or the
// scenarios (each its place and name).
func (a *App) listing() listing {
	if c := a.course; c != nil {
		return listing{n: len(c.List()), cur: c.Lesson, label: func(i int) (string, string) {
			l := c.List()[i]
			return strconv.Itoa(l.Order), l.Title
		}}
	}
	return listing{n: len(a.scenarios), cur: a.cur, label: func(i int) (string, string) {
		return strconv.Itoa(i + 1), a.scenarios[i].Name
	}}
}

// syncList tells the list model (scene.List) how many rows there are, which is open and how many
// fit, and lets it scroll to keep the open one in sight.
func (a *App) syncList() {
	room := float64(a.h) * 0.34 // a third of the window at most, else it scrolls
	if a.scenes.Presenting() {  // a column of its own
		room = float64(a.h)
	}
	l := &a.list
	rows := a.listing()
	l.N, l.Cur = rows.n, rows.cur
	l.Rows = scene.FitRows(l.N, room, a.listTop(), a.listRowH())
	l.Follow()
}

// listTop returns the height of the list's header, above its first row.
func (a *App) listTop() float64 {
	if a.faces == nil {
		return 28 * a.uiScale()
	}
	return a.faces.Line * 1.7
}

// drawList draws the list (the row open highlighted) with, for the course, its language switch;
// or the name of the watched file.
func (a *App) drawList(dst *ebiten.Image, r image.Rectangle) {
	img := dst.SubImage(r).(*ebiten.Image)
	img.Fill(colSide)
	f, u := a.faces, a.uiScale()
	switch {
	case !a.listMode:
		a.pen().header(img, r, a.scenarios[0].Name+".py", "re-runs when the file changes", false)
		return
	case a.course != nil:
		t := a.ui()
		lang := a.regions().lang
		a.pen().header(img, image.Rect(r.Min.X, r.Min.Y, lang.Min.X, r.Max.Y), t.lessons, t.listKeys, a.focus == focusList)
		a.pen().langSwitch(img, lang, a.course.Lang)
	default:
		a.pen().header(img, r, "Scenarios", "↑↓ choose · Tab: list / timeline · F: presenter mode", a.focus == focusList)
	}
	y := float64(r.Min.Y) + a.listTop()
	rowH := a.listRowH()
	numW := measure("00", f.Sans) + 10*u
	rows := a.listing()
	for i := a.list.First; i < min(a.list.First+a.list.Rows, a.list.N); i++ {
		if i == rows.cur {
			fillRect(img, float64(r.Min.X), y, float64(r.Dx()), rowH, colSel)
		}
		num, name := rows.label(i)
		x := float64(r.Min.X) + 10*u
		ebitenview.DrawTextMiddle(img, num, f.Sans, x+numW-10*u-measure(num, f.Sans), y+rowH/2, colMuted)
		ebitenview.DrawTextMiddle(img, ebitenview.Fit(name, f.Sans, float64(r.Max.X)-x-numW-10*u), f.Sans, x+numW, y+rowH/2, colInk)
		y += rowH
	}
	if a.list.Rows < a.list.N {
		a.pen().listScroll(img, r, float64(r.Min.Y)+a.listTop(), a.listRowH(), a.list)
	}
}
