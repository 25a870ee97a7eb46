package main

import "github.com/futurescope/futurescope/cmd/native/intent"

// focus is the part of the window that takes the keys.
type focus uint8

const (
	focusTimeline focus = iota
	focusList
	focusText
)

// next returns the part Tab moves the focus to from f (Shift+Tab, back: the one before): list,
// text, timeline in the course; list and timeline with scenarios, which have no lesson text.
func (f focus) next(course, back bool) focus {
	order := []focus{focusList, focusTimeline}
	if course {
		order = []focus{focusList, focusText, focusTimeline}
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

// part returns the part of the key map's contexts that f is.
func (f focus) part() intent.Part {
	switch f {
	case focusList:
		return intent.ListPart
	case focusText:
		return intent.TextPart
	}
	return intent.Timeline
}
