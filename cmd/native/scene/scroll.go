package scene

import "github.com/futurescope/futurescope/cmd/native/intent"

// A Span is a vertical extent of a laid out page, in its pixels: a code block, or one of its lines.
type Span struct{ Top, Bottom float64 }

// A Scroll is how far the lesson text is scrolled in its panel, and the rules that move it besides
// the keys and the wheel: a script block selected is brought into sight once the page is laid out,
// and the highlighted line of the timeline's current event is followed each time it moves to another
// line (so the wheel can still scroll away from it), except the first one of a lesson just opened,
// which opens at its top.
type Scroll struct {
	// Y is the page's pixel at the top of the panel's view.
	Y      float64
	reveal bool // bring the selected block into sight once the page is laid out
	follow int  // the highlighted line last scrolled into sight
	still  bool // do not follow the first line highlighted: the lesson has just opened
}

// Open scrolls a lesson just opened to its top, where it stays until the user or a selection moves
// it.
func (s *Scroll) Open() { *s = Scroll{still: true} }

// Move scrolls by a key's motion in the lesson text, whose lines are line pixels high and whose view
// is page pixels high: ↑↓ two lines, PgUp PgDn nine tenths of a page, Home to the top, End to the
// bottom (Settle clamps it to the page). It reports whether the motion leaves the text instead
// (Enter: the focus moves on to the timeline).
func (s *Scroll) Move(mv intent.Motion, line, page float64) (leave bool) {
	switch mv {
	case intent.Down:
		s.By(line * 2)
	case intent.Up:
		s.By(-line * 2)
	case intent.PageDown:
		s.By(page * 0.9)
	case intent.PageUp:
		s.By(-page * 0.9)
	case intent.Home:
		s.Y = 0
	case intent.End:
		s.By(1e9)
	case intent.Enter:
		return true
	}
	return false
}

// Select asks for script block just selected to be brought into sight; top says to start from the
// page's top (a new page, such as another slide).
func (s *Scroll) Select(top bool) {
	if top {
		s.Y = 0
	}
	s.reveal, s.follow, s.still = true, 0, false
}

// Reveal asks for the selected block to be brought into sight again (the page was laid out anew,
// in another language, say).
func (s *Scroll) Reveal() { s.reveal = true }

// By scrolls by dy pixels (not above the top; Settle keeps it above the bottom).
func (s *Scroll) By(dy float64) { s.Y = max(s.Y+dy, 0) }

// A PageView is what Settle needs to know of the page and its panel.
type PageView struct {
	// H is the view's height, Height the page's, Margin the room kept around a block brought into
	// sight (and below the page's end).
	H, Height, Margin float64
	// Block is the selected script block, when it is on the page.
	Block *Span
	// Line is the highlighted line of the block (0: none), at LineAt.
	Line   int
	LineAt Span
}

// Settle applies the rules to the page laid out: the block selected into sight, the highlighted line
// followed, and the scroll kept within the page.
func (s *Scroll) Settle(v PageView) {
	if v.Block != nil && s.reveal {
		s.reveal = false
		s.Y = reveal(s.Y, v.H, v.Block.Top, v.Block.Bottom, v.Margin)
	}
	if v.Line != 0 && v.Line != s.follow {
		s.follow = v.Line
		switch {
		case s.still:
			s.still = false
		case v.Block != nil && (v.LineAt.Top < s.Y || v.LineAt.Bottom > s.Y+v.H):
			s.Y = v.LineAt.Top - v.H/3
		}
	}
	s.Y = max(min(s.Y, v.Height-v.H+2*v.Margin), 0)
}

// reveal returns the scroll that shows top..bottom in a view h high, moving as little as it can
// from scroll; a block taller than the view shows its top. margin is kept free around it.
func reveal(scroll, h, top, bottom, margin float64) float64 {
	switch {
	case top-margin < scroll || bottom-top+2*margin > h:
		return max(top-margin, 0)
	case bottom+margin > scroll+h:
		return bottom + margin - h
	}
	return scroll
}
