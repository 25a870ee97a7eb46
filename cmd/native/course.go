package main

import (
	"fmt"

	"github.com/futurescope/futurescope/cmd/native/doclayout"
	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/lessons"
)

// A courseView is the course as the window shows it: where the window is in it (scene.Nav, which
// decides navigation), and the lesson's text laid out for the panel.
type courseView struct {
	*scene.Nav

	page    *doclayout.Page
	pageFor pageKey
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
func loadCourse(lang, lesson string) (*courseView, error) {
	content, err := lessons.Load(lessons.Content())
	if err != nil {
		return nil, err
	}
	c, err := scene.NewNav(content, lang, lesson)
	if err != nil {
		return nil, err
	}
	return &courseView{Nav: c}, nil
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

// openLesson opens lesson i (clamped to the list) and runs its first runnable block.
func (a *App) openLesson(i int) {
	c := a.course
	if n := c.Open(i); n > 0 {
		a.selectBlock(n)
		c.Scroll.Open() // a lesson opens at its top: its title, what comes before the script
	}
}

// selectBlock selects script block n of the lesson open and runs it, if it is runnable; in presenter
// mode it goes to the slide that shows the block.
func (a *App) selectBlock(n int) {
	c := a.course
	if !c.Runnable(n) {
		return
	}
	newSlide := false
	if p := a.scenes.Presenter; a.scenes.Presenting() && scene.SlideOf(p.Slides, n) != p.Cur {
		p.Follow(n) // the slide that shows the block
		c.page, newSlide = nil, true
	}
	if c.Select(n, newSlide) {
		a.exec.start(c.job(n))
	}
}

// setLang shows the course in lang, keeping the lesson and the block selected: the run shown
// stays, since the translations' scripts are the same.
func (a *App) setLang(lang string) {
	changed, reopen := a.course.SetLang(lang)
	if changed && a.viewer != nil {
		a.viewer.SetLang(lang)
		a.viewer.SetKeys(a.ui().keys)
	}
	if reopen {
		a.openLesson(0) // the lesson has no translation
	}
}
