package main

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/render/ebitenview"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// sceneIntent hands in to the scene manager (presenter mode, slides, panels, sizes, fullscreen, a
// prediction's answer) and carries out the effect it returns.
func (a *App) sceneIntent(in intent.Intent) {
	eff := a.scenes.Handle(in, a.slides)
	if eff.Fullscreen {
		ebiten.SetFullscreen(a.scenes.Full)
	}
	if eff.Run > 0 && a.course != nil {
		a.selectBlock(eff.Run)
	}
	switch in.Op {
	case intent.Present, intent.Slide:
		if c := a.course; c != nil {
			c.page = nil // the page is laid out again, for the slide or the whole text
			c.Scroll.Select(true)
		}
	case intent.Answer:
		if p := a.scenes.Predict; p != nil && a.viewer != nil && !p.Answered {
			if ans, ok := p.LastAnswer(); ok { // the answer's event, with its explanation below the lanes
				a.viewer.Apply(viewstate.Scrub(ans.At))
			}
		}
		a.followPrediction()
	}
}

// slides returns the lesson's slides, the block selected and which blocks run, for presenter mode
// to open on; none outside the course.
func (a *App) slides() ([]scene.Slide, int, func(int) bool) {
	c := a.course
	if c == nil {
		return nil, 0, nil
	}
	a.slidesFor = c.Lang + "/" + c.Current().Slug
	return scene.Slides(c.doc()), c.Block, c.Runnable
}

// followSlides keeps the presenter's slides those of the lesson open, after the lesson or the
// language changed, on the slide of the block selected.
func (a *App) followSlides() {
	c, p := a.course, a.scenes.Presenter
	if c == nil || !a.scenes.Presenting() || a.slidesFor == c.Lang+"/"+c.Current().Slug {
		return
	}
	s, block, _ := a.slides()
	p.Slides, p.Cur = s, 0
	p.Follow(block)
	c.page = nil
}

// slideDoc returns the part of the lesson's text shown: the slide in presenter mode, else all of it.
func (a *App) slideDoc() (first, end int) {
	doc := a.course.doc()
	if !a.scenes.Presenting() {
		return 0, len(doc)
	}
	a.followSlides()
	p := a.scenes.Presenter
	s := p.Slides[min(p.Cur, len(p.Slides)-1)]
	return min(s.First, len(doc)), min(s.End, len(doc))
}

// togglePredict starts a prediction of the run shown (Q): the timeline hides what happens after the
// playhead, which goes back to the start; Q again shows the whole run.
func (a *App) togglePredict() {
	if a.last == nil || a.viewer == nil {
		return
	}
	if a.scenes.TogglePredict(a.last.key, questionsOf(a.course.prediction(a.last.key), a.last.trace)) {
		a.viewer.Apply(viewstate.Scrub(0))
	}
	a.followPrediction()
}

// followPrediction tells the prediction in progress where the playhead is (stepping past a question
// waiting for its answer puts it back), and the viewer what to conceal.
func (a *App) followPrediction() {
	if a.viewer == nil {
		return
	}
	p := a.scenes.Predict
	if p == nil || a.last == nil || p.Key != a.last.key {
		a.viewer.Conceal(false, 0)
		return
	}
	at := a.viewer.State().Playhead
	if t := p.See(at); t != at {
		a.viewer.Apply(viewstate.Scrub(t))
	}
	a.viewer.Conceal(p.Hidden(a.viewer.State().Scene.End), p.Revealed)
}

// hiddenAt reports whether a prediction hides what the run shown does at virtual time t.
func (a *App) hiddenAt(t int64) bool { return a.last != nil && a.scenes.Hides(a.last.key, t) }

// promptLines returns what a prediction in progress over the run shown asks of the class (see
// scene.Prediction.Prompt); nil when none hides part of it.
func (a *App) promptLines() []string {
	p := a.scenes.Predict
	if p == nil || a.last == nil || p.Key != a.last.key || a.viewer == nil {
		return nil
	}
	t := a.ui()
	return p.Prompt(a.viewer.State().Scene.End, scene.PromptWords{Answer: t.answer, Question: t.question,
		AnswerKey: t.answerKey, Predicting: t.predicting})
}

// prompt returns the prompt's lines wrapped to a box w wide, and the box's height.
func (a *App) prompt(w float64) ([]string, float64) {
	lines := a.promptLines()
	if lines == nil || a.faces == nil {
		return nil, 0
	}
	f, u := a.faces, a.uiScale()
	var wrapped []string
	for _, l := range lines {
		wrapped = append(wrapped, ebitenview.WrapText(l, f.Bold, w-28*u)...)
	}
	return wrapped, float64(len(wrapped))*f.Line + 14*u
}

// drawQuestion draws the prediction's prompt: in its own part under the script (r.question), where
// it covers nothing; with the script's panel hidden, over the hidden part of the timeline.
func (a *App) drawQuestion(dst *ebiten.Image, r regions) {
	if a.promptLines() == nil {
		return
	}
	f, u := a.faces, a.uiScale()
	box := r.question
	if box.Empty() {
		g := a.viewer.Geometry()
		left := max(g.X(a.scenes.Predict.Revealed), g.Plot.X) + 12*u
		right := float64(r.timeline.Max.X) - 12*u
		w := max(right-left, float64(r.timeline.Dx())*0.42)
		_, h := a.prompt(w)
		box = image.Rect(int(right-w), int(g.Axis.Y), int(right), int(g.Axis.Y+h))
	}
	lines, _ := a.prompt(float64(box.Dx()))
	if lines == nil {
		return
	}
	x, y := float64(box.Min.X), float64(box.Min.Y)
	fillRect(dst, x, y, float64(box.Dx()), float64(box.Dy()), colQuestion)
	fillRect(dst, x, y, 5*u, float64(box.Dy()), colFocus)
	for i, l := range lines {
		ebitenview.DrawText(dst, l, f.Bold, x+16*u, y+7*u+float64(i)*f.Line, colInk)
	}
}

// colQuestion is the background of a prediction's question.
var colQuestion = color.RGBA{0xfd, 0xf3, 0xc4, 0xff}
