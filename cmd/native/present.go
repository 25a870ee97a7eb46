package main

import "github.com/futurescope/futurescope/cmd/native/scene"

// slides returns the lesson's slides, the block selected and which blocks run, for presenter mode
// to open on.
func (c *courseView) slides() ([]scene.Slide, int, func(int) bool) {
	c.slidesFor = c.Lang + "/" + c.Current().Slug
	return scene.Slides(c.doc()), c.Block, c.Runnable
}

// followSlides keeps the presenter's slides those of the lesson open, after the lesson or the
// language changed, on the slide of the block selected.
func (c *courseView) followSlides() {
	m := &c.win.scenes
	if !m.Presenting() || c.slidesFor == c.Lang+"/"+c.Current().Slug {
		return
	}
	s, block, _ := c.slides()
	p := m.Presenter
	p.Slides, p.Cur = s, 0
	p.Follow(block)
	c.page = nil
}

// slideDoc returns the part of the lesson's text shown: the slide in presenter mode, else all of it.
func (c *courseView) slideDoc() (first, end int) {
	doc := c.doc()
	if !c.win.scenes.Presenting() {
		return 0, len(doc)
	}
	c.followSlides()
	p := c.win.scenes.Presenter
	s := p.Slides[min(p.Cur, len(p.Slides)-1)]
	return min(s.First, len(doc)), min(s.End, len(doc))
}
