package main

import (
	"fmt"
	"image"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/doclayout"
	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/cmd/native/runs"
	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/lessons"
)

// A courseView is the course as the window shows it: the course scene (scene.Course: where the
// window is in the course, its list and focus, which decide what the keys do), the lesson's text
// laid out for the panel (a slide of it in presenter mode) and the faces it is laid out in. It runs
// the blocks selected on the stage.
type courseView struct {
	*scene.Course
	win *window
	st  *stage

	page     *doclayout.Page
	pageFor  pageKey
	docFaces *docFaces
	docScale float64
	docCode  float64 // the size of docFaces' code, relative to the lesson text's usual code size
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
	cv := &courseView{Course: scene.NewCourse(c), win: win, st: st}
	st.pred.of = cv.prediction
	return cv, nil
}

// start opens the lesson and block the command line names.
func (c *courseView) start() error {
	c.choose(c.Lesson)
	if n := c.win.cfg.Block; n > 0 {
		if !c.Runnable(n) {
			return c.ErrNoBlock(n)
		}
		c.apply(c.SelectBlock(n, &c.win.scenes))
	}
	return nil
}

// job returns block n of the lesson open as a job.
func (c *courseView) job(n int) runs.Job {
	l := c.Current()
	b := l.Blocks[n-1]
	return runs.Job{Key: c.Key(n), Name: fmt.Sprintf("%s-%d.py", l.Slug, n), Source: []byte(b.Code), Opts: b.Options}
}

// prediction returns the lesson's prediction of the block whose run has key (a predict block's
// questions and answers), or nil when that is not the run of one.
func (c *courseView) prediction(key string) *lessons.Prediction {
	if c == nil || c.Block == 0 || key != c.Key(c.Block) {
		return nil
	}
	return c.Current().Blocks[c.Block-1].Prediction
}

// choose opens lesson i (clamped to the list) and runs its first runnable block.
func (c *courseView) choose(i int)   { c.apply(c.OpenLesson(i, &c.win.scenes)) }
func (c *courseView) opened()        {}
func (c *courseView) follow(regions) {}

// rerun runs the block selected again.
func (c *courseView) rerun() {
	if c.Block > 0 {
		c.st.exec.Start(c.job(c.Block))
	}
}

// apply does what the course scene says after an intent: lay the page out again, write in the
// language chosen (the run shown stays, since the translations' scripts are the same), run the
// block selected.
func (c *courseView) apply(act scene.Action) {
	if act.Relayout {
		c.page = nil
	}
	if act.Lang {
		c.win.lang = c.Lang
		if v := c.st.viewer; v != nil {
			v.SetLang(c.Lang)
			v.SetKeys(c.win.ui().keys)
		}
	}
	if act.Run > 0 {
		c.st.exec.Start(c.job(act.Run))
	}
}

// Update carries out in (see scene.Course.Update), once the scene manager took it with effect eff;
// r are the window's parts, whose text view a page of motion moves by.
func (c *courseView) Update(in intent.Intent, eff scene.Effect, r regions) {
	k := scene.Keyed{Now: c.win.clock()}
	if c.win.faces != nil {
		k.Line, k.Page = c.win.faces.Line, float64(c.textView(r.source).Dy())
	}
	c.apply(c.Course.Update(in, eff, &c.win.scenes, k))
}

// lister returns the course's list and focus.
func (c *courseView) lister() *scene.Lister { return &c.Course.Lister }

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
