package intent

import "github.com/futurescope/futurescope/render/ebitenview/viewstate"

// A Press is one key pressed (or repeating while held), by the key map's name: a typed letter or
// digit in lower case, a named key, or a Ctrl combination (viewstate.KeyCtrlPlus …).
type Press struct {
	Key   viewstate.Key
	Shift bool
}

// A Part is a part of the window that can have the focus.
type Part uint8

// The parts.
const (
	Timeline Part = iota
	ListPart
	TextPart
)

// A Context is what the window's state changes about a key's intent: which part has the focus,
// whether presenter mode is on, and whether a prediction hides part of the run shown (→ then
// reveals its next event, wherever the focus is, instead of stepping the timeline by time).
type Context struct {
	Focus      Part
	Presenter  bool
	Predicting bool
}

// commands maps the key map's window commands that need no context to intents.
var commands = map[viewstate.Command]Intent{
	viewstate.CmdPresent:   {Op: Present},
	viewstate.CmdRerun:     {Op: Rerun},
	viewstate.CmdLang:      {Op: Lang},
	viewstate.CmdStop:      {Op: Stop},
	viewstate.CmdNextBlock: {Op: Block, N: 1},
	viewstate.CmdPrevBlock: {Op: Block, N: -1},
	viewstate.CmdPNG:       {Op: Export, Export: string(viewstate.CmdPNG)},
	viewstate.CmdSVG:       {Op: Export, Export: string(viewstate.CmdSVG)},
	viewstate.CmdTrace:     {Op: Export, Export: string(viewstate.CmdTrace)},
	viewstate.CmdChrome:    {Op: Export, Export: string(viewstate.CmdChrome)},
	viewstate.CmdFull:      {Op: Fullscreen},
	viewstate.CmdPanelText: {Op: Panel, Panel: TextPanel},
	viewstate.CmdPanelCons: {Op: Panel, Panel: Console},
	viewstate.CmdPanelList: {Op: Panel, Panel: List},
	viewstate.CmdBigger:    {Op: Size, N: 1},
	viewstate.CmdSmaller:   {Op: Size, N: -1},
	viewstate.CmdNormal:    {Op: Size, N: 0},
	viewstate.CmdPredict:   {Op: Predict},
	viewstate.CmdAnswer:    {Op: Answer},
}

// motions are the keys that move within the list or the lesson text when it has the focus.
var motions = map[viewstate.Key]Motion{
	viewstate.KeyUp: Up, viewstate.KeyDown: Down, viewstate.KeyPageUp: PageUp, viewstate.KeyPageDown: PageDown,
	viewstate.KeyHome: Home, viewstate.KeyEnd: End, viewstate.KeyEnter: Enter,
}

// FromKeys returns the intents of the keys pressed in one tick, in order, by the key map m, in
// context c. Keys that are only the timeline's make none: the viewer reads those itself.
func FromKeys(m []viewstate.KeyRow, presses []Press, c Context) []Intent {
	var out []Intent
	for _, p := range presses {
		if in, ok := fromKey(m, p, c); ok {
			out = append(out, in)
		}
	}
	return out
}

// fromKey returns the intent of one press in context c, if it has one.
func fromKey(m []viewstate.KeyRow, p Press, c Context) (Intent, bool) {
	if c.Predicting && p.Key == viewstate.KeyRight && !p.Shift {
		return Intent{Op: Reveal}, true
	}
	cmd := viewstate.CommandOf(m, p.Key, p.Shift)
	switch cmd {
	case viewstate.CmdNextSlide, viewstate.CmdPrevSlide:
		if c.Presenter {
			n := 1
			if cmd == viewstate.CmdPrevSlide {
				n = -1
			}
			return Intent{Op: Slide, N: n}, true
		}
	case viewstate.CmdFocus:
		if p.Shift {
			return Intent{Op: Focus, N: -1}, true
		}
		return Intent{Op: Focus, N: 1}, true
	case viewstate.CmdChoose:
		return Intent{Op: Digit, N: int(p.Key[0] - '0')}, true
	case viewstate.CmdNone:
	default:
		in, ok := commands[cmd]
		return in, ok
	}
	if mv, ok := motions[p.Key]; ok && c.Focus != Timeline && viewstate.FocusedKey(m, p.Key, p.Shift) {
		return Intent{Op: Move, Move: mv}, true
	}
	return Intent{}, false
}

// Withheld reports whether the window keeps key k from the timeline in context c: the keys that
// move within the list or the text when one has the focus, PgUp and PgDn, which turn the slides
// in presenter mode, and →, which reveals a prediction's next event.
func Withheld(m []viewstate.KeyRow, k viewstate.Key, shift bool, c Context) bool {
	if c.Predicting && k == viewstate.KeyRight && !shift {
		return true
	}
	if c.Presenter && (k == viewstate.KeyPageUp || k == viewstate.KeyPageDown) {
		return true
	}
	return c.Focus != Timeline && viewstate.FocusedKey(m, k, shift)
}
