package viewstate

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
	KeyTab      Key = "Tab"
	KeyF6       Key = "F6"
	KeyF7       Key = "F7"
	KeyF8       Key = "F8"
	KeyF11      Key = "F11"
)

// A Binding is one line of the help overlay: the keys or gesture, and what they do.
type Binding struct{ Keys, Does string }

// Bindings are the viewer's keys and gestures, as the help overlay lists them in English
// (WordsFor(lang).Bindings in another language): the key map's timeline keys, then the gestures.
var Bindings = english.Bindings

// zoomAnchor is where the keyboard zooms: at the playhead when it is in view, else the middle.
func (s *State) zoomAnchor() int64 {
	if s.Playhead >= s.T0 && s.Playhead <= s.T1 {
		return s.Playhead
	}
	return s.T0 + s.span()/2
}
