package scene

import (
	"testing"

	"github.com/futurescope/futurescope/cmd/native/intent"
)

// A lesson opens at its top even when its first script's line is highlighted; selecting a block
// brings it into sight; the highlighted line is followed when it moves, and the scroll stays within
// the page.
func TestScrollRules(t *testing.T) {
	var s Scroll
	s.Open()
	block := &Span{Top: 900, Bottom: 1300}
	v := PageView{H: 500, Height: 3000, Margin: 12, Block: block, Line: 3, LineAt: Span{Top: 1000, Bottom: 1020}}
	s.Settle(v)
	if s.Y != 0 {
		t.Errorf("a lesson just opened scrolled to %v, want its top", s.Y)
	}
	v.Line, v.LineAt = 9, Span{Top: 1200, Bottom: 1220}
	s.Settle(v)
	if s.Y != 1200-500.0/3 {
		t.Errorf("the highlighted line moved out of sight: scrolled to %v, want it a third down", s.Y)
	}
	s.By(-300)
	s.Settle(v)
	if want := 1200 - 500.0/3 - 300; s.Y < want-0.01 || s.Y > want+0.01 {
		t.Errorf("the wheel's scroll was undone while the line stayed: %v", s.Y)
	}
	s.Select(true)
	v.Line = 0
	s.Settle(v)
	if s.Y != 1300+12-500 {
		t.Errorf("a block selected below the view shows from %v, want its bottom up with the margin (812)", s.Y)
	}
	s.By(1e9)
	s.Settle(v)
	if s.Y != 3000-500+24 {
		t.Errorf("scrolled past the end to %v", s.Y)
	}
	s.By(-1e9)
	if s.Y != 0 {
		t.Errorf("scrolled above the top to %v", s.Y)
	}
}

func TestRevealMovesAsLittleAsItCan(t *testing.T) {
	for _, c := range []struct{ scroll, top, bottom, want float64 }{
		{0, 100, 200, 0},    // in sight
		{0, 450, 600, 112},  // below: its bottom comes up, with the margin
		{500, 100, 200, 88}, // above: its top comes down
		{0, 100, 1000, 88},  // taller than the view: its top
	} {
		if got := reveal(c.scroll, 500, c.top, c.bottom, 12); got != c.want {
			t.Errorf("reveal(%v, %v..%v) = %v, want %v", c.scroll, c.top, c.bottom, got, c.want)
		}
	}
}

// TestScrollMovesByKeys scrolls the lesson text with the keys: lines and pages down and up, never
// above the top, Home back to it, and Enter leaves the text without scrolling.
func TestScrollMovesByKeys(t *testing.T) {
	var s Scroll
	steps := []struct {
		mv    intent.Motion
		y     float64
		leave bool
	}{
		{intent.Down, 40, false}, {intent.PageDown, 400, false}, {intent.Up, 360, false},
		{intent.PageUp, 0, false}, {intent.Up, 0, false}, {intent.End, 1e9, false},
		{intent.Enter, 1e9, true}, {intent.Home, 0, false},
	}
	for _, st := range steps {
		leave := s.Move(st.mv, 20, 400)
		if s.Y != st.y || leave != st.leave {
			t.Errorf("after %v the text is at %v (leave %v), want %v (leave %v)", st.mv, s.Y, leave, st.y, st.leave)
		}
	}
}
