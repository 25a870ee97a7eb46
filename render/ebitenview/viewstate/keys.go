package viewstate

import "strings"

// A Key is a key a user pressed: a named key ("Space", "Left", "F3") or a typed character ("?",
// "+", "v"), so that the keyboard's layout decides what "?" is, not its position.
type Key string

// The named keys the viewer understands.
const (
	KeySpace    Key = "Space"
	KeyLeft     Key = "Left"
	KeyRight    Key = "Right"
	KeyUp       Key = "Up"
	KeyDown     Key = "Down"
	KeyHome     Key = "Home"
	KeyEnd      Key = "End"
	KeyPageUp   Key = "PageUp"
	KeyPageDown Key = "PageDown"
	KeyEnter    Key = "Enter"
	KeyEscape   Key = "Escape"
	KeyF1       Key = "F1"
	KeyF3       Key = "F3"
)

// A Binding is one line of the help overlay: the keys or gesture, and what they do.
type Binding struct{ Keys, Does string }

// Bindings are the viewer's keys and gestures, as the help overlay lists them in English
// (WordsFor(lang).Bindings in another language).
var Bindings = english.Bindings

// KeyIntents turns the keys pressed in one tick into intents; shift says Shift is held.
func KeyIntents(keys []Key, shift bool, s *State) []Intent {
	var out []Intent
	for _, k := range keys {
		if in, ok := keyIntent(k, shift, s); ok {
			out = append(out, in)
		}
	}
	return out
}

// keyIntent returns the intent of one key, if it has one.
func keyIntent(k Key, shift bool, s *State) (Intent, bool) {
	pan := s.span() / 10
	switch k {
	case KeySpace:
		return Play(), true
	case KeyRight:
		if shift {
			return Pan(pan), true
		}
		return Step(1), true
	case KeyLeft:
		if shift {
			return Pan(-pan), true
		}
		return Step(-1), true
	case KeyUp:
		return Scroll(-1), true
	case KeyDown:
		return Scroll(1), true
	case KeyPageUp:
		return Scroll(-max(s.Page-1, 1)), true
	case KeyPageDown:
		return Scroll(max(s.Page-1, 1)), true
	case KeyHome:
		return Seek(0), true
	case KeyEnd:
		return Seek(s.Scene.End), true
	case KeyEnter:
		if sh := s.Selected.Shape; sh != nil {
			return Seek(sh.T0), true
		}
	case KeyEscape:
		return Escape(), true
	case KeyF1:
		return ToggleHelp(), true
	case KeyF3:
		return ToggleFrameTime(), true
	}
	return charIntent(strings.ToLower(string(k)), s)
}

// charIntent returns the intent of a typed character.
func charIntent(c string, s *State) (Intent, bool) {
	switch c {
	case "?", "h":
		return ToggleHelp(), true
	case "+", "=":
		return Zoom(2, s.zoomAnchor()), true
	case "-", "_":
		return Zoom(0.5, s.zoomAnchor()), true
	case "0":
		return Fit(), true
	case "[":
		return Speed(-1), true
	case "]":
		return Speed(1), true
	case "v":
		return ToggleView(), true
	case "s":
		return ToggleStates(), true
	}
	return Intent{}, false
}

// zoomAnchor is where the keyboard zooms: at the playhead when it is in view, else the middle.
func (s *State) zoomAnchor() int64 {
	if s.Playhead >= s.T0 && s.Playhead <= s.T1 {
		return s.Playhead
	}
	return s.T0 + s.span()/2
}
