package main

import (
	"image"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// keys handles the window's own keys: Tab (focus), F (presenter mode), R (run again), L (the
// course's language), Esc (stop a run in progress), P G J C (exports), then the keys of the list or the lesson text when one has the focus; the
// viewer reads its own when the timeline has it.
func (a *App) keys() {
	switch {
	case inpututil.IsKeyJustPressed(ebiten.KeyTab) && a.listMode:
		a.focus = a.nextFocus(ebiten.IsKeyPressed(ebiten.KeyShift))
	case inpututil.IsKeyJustPressed(ebiten.KeyF):
		a.present = !a.present
	case inpututil.IsKeyJustPressed(ebiten.KeyR):
		a.rerun()
	case inpututil.IsKeyJustPressed(ebiten.KeyL) && a.course != nil:
		a.toggleLang()
	case inpututil.IsKeyJustPressed(ebiten.KeyEscape) && a.running:
		a.stop()
	default:
		a.exportKeys()
	}
	switch a.focus {
	case focusList:
		a.listKeys()
	case focusText:
		a.textKeys()
	}
	if a.focus != focusTimeline {
		a.digitKeys()
	}
}

// nextFocus returns the part Tab moves the focus to (Shift+Tab: back): list, text, timeline in the
// course; list and timeline with scenarios.
func (a *App) nextFocus(back bool) focus {
	order := []focus{focusList, focusTimeline}
	if a.course != nil {
		order = []focus{focusList, focusText, focusTimeline}
	}
	step := 1
	if back {
		step = len(order) - 1
	}
	for i, f := range order {
		if f == a.focus {
			return order[(i+step)%len(order)]
		}
	}
	return order[0]
}

// listKeys handles the list's keys: ↑↓ Home End choose, Enter moves on to the text or timeline.
func (a *App) listKeys() {
	switch {
	case repeated(ebiten.KeyArrowDown):
		a.choose(a.listCur() + 1)
	case repeated(ebiten.KeyArrowUp):
		a.choose(a.listCur() - 1)
	case inpututil.IsKeyJustPressed(ebiten.KeyHome):
		a.choose(0)
	case inpututil.IsKeyJustPressed(ebiten.KeyEnd):
		a.choose(a.listLen() - 1)
	case inpututil.IsKeyJustPressed(ebiten.KeyEnter), inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter):
		a.focus = a.nextFocus(false)
	}
}

// textKeys handles the lesson text's keys: ] [ run the next / previous script block, ↑↓ PgUp PgDn
// Home End scroll, Space plays the timeline, Enter moves the focus to it.
func (a *App) textKeys() {
	page := a.pageHeight()
	switch {
	case inpututil.IsKeyJustPressed(ebiten.KeyBracketRight):
		a.stepBlock(1)
	case inpututil.IsKeyJustPressed(ebiten.KeyBracketLeft):
		a.stepBlock(-1)
	case repeated(ebiten.KeyArrowDown):
		a.scrollText(a.faces.Line * 2)
	case repeated(ebiten.KeyArrowUp):
		a.scrollText(-a.faces.Line * 2)
	case repeated(ebiten.KeyPageDown):
		a.scrollText(page * 0.9)
	case repeated(ebiten.KeyPageUp):
		a.scrollText(-page * 0.9)
	case inpututil.IsKeyJustPressed(ebiten.KeyHome):
		a.course.scroll = 0
	case inpututil.IsKeyJustPressed(ebiten.KeyEnd):
		a.scrollText(1e9)
	case inpututil.IsKeyJustPressed(ebiten.KeySpace) && a.viewer != nil:
		a.viewer.Apply(viewstate.Play())
	case inpututil.IsKeyJustPressed(ebiten.KeyEnter), inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter):
		a.focus = focusTimeline
	}
}

// pageHeight returns the height of the lesson text's view.
func (a *App) pageHeight() float64 { return float64(a.textView(a.regions().source).Dy()) }

// digitKeys opens the row of the number typed: a digit opens its row at once, and a second digit
// typed within a second makes a two-digit number (1 then 1: row 11), when the list is that long.
func (a *App) digitKeys() {
	for k := ebiten.KeyDigit0; k <= ebiten.KeyDigit9; k++ {
		if inpututil.IsKeyJustPressed(k) {
			a.typeDigit(int(k - ebiten.KeyDigit0))
		}
	}
}

// typeDigit handles digit d typed now, opening the row it numbers (from 1), if any.
func (a *App) typeDigit(d int) {
	if n, ok := a.typed.add(d, a.clock(), a.listLen()); ok {
		a.choose(n - 1)
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

// repeated reports whether k was pressed this tick or repeats while held.
func repeated(k ebiten.Key) bool {
	d := inpututil.KeyPressDuration(k)
	return d == 1 || (d > 24 && (d-24)%4 == 0)
}

// pointer handles clicks on the list, the language switch, the lesson text and the timeline, and
// the wheel over the list, the text and the source.
func (a *App) pointer() {
	x, y := ebiten.CursorPosition()
	r := a.regions()
	p := image.Pt(x, y)
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		a.click(p, r)
	}
	_, wy := ebiten.Wheel()
	switch {
	case wy == 0:
	case p.In(r.list):
		a.listFirst = max(min(a.listFirst-int(wy), a.listLen()-a.listRows()), 0)
	case p.In(r.source) && a.course != nil:
		a.scrollText(-wy * 3 * a.faces.Line)
	case p.In(r.source):
		a.srcScroll = max(a.srcScroll-int(wy*3), 0)
	}
}

// click handles a click at p.
func (a *App) click(p image.Point, r regions) {
	switch {
	case p.In(r.lang) && a.course != nil:
		a.toggleLang()
	case p.In(r.list):
		a.focus = focusList
		if i := a.listRow(r.list, p.Y); i >= 0 {
			a.choose(i)
		}
	case p.In(r.source) && a.course != nil:
		a.focus = focusText
		a.clickText(p)
	case p.In(r.timeline):
		a.focus = focusTimeline
	}
}
