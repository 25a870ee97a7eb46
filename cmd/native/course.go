package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/futurescope/futurescope/cmd/native/doclayout"
	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/lessons"
)

// A courseView is the course as the window shows it: the lessons in one language, the lesson open,
// its script block selected, and its text laid out for the panel.
type courseView struct {
	course *lessons.Course
	lang   string
	lesson int // the lesson open, an index into list()
	block  int // the script block selected (lessons.Block.Index), 0 for none
	scroll scene.Scroll

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
	c, err := lessons.Load(lessons.Content())
	if err != nil {
		return nil, err
	}
	cv := &courseView{course: c, lang: lang}
	if len(cv.list()) == 0 {
		return nil, fmt.Errorf("course: no lessons in %s", lang)
	}
	if lesson != "" {
		if cv.lesson = cv.find(lesson); cv.lesson < 0 {
			return nil, fmt.Errorf("--lesson: no lesson %q (want a number like 04 or a slug like 04-as-completed)", lesson)
		}
	}
	return cv, nil
}

// list returns the lessons in the language shown.
func (c *courseView) list() []*lessons.Lesson { return c.course.Lessons(c.lang) }

// current returns the lesson open.
func (c *courseView) current() *lessons.Lesson { return c.list()[c.lesson] }

// find returns the index of the lesson numbered or named s, or -1.
func (c *courseView) find(s string) int {
	n, numErr := strconv.Atoi(s)
	for i, l := range c.list() {
		if l.Slug == s || (numErr == nil && l.Order == n) || strings.HasPrefix(l.Slug, s+"-") {
			return i
		}
	}
	return -1
}

// runnable reports whether script block n of the lesson open runs.
func (c *courseView) runnable(n int) bool {
	bs := c.current().Blocks
	return n >= 1 && n <= len(bs) && !bs[n-1].Options.NoRun
}

// nextRunnable returns the runnable block after block from (dir 1) or before it (dir -1), or 0.
func (c *courseView) nextRunnable(from, dir int) int {
	for n := from + dir; n >= 1 && n <= len(c.current().Blocks); n += dir {
		if c.runnable(n) {
			return n
		}
	}
	return 0
}

// key returns the run key of block n of the lesson open: the same in every language, since
// translations share their scripts byte for byte.
func (c *courseView) key(n int) string { return c.current().Slug + "#" + strconv.Itoa(n) }

// job returns block n of the lesson open as a job.
func (c *courseView) job(n int) job {
	l := c.current()
	b := l.Blocks[n-1]
	return job{key: c.key(n), name: fmt.Sprintf("%s-%d.py", l.Slug, n), source: []byte(b.Code), opts: b.Options}
}

// doc returns the lesson's text with its title on top, as a first-level heading.
func (c *courseView) doc() []lessons.DocBlock {
	l := c.current()
	title := lessons.DocBlock{Kind: lessons.DocHeading, Level: 1, Spans: []lessons.Span{{Text: l.Title}}}
	return append([]lessons.DocBlock{title}, l.Doc()...)
}

// openLesson opens lesson i (clamped to the list) and runs its first runnable block.
func (a *App) openLesson(i int) {
	c := a.course
	c.lesson = max(min(i, len(c.list())-1), 0)
	c.block = 0
	c.scroll.Open()
	if n := c.nextRunnable(0, 1); n > 0 {
		a.selectBlock(n)
		c.scroll.Open() // a lesson opens at its top: its title, what comes before the script
	}
}

// selectBlock selects script block n of the lesson open and runs it, if it is runnable.
func (a *App) selectBlock(n int) {
	c := a.course
	if !c.runnable(n) {
		return
	}
	c.block = n
	newSlide := false
	if p := a.scenes.Presenter; a.scenes.Presenting() && scene.SlideOf(p.Slides, n) != p.Cur {
		p.Follow(n) // the slide that shows the block
		c.page, newSlide = nil, true
	}
	c.scroll.Select(newSlide)
	a.exec.start(c.job(n))
}

// stepBlock selects and runs the next runnable block (dir 1) or the previous one (dir -1), if any.
func (a *App) stepBlock(dir int) {
	if n := a.course.nextRunnable(a.course.block, dir); n > 0 {
		a.selectBlock(n)
	}
}

// setLang shows the course in lang, keeping the lesson and the block selected: the run shown
// stays, since the translations' scripts are the same.
func (a *App) setLang(lang string) {
	c := a.course
	if c.lang == lang || len(c.course.Lessons(lang)) == 0 {
		return
	}
	slug := c.current().Slug
	c.lang = lang
	if a.viewer != nil {
		a.viewer.SetLang(lang)
		a.viewer.SetKeys(a.ui().keys)
	}
	if i := c.find(slug); i >= 0 {
		c.lesson = i
		if c.block > 0 {
			c.scroll.Reveal()
		}
		return
	}
	a.openLesson(0) // the lesson has no translation
}

// toggleLang switches between the course's languages.
func (a *App) toggleLang() {
	langs := lessons.Languages()
	for i, l := range langs {
		if l == a.course.lang {
			a.setLang(langs[(i+1)%len(langs)])
			return
		}
	}
}

// errNoBlock says the lesson open has no runnable script block n.
func errNoBlock(c *courseView, n int) error {
	var ok []string
	for _, b := range c.current().Blocks {
		if !b.Options.NoRun {
			ok = append(ok, strconv.Itoa(b.Index))
		}
	}
	return fmt.Errorf("--block: %s has no runnable block %d (its runnable blocks: %s)", c.current().Slug, n, strings.Join(ok, ", "))
}
