package scene

import (
	"testing"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/lessons"
)

// doc is a lesson's text: a title, an introduction, and two sections with a script each; the
// second section's first script does not run.
func doc() []lessons.DocBlock {
	h := func(level int, s string) lessons.DocBlock {
		return lessons.DocBlock{Kind: lessons.DocHeading, Level: level, Spans: []lessons.Span{{Text: s}}}
	}
	p := lessons.DocBlock{Kind: lessons.DocParagraph, Spans: []lessons.Span{{Text: "text"}}}
	code := func(n int) lessons.DocBlock { return lessons.DocBlock{Kind: lessons.DocCode, Script: n} }
	return []lessons.DocBlock{h(1, "Futures"), p, h(2, "Submit"), p, code(1), h(3, "A detail"), p,
		h(2, "Cancel"), code(2), code(3), p}
}

func runnable(n int) bool { return n != 2 }

func TestSlidesAreTheSections(t *testing.T) {
	s := Slides(doc())
	if len(s) != 3 {
		t.Fatalf("%d slides, want 3 (the introduction and two sections): %+v", len(s), s)
	}
	want := []Slide{{0, 2, "Futures", nil}, {2, 7, "Submit", []int{1}}, {7, 11, "Cancel", []int{2, 3}}}
	for i, w := range want {
		g := s[i]
		if g.First != w.First || g.End != w.End || g.Title != w.Title || len(g.Scripts) != len(w.Scripts) {
			t.Errorf("slide %d is %+v, want %+v", i, g, w)
		}
	}
	if SlideOf(s, 3) != 2 || SlideOf(s, 9) != -1 {
		t.Errorf("block 3 is on slide %d, block 9 on %d", SlideOf(s, 3), SlideOf(s, 9))
	}
	if got := Slides(nil); len(got) != 1 {
		t.Errorf("an empty text has %d slides, want one empty slide", len(got))
	}
}

// PgDn and PgUp turn the slides and run the slide's first runnable script; the ends hold.
func TestPresenterTurnsSlidesAndRunsTheirScripts(t *testing.T) {
	var m Manager
	m.Update(intent.Intent{Op: intent.Present}, func() ([]Slide, int, func(int) bool) { return Slides(doc()), 1, runnable })
	p := m.Presenter
	if !m.Presenting() || p.Cur != 1 {
		t.Fatalf("presenter mode opens on slide %d, want 1 (block 1's)", p.Cur)
	}
	if !m.Context(intent.Timeline).Presenter {
		t.Errorf("the context does not say presenter mode")
	}
	next := intent.Intent{Op: intent.Slide, N: 1}
	if e := m.Update(next, nil); p.Cur != 2 || e.Run != 3 {
		t.Errorf("PgDn: slide %d running block %d, want slide 2 running block 3 (block 2 does not run)", p.Cur, e.Run)
	}
	if e := m.Update(next, nil); p.Cur != 2 || e.Run != 0 {
		t.Errorf("PgDn on the last slide: slide %d, run %d; want it to stay", p.Cur, e.Run)
	}
	for range 3 {
		m.Update(intent.Intent{Op: intent.Slide, N: -1}, nil)
	}
	if p.Cur != 0 {
		t.Errorf("PgUp ×3: slide %d, want 0", p.Cur)
	}
	p.Follow(3)
	if p.Cur != 2 {
		t.Errorf("selecting block 3 shows slide %d, want 2", p.Cur)
	}
	m.Update(intent.Intent{Op: intent.Present}, nil)
	if m.Presenting() {
		t.Errorf("F again does not leave presenter mode")
	}
	if e := m.Update(next, nil); e.Run != 0 {
		t.Errorf("PgDn outside presenter mode ran block %d", e.Run)
	}
}

// Each panel key hides and shows its panel, in the course and in presenter mode, each with its own
// panels; presenter mode starts without the list.
func TestPanels(t *testing.T) {
	var m Manager
	if ps := m.Panels(); !ps.Text || !ps.Console || !ps.List {
		t.Fatalf("the course's panels at first: %+v, want all", ps)
	}
	m.Update(intent.Intent{Op: intent.Panel, Panel: intent.Console}, nil)
	if ps := m.Panels(); ps.Console || !ps.Text {
		t.Errorf("F7 in the course: %+v, want the console hidden", ps)
	}
	m.Update(intent.Intent{Op: intent.Present}, nil)
	ps := &m.Presenter.Panels
	if !ps.Text || !ps.Console || ps.List {
		t.Fatalf("panels at first: %+v, want the text and the console", *ps)
	}
	for _, p := range []intent.PanelID{intent.TextPanel, intent.Console, intent.List} {
		m.Update(intent.Intent{Op: intent.Panel, Panel: p}, nil)
	}
	if ps.Text || ps.Console || !ps.List {
		t.Errorf("after each panel key: %+v", *ps)
	}
	m.Update(intent.Intent{Op: intent.Present}, nil)
	if ps := m.Panels(); ps.Console || !ps.List {
		t.Errorf("back in the course: %+v, want its own panels (the console hidden)", ps)
	}
}

// Fonts grow with the window in presenter mode: 1080 pixels high makes capital letters of the
// slide's text (14 px a logical pixel, cap height 0.716) at least 28 px; Ctrl+ and Ctrl− scale it.
func TestPresenterScale(t *testing.T) {
	s := Scale(1920, 1080, 1, true, 0)
	if caps := 14 * s * 0.716; caps < 28 {
		t.Errorf("at 1920 × 1080 capital letters are %.1f px, want ≥ 28", caps)
	}
	if Scale(1920, 1080, 1, false, 0) != 1 || Scale(1280, 800, 2, false, 0) != 2 {
		t.Errorf("outside presenter mode the scale is not the device's")
	}
	if Scale(1280, 800, 1, true, 0) >= s || Scale(1280, 1080, 1, true, 0) >= s {
		t.Errorf("a smaller or narrower window does not make smaller fonts")
	}
	steps := 0
	for range 20 {
		steps = Resize(steps, 1)
	}
	if big := Scale(1920, 1080, 1, true, steps); big <= s || big > 3*s {
		t.Errorf("Ctrl+ ×20 scales %v to %v, want bigger within bounds", s, big)
	}
	if Resize(steps, 0) != 0 || Scale(1920, 1080, 1, true, Resize(0, -1)) >= s {
		t.Errorf("Ctrl+0 or Ctrl− does not work")
	}
}
