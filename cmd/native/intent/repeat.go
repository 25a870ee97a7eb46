package intent

import (
	"slices"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// Repeating are the keys that move within the list, the text or the slides, and repeat while held
// there (a presenter's clicker, a long list).
var Repeating = []viewstate.Key{viewstate.KeyUp, viewstate.KeyDown, viewstate.KeyPageUp, viewstate.KeyPageDown}

// Repeats reports whether held keys repeat in context c: in the list, the text, and presenter mode's
// slides, not on the timeline, whose keys the viewer reads.
func Repeats(c Context) bool { return c.Focus != Timeline || c.Presenter }

// Presses returns the presses of one tick in context c: the keys just pressed (by the key map's
// names; ctrl: Ctrl is held, and Shift does not count then), and, where held keys repeat, the
// Repeating keys that fire this tick instead (held, which includes those just pressed).
func Presses(just, held []viewstate.Key, shift, ctrl bool, c Context) []Press {
	repeats := Repeats(c) && !ctrl
	var out []Press
	for _, k := range just {
		if !(repeats && slices.Contains(Repeating, k)) {
			out = append(out, Press{Key: k, Shift: shift && !ctrl})
		}
	}
	if repeats {
		for _, k := range held {
			if slices.Contains(Repeating, k) {
				out = append(out, Press{Key: k, Shift: shift})
			}
		}
	}
	return out
}
