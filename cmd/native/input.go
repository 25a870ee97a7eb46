package main

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// keys turns the keys pressed this tick into the window's intents (package intent, by the key map
// viewstate.KeyMap) and carries them out; held keys repeat where intent.Repeats says. The viewer
// reads the timeline's keys itself, but for those the window withholds (intent.Withheld): the keys
// that move within the list or the text when one has the focus, and PgUp PgDn in presenter mode.
func (a *App) keys() {
	shift := ebiten.IsKeyPressed(ebiten.KeyShift)
	ctrl := ebiten.IsKeyPressed(ebiten.KeyControl) || ebiten.IsKeyPressed(ebiten.KeyMeta)
	a.pressed = inpututil.AppendJustPressedKeys(a.pressed[:0])
	var just, held []viewstate.Key
	for _, k := range a.pressed {
		if vk, ok := windowKey(k, ctrl); ok {
			just = append(just, vk)
		}
	}
	for _, k := range repeatable {
		if repeated(k) {
			vk, _ := windowKey(k, false)
			held = append(held, vk)
		}
	}
	a.press(viewstate.KeyMap(), intent.Presses(just, held, shift, ctrl, a.context())...)
}

// press carries out the intents of keys pressed, by key map m.
func (a *App) press(m []viewstate.KeyRow, presses ...intent.Press) {
	for _, in := range intent.FromKeys(m, presses, a.context()) {
		a.do(in)
	}
}

// repeatable are the ebiten keys of intent.Repeating.
var repeatable = []ebiten.Key{ebiten.KeyArrowUp, ebiten.KeyArrowDown, ebiten.KeyPageUp, ebiten.KeyPageDown}

// context returns the intents' context: the part with the focus, and the scene shown.
func (a *App) context() intent.Context { return a.win.scenes.Context(a.side.lister().Focus) }

// do routes intent in to the part it is for: the runs, exports and predictions to the stage; the
// rest to the side (the focus, the motions, a number typed, a lesson's blocks and language: see
// scene.Course and scene.Lister), the scenes' intents through the scene manager first (presenter
// mode, slides, panels, sizes, fullscreen, a prediction's answer), with its effect.
func (a *App) do(in intent.Intent) {
	w, st := a.win, a.stage
	switch in.Op {
	case intent.Rerun:
		a.side.rerun()
	case intent.Stop:
		st.stop()
	case intent.Export:
		st.export(exportKinds[viewstate.Command(in.Export)], a.Snapshot)
	case intent.Predict, intent.Reveal:
		st.pred.Update(in)
	default:
		var eff scene.Effect
		if scene.Takes(in.Op) {
			eff = w.scenes.Update(in, a.side.Slides)
		}
		if eff.Fullscreen {
			ebiten.SetFullscreen(w.scenes.Full)
		}
		a.side.Update(in, eff, a.regions())
		if in.Op == intent.Answer {
			st.pred.Update(in)
		}
	}
}

// windowKey returns the key map's name of ebiten key k (ctrl: Ctrl is held), for the keys the
// window reads: letters and digits as typed in lower case, the comma and the full stop, Tab, Esc,
// F6 F7 F8 F11, the keys that move within a part, → (a prediction's next event), and Ctrl with + = − 0.
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
	ebiten.KeyEnter: viewstate.KeyEnter, ebiten.KeyNumpadEnter: viewstate.KeyEnter, ebiten.KeyArrowRight: viewstate.KeyRight,
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
		a.side.lister().List.Wheel(int(wy))
	case p.In(r.source):
		a.side.wheel(wy)
	}
}

// click handles a click at p: the part clicked takes the focus, and a row, a script block or the
// language switch clicked opens.
func (a *App) click(p image.Point, r regions) {
	ls := a.side.lister()
	switch {
	case p.In(r.lang):
		a.side.Update(intent.Intent{Op: intent.Lang}, scene.Effect{}, r)
	case p.In(r.list):
		ls.Focus = intent.ListPart
		a.list.click(p, r.list, a.side)
	case p.In(r.source) && a.side.clickText(p, r):
		ls.Focus = intent.TextPart
	case p.In(r.timeline):
		ls.Focus = intent.Timeline
	}
}
