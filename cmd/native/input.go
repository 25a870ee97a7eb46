package main

import (
	"image"
	"slices"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// keys turns the keys pressed this tick into the window's intents (package intent, by the key map
// viewstate.KeyMap) and carries them out. The viewer reads the timeline's keys itself, but for those
// the window withholds (intent.Withheld): the keys that move within the list or the text when one
// has the focus, and PgUp PgDn in presenter mode.
func (a *App) keys() {
	m := viewstate.KeyMap()
	shift := ebiten.IsKeyPressed(ebiten.KeyShift)
	ctrl := ebiten.IsKeyPressed(ebiten.KeyControl) || ebiten.IsKeyPressed(ebiten.KeyMeta)
	a.pressed = inpututil.AppendJustPressedKeys(a.pressed[:0])
	var presses []intent.Press
	repeats := a.focus != focusTimeline || a.scenes.Presenting() // held keys repeat in the list, the text, the slides
	for _, k := range a.pressed {
		if vk, ok := windowKey(k, ctrl); ok && !(repeats && !ctrl && slices.Contains(repeatable, k)) {
			presses = append(presses, intent.Press{Key: vk, Shift: shift && !ctrl})
		}
	}
	if repeats && !ctrl {
		for _, k := range repeatable {
			if repeated(k) {
				vk, _ := windowKey(k, false)
				presses = append(presses, intent.Press{Key: vk, Shift: shift})
			}
		}
	}
	a.press(m, presses...)
}

// press carries out the intents of keys pressed, by key map m.
func (a *App) press(m []viewstate.KeyRow, presses ...intent.Press) {
	for _, in := range intent.FromKeys(m, presses, a.context()) {
		a.do(in)
	}
}

// repeatable are the keys that move within the list or the text, repeating while held.
var repeatable = []ebiten.Key{ebiten.KeyArrowUp, ebiten.KeyArrowDown, ebiten.KeyPageUp, ebiten.KeyPageDown}

// context returns the intents' context: the part with the focus, and the scene shown.
func (a *App) context() intent.Context { return a.scenes.Context(a.focus.part()) }

// do carries out intent in.
func (a *App) do(in intent.Intent) {
	switch in.Op {
	case intent.Focus:
		if a.listMode {
			a.focus = a.focus.next(a.course != nil, in.N < 0)
		}
	case intent.Rerun:
		a.rerun()
	case intent.Lang:
		if a.course != nil {
			a.setLang(a.course.OtherLang())
		}
	case intent.Stop:
		if a.exec.running {
			a.stop()
		}
	case intent.Block:
		if a.course != nil {
			a.selectBlock(a.course.Step(in.N))
		}
	case intent.Digit:
		a.typeDigit(in.N)
	case intent.Export:
		a.export(exportKinds[viewstate.Command(in.Export)])
	case intent.Move:
		a.move(in.Move)
	case intent.Predict:
		a.togglePredict()
	default:
		a.sceneIntent(in)
	}
}

// move carries out a motion within the part with the focus: the list or the lesson text.
func (a *App) move(mv intent.Motion) {
	switch a.focus {
	case focusList:
		a.listMove(mv)
	case focusText:
		a.textMove(mv)
	}
}

// windowKey returns the key map's name of ebiten key k (ctrl: Ctrl is held), for the keys the
// window reads: letters and digits as typed in lower case, the comma and the full stop, Tab, Esc,
// F6 F7 F8 F11, the keys that move within a part, and Ctrl with + = − 0.
func windowKey(k ebiten.Key, ctrl bool) (viewstate.Key, bool) {
	if ctrl {
		switch k {
		case ebiten.KeyEqual:
			return viewstate.KeyCtrlEqual, true
		case ebiten.KeyNumpadAdd:
			return viewstate.KeyCtrlPlus, true
		case ebiten.KeyMinus, ebiten.KeyNumpadSubtract:
			return viewstate.KeyCtrlMinus, true
		case ebiten.KeyDigit0, ebiten.KeyNumpad0:
			return viewstate.KeyCtrl0, true
		}
		return "", false
	}
	switch {
	case k >= ebiten.KeyA && k <= ebiten.KeyZ:
		return viewstate.Key(rune('a' + (k - ebiten.KeyA))), true
	case k >= ebiten.KeyDigit0 && k <= ebiten.KeyDigit9:
		return viewstate.Key(rune('0' + (k - ebiten.KeyDigit0))), true
	}
	if vk, ok := namedWindowKeys[k]; ok {
		return vk, true
	}
	return "", false
}

// namedWindowKeys are the named keys the window reads.
var namedWindowKeys = map[ebiten.Key]viewstate.Key{
	ebiten.KeyComma: ",", ebiten.KeyPeriod: ".", ebiten.KeyTab: viewstate.KeyTab, ebiten.KeyEscape: viewstate.KeyEscape,
	ebiten.KeyF6: viewstate.KeyF6, ebiten.KeyF7: viewstate.KeyF7, ebiten.KeyF8: viewstate.KeyF8, ebiten.KeyF11: viewstate.KeyF11,
	ebiten.KeyArrowUp: viewstate.KeyUp, ebiten.KeyArrowDown: viewstate.KeyDown, ebiten.KeyPageUp: viewstate.KeyPageUp,
	ebiten.KeyPageDown: viewstate.KeyPageDown, ebiten.KeyHome: viewstate.KeyHome, ebiten.KeyEnd: viewstate.KeyEnd,
	ebiten.KeyEnter: viewstate.KeyEnter, ebiten.KeyNumpadEnter: viewstate.KeyEnter,
}

// listMove moves within the list: ↑↓ PgUp PgDn Home End choose (see scene.List.Move), Enter moves
// on to the text or timeline.
func (a *App) listMove(mv intent.Motion) {
	if to, ok := a.list.Move(mv); ok {
		a.choose(to)
	} else if mv == intent.Enter {
		a.focus = a.focus.next(a.course != nil, false)
	}
}

// textMove moves within the lesson text (see scene.Scroll.Move); Enter moves the focus to the
// timeline.
func (a *App) textMove(mv intent.Motion) {
	if a.course == nil || a.faces == nil {
		return
	}
	page := float64(a.textView(a.regions().source).Dy())
	if a.course.Scroll.Move(mv, a.faces.Line, page) {
		a.focus = focusTimeline
	}
}

// typeDigit handles digit d typed now, opening the row it numbers (from 1), if any.
func (a *App) typeDigit(d int) {
	if n, ok := a.typed.add(d, a.clock(), a.listing().n); ok {
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
		a.list.Wheel(int(wy))
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
		a.setLang(a.course.OtherLang())
	case p.In(r.list):
		a.focus = focusList
		if i := a.list.At(float64(p.Y-r.list.Min.Y), a.listTop(), a.listRowH()); i >= 0 {
			a.choose(i)
		}
	case p.In(r.source) && a.course != nil:
		a.focus = focusText
		a.clickText(p)
	case p.In(r.timeline):
		a.focus = focusTimeline
	}
}
