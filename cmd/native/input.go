package main

import (
	"image"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// keys handles the window's own keys, as the key map (viewstate.KeyMap) gives them: Tab (focus),
// F (presenter mode), R (run again), L (the course's language), Esc (stop a run in progress), . and ,
// (the lesson's next and previous script), digits (a lesson or scenario), P G J C (exports); then the
// keys that move within the list or the lesson text when one has the focus. The viewer reads the
// timeline's keys itself, whatever has the focus, but for those that move within the focused part.
func (a *App) keys() {
	m := viewstate.KeyMap()
	shift := ebiten.IsKeyPressed(ebiten.KeyShift)
	a.pressed = inpututil.AppendJustPressedKeys(a.pressed[:0])
	for _, k := range a.pressed {
		if vk, ok := windowKey(k); ok {
			a.command(viewstate.CommandOf(m, vk, shift), k)
		}
	}
	switch a.focus {
	case focusList:
		a.listKeys()
	case focusText:
		a.textKeys()
	}
}

// command carries out the window's command c, given by ebiten key k.
func (a *App) command(c viewstate.Command, k ebiten.Key) {
	switch c {
	case viewstate.CmdFocus:
		if a.listMode {
			a.focus = a.nextFocus(ebiten.IsKeyPressed(ebiten.KeyShift))
		}
	case viewstate.CmdPresent:
		a.present = !a.present
	case viewstate.CmdRerun:
		a.rerun()
	case viewstate.CmdLang:
		if a.course != nil {
			a.toggleLang()
		}
	case viewstate.CmdStop:
		if a.running {
			a.stop()
		}
	case viewstate.CmdNextBlock, viewstate.CmdPrevBlock:
		if a.course == nil {
			return
		}
		if c == viewstate.CmdNextBlock {
			a.stepBlock(1)
		} else {
			a.stepBlock(-1)
		}
	case viewstate.CmdChoose:
		a.typeDigit(int(k - ebiten.KeyDigit0))
	case viewstate.CmdPNG, viewstate.CmdSVG, viewstate.CmdTrace, viewstate.CmdChrome:
		a.export(exportKinds[c])
	}
}

// windowKey returns the key map's name of ebiten key k, for the keys the window has: letters and
// digits as typed in lower case, the comma and the full stop, Tab and Esc.
func windowKey(k ebiten.Key) (viewstate.Key, bool) {
	switch {
	case k >= ebiten.KeyA && k <= ebiten.KeyZ:
		return viewstate.Key(rune('a' + (k - ebiten.KeyA))), true
	case k >= ebiten.KeyDigit0 && k <= ebiten.KeyDigit9:
		return viewstate.Key(rune('0' + (k - ebiten.KeyDigit0))), true
	case k == ebiten.KeyComma:
		return ",", true
	case k == ebiten.KeyPeriod:
		return ".", true
	case k == ebiten.KeyTab:
		return viewstate.KeyTab, true
	case k == ebiten.KeyEscape:
		return viewstate.KeyEscape, true
	}
	return "", false
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

// textKeys handles the keys that move within the lesson text: ↑↓ PgUp PgDn Home End scroll, Enter
// moves the focus to the timeline. Its other keys (. and , run the next or previous script) are the
// window's, and Space, [ ], ← → are the timeline's wherever the focus is.
func (a *App) textKeys() {
	page := a.pageHeight()
	switch {
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
	case inpututil.IsKeyJustPressed(ebiten.KeyEnter), inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter):
		a.focus = focusTimeline
	}
}

// pageHeight returns the height of the lesson text's view.
func (a *App) pageHeight() float64 { return float64(a.textView(a.regions().source).Dy()) }

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
