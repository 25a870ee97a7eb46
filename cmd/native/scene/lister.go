package scene

import (
	"time"

	"github.com/futurescope/futurescope/cmd/native/intent"
)

// A Lister is what either scene beside the timeline (the course, or the scripts) does with the focus
// and its list: Tab and Shift+Tab move the focus between the list, the text (the course has one) and
// the timeline; the motions move within the list when it has the focus; a number typed opens the
// row it numbers. The window draws the list and the focus from it.
type Lister struct {
	List List
	// Focus is the part with the focus: the timeline when the window opens.
	Focus intent.Part
	// Text says the scene has a text part (the lesson's) that can take the focus.
	Text bool
	// Listed says the list is shown: without it (one watched file) the focus stays on the timeline.
	Listed bool
	typed  digits
}

// Update carries out in, the intent of a key typed at now: it returns the row to open, if any, and
// the motion left for the text part, when the text has the focus (0: none).
func (l *Lister) Update(in intent.Intent, now time.Time) (open int, ok bool, text intent.Motion) {
	switch in.Op {
	case intent.Focus:
		if l.Listed {
			l.Focus = NextFocus(l.Focus, l.Text, in.N < 0)
		}
	case intent.Digit:
		open, ok = l.typed.add(in.N, now, l.List.N)
		return open - 1, ok, 0
	case intent.Move:
		switch l.Focus {
		case intent.ListPart:
			if to, moved := l.List.Move(in.Move); moved {
				return to, true, 0
			}
			if in.Move == intent.Enter { // on to the text or the timeline
				l.Focus = NextFocus(l.Focus, l.Text, false)
			}
		case intent.TextPart:
			return 0, false, in.Move
		}
	}
	return 0, false, 0
}

// NextFocus returns the part Tab moves the focus to from f (back, for Shift+Tab: the one before):
// list, text, timeline when there is a text; list and timeline when there is none.
func NextFocus(f intent.Part, text, back bool) intent.Part {
	order := []intent.Part{intent.ListPart, intent.Timeline}
	if text {
		order = []intent.Part{intent.ListPart, intent.TextPart, intent.Timeline}
	}
	step := 1
	if back {
		step = len(order) - 1
	}
	for i, o := range order {
		if o == f {
			return order[(i+step)%len(order)]
		}
	}
	return order[0]
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
