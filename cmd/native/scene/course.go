package scene

import (
	"time"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/lessons"
)

// A Course is the course scene as data: where the window is in the course (Nav), its list and focus
// (Lister), and which lesson presenter mode's slides are of. Update carries out the window's intents
// on it and returns what the window must then do (an Action): run the block selected, lay the page
// out again, tell the timeline the language changed.
type Course struct {
	*Nav
	// Lister is the list of lessons and the focus.
	Lister    Lister
	slidesFor string // the lesson (language and slug) the presenter's slides are of
}

// An Action is what the window must do after the course took an intent.
type Action struct {
	// Run is the script block selected, to run now (0: none).
	Run int
	// Relayout says to lay the lesson's text out again: another slide, or presenter mode on or off.
	Relayout bool
	// Lang says the language changed.
	Lang bool
}

// and returns a with b's run and b's reasons to lay out or re-word.
func (a Action) and(b Action) Action {
	if b.Run > 0 {
		a.Run = b.Run
	}
	a.Relayout = a.Relayout || b.Relayout
	a.Lang = a.Lang || b.Lang
	return a
}

// NewCourse returns the course scene on nav, the focus on the timeline.
func NewCourse(nav *Nav) *Course {
	return &Course{Nav: nav, Lister: Lister{Text: true, Listed: true}}
}

// A Keyed is when a key was typed and what the motions in the lesson text move by: a line's height
// and the view's, in pixels.
type Keyed struct {
	Now        time.Time
	Line, Page float64
}

// Update carries out in, which the scene manager m took first with effect eff (see Manager.Update),
// the key typed as k says: the block keys, the language, the focus, the list's and the text's
// motions, a number typed; presenter mode's slides and the script a slide runs.
func (c *Course) Update(in intent.Intent, eff Effect, m *Manager, k Keyed) Action {
	var act Action
	c.Lister.List.N, c.Lister.List.Cur = len(c.List()), c.Lesson
	switch in.Op {
	case intent.Block:
		act = c.SelectBlock(c.Step(in.N), m)
	case intent.Lang:
		act = c.SwitchLang(c.OtherLang(), m)
	case intent.Focus, intent.Digit, intent.Move:
		open, ok, mv := c.Lister.Update(in, k.Now)
		if ok {
			act = c.OpenLesson(open, m)
		}
		if mv != 0 && c.Scroll.Move(mv, k.Line, k.Page) { // Enter: on to the timeline
			c.Lister.Focus = intent.Timeline
		}
	}
	if eff.Run > 0 {
		act = act.and(c.SelectBlock(eff.Run, m))
	}
	if in.Op == intent.Present || in.Op == intent.Slide {
		act.Relayout = true // the page is laid out again, for the slide or the whole text
		c.Scroll.Select(true)
	}
	return act
}

// OpenLesson opens lesson i (clamped to the list) on its first runnable block, at its top.
func (c *Course) OpenLesson(i int, m *Manager) Action {
	var act Action
	if n := c.Open(i); n > 0 {
		act = c.SelectBlock(n, m)
		c.Scroll.Open() // a lesson opens at its top: its title, what comes before the script
	}
	return act
}

// SelectBlock selects script block n of the lesson open, to run, if it is runnable; in presenter
// mode it goes to the slide that shows the block.
func (c *Course) SelectBlock(n int, m *Manager) Action {
	if !c.Runnable(n) {
		return Action{}
	}
	newSlide := false
	if p := m.Presenter; m.Presenting() && SlideOf(p.Slides, n) != p.Cur {
		p.Follow(n) // the slide that shows the block
		newSlide = true
	}
	if c.Select(n, newSlide) {
		return Action{Run: n, Relayout: newSlide}
	}
	return Action{}
}

// SwitchLang shows the course in lang, keeping the lesson and the block selected (the run shown
// stays: the translations' scripts are the same); a lesson without a translation opens the first.
func (c *Course) SwitchLang(lang string, m *Manager) Action {
	changed, reopen := c.SetLang(lang)
	act := Action{Lang: changed}
	if reopen {
		act = act.and(c.OpenLesson(0, m))
	}
	return act
}

// Doc returns the lesson's text with its title on top, as a first-level heading.
func (c *Course) Doc() []lessons.DocBlock {
	l := c.Current()
	title := lessons.DocBlock{Kind: lessons.DocHeading, Level: 1, Spans: []lessons.Span{{Text: l.Title}}}
	return append([]lessons.DocBlock{title}, l.Doc()...)
}

// Slides returns the lesson's slides, the block selected and which blocks run, for presenter mode
// to open on (see Manager.Update).
func (c *Course) Slides() ([]Slide, int, func(int) bool) {
	c.slidesFor = c.Lang + "/" + c.Current().Slug
	return Slides(c.Doc()), c.Block, c.Runnable
}

// Shown returns the blocks of the lesson's text shown, doc[first:end] of Doc: the slide in presenter
// mode, else all of it. When the lesson or the language changed since presenter mode cut the
// slides, it cuts them again, on the slide of the block selected, and says the page is laid out anew.
func (c *Course) Shown(m *Manager) (first, end int, relayout bool) {
	doc := c.Doc()
	if !m.Presenting() {
		return 0, len(doc), false
	}
	p := m.Presenter
	if c.slidesFor != c.Lang+"/"+c.Current().Slug {
		s, block, _ := c.Slides()
		p.Slides, p.Cur = s, 0
		p.Follow(block)
		relayout = true
	}
	s := p.Slides[min(p.Cur, len(p.Slides)-1)]
	return min(s.First, len(doc)), min(s.End, len(doc)), relayout
}
