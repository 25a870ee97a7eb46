package main

import (
	"fmt"
	"image"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/doclayout"
	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/lessons"
)

// A courseView is the course as the window shows it: where the window is in it (scene.Nav, which
// decides navigation), the lesson's text laid out for the panel (a slide of it in presenter mode),
// and the faces it is laid out in. It runs the blocks selected on the stage.
type courseView struct {
	*scene.Nav
	win *window
	st  *stage

	page      *doclayout.Page
	pageFor   pageKey
	docFaces  *docFaces
	docScale  float64
	docCode   float64 // the size of docFaces' code, relative to the lesson text's usual code size
	slidesFor string  // the lesson (language and slug) the presenter's slides are of
}

// A pageKey is what a laid out page depends on.
type pageKey struct {
	lang, slug string
	width      int
	scale      float64
	first, end int // the blocks of the text laid out: a slide's in presenter mode
}

// loadCourse reads the course built into the binary and opens lesson (a number or a slug; "" for
// the first) in lang.
func loadCourse(win *window, st *stage) (*courseView, error) {
	content, err := lessons.Load(lessons.Content())
	if err != nil {
		return nil, err
	}
	c, err := scene.NewNav(content, win.cfg.Lang, win.cfg.Lesson)
	if err != nil {
		return nil, err
	}
	win.lang = c.Lang
	cv := &courseView{Nav: c, win: win, st: st}
	st.predictionOf = cv.prediction
	return cv, nil
}

// start opens the lesson and block the command line names.
func (c *courseView) start() error {
	c.openLesson(c.Lesson)
	if n := c.win.cfg.Block; n > 0 {
		if !c.Runnable(n) {
			return c.ErrNoBlock(n)
		}
		c.selectBlock(n)
	}
	return nil
}

// job returns block n of the lesson open as a job.
func (c *courseView) job(n int) job {
	l := c.Current()
	b := l.Blocks[n-1]
	return job{key: c.Key(n), name: fmt.Sprintf("%s-%d.py", l.Slug, n), source: []byte(b.Code), opts: b.Options}
}

// doc returns the lesson's text with its title on top, as a first-level heading.
func (c *courseView) doc() []lessons.DocBlock {
	l := c.Current()
	title := lessons.DocBlock{Kind: lessons.DocHeading, Level: 1, Spans: []lessons.Span{{Text: l.Title}}}
	return append([]lessons.DocBlock{title}, l.Doc()...)
}

// prediction returns the lesson's prediction of the block whose run has key (a predict block's
// questions and answers), or nil when that is not the run of one.
func (c *courseView) prediction(key string) *lessons.Prediction {
	if c == nil || c.Block == 0 || key != c.Key(c.Block) {
		return nil
	}
	return c.Current().Blocks[c.Block-1].Prediction
}

// openLesson opens lesson i (clamped to the list) and runs its first runnable block.
func (c *courseView) openLesson(i int) {
	if n := c.Open(i); n > 0 {
		c.selectBlock(n)
		c.Scroll.Open() // a lesson opens at its top: its title, what comes before the script
	}
}

func (c *courseView) choose(i int)   { c.openLesson(i) }
func (c *courseView) listed() bool   { return true }
func (c *courseView) opened()        {}
func (c *courseView) follow(regions) {}

// rerun runs the block selected again.
func (c *courseView) rerun() {
	if c.Block > 0 {
		c.st.exec.start(c.job(c.Block))
	}
}

// selectBlock selects script block n of the lesson open and runs it, if it is runnable; in presenter
// mode it goes to the slide that shows the block.
func (c *courseView) selectBlock(n int) {
	if !c.Runnable(n) {
		return
	}
	newSlide := false
	m := &c.win.scenes
	if p := m.Presenter; m.Presenting() && scene.SlideOf(p.Slides, n) != p.Cur {
		p.Follow(n) // the slide that shows the block
		c.page, newSlide = nil, true
	}
	if c.Select(n, newSlide) {
		c.st.exec.start(c.job(n))
	}
}

// setLang shows the course in lang, keeping the lesson and the block selected: the run shown
// stays, since the translations' scripts are the same.
func (c *courseView) setLang(lang string) {
	changed, reopen := c.SetLang(lang)
	c.win.lang = c.Lang
	if v := c.st.viewer; changed && v != nil {
		v.SetLang(lang)
		v.SetKeys(c.win.ui().keys)
	}
	if reopen {
		c.openLesson(0) // the lesson has no translation
	}
}

// Update carries out the course's intents: the next or previous block, the language, a motion
// within the text (r: the window's parts), and, after the scene manager took them, a slide's script
// to run and the page to lay out again for a slide or the whole text.
func (c *courseView) Update(in intent.Intent, eff scene.Effect, r regions) {
	switch in.Op {
	case intent.Block:
		c.selectBlock(c.Step(in.N))
	case intent.Lang:
		c.setLang(c.OtherLang())
	case intent.Move:
		if c.win.faces != nil && c.Scroll.Move(in.Move, c.win.faces.Line, float64(c.textView(r.source).Dy())) {
			c.win.focus = focusTimeline
		}
	}
	if eff.Run > 0 {
		c.selectBlock(eff.Run)
	}
	if in.Op == intent.Present || in.Op == intent.Slide {
		c.page = nil // the page is laid out again, for the slide or the whole text
		c.Scroll.Select(true)
	}
}

// listing returns the lessons, each its order and title.
func (c *courseView) listing() listing {
	return listing{n: len(c.List()), cur: c.Lesson, label: func(i int) (string, string) {
		l := c.List()[i]
		return strconv.Itoa(l.Order), l.Title
	}}
}

// header draws the list's header, with the language switch in lang.
func (c *courseView) header(img *ebiten.Image, r, lang image.Rectangle, focused bool) {
	t := c.win.ui()
	c.win.pen().header(img, image.Rect(r.Min.X, r.Min.Y, lang.Min.X, r.Max.Y), t.lessons, t.listKeys, focused)
	c.win.pen().langSwitch(img, lang, c.Lang)
}
