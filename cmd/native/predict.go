package main

import (
	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/lessons"
	lessonreveal "github.com/futurescope/futurescope/lessons/reveal"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// prediction returns the lesson's prediction of the block whose run is r (a predict block's
// questions and answers), or nil when r is not the run of one.
func (a *App) prediction(r *run) *lessons.Prediction {
	c := a.course
	if c == nil || r == nil || c.block == 0 || r.key != c.key(c.block) {
		return nil
	}
	return c.current().Blocks[c.block-1].Prediction
}

// questions returns the questions the lesson asks about the run shown, each at the time of the
// event it is about; none when the run is not a predict block's, or when its questions' events are
// not in the run (the lessons checker reports that): the prediction then reveals step by step.
func (a *App) questions() []scene.Question {
	p := a.prediction(a.last)
	if p == nil {
		return nil
	}
	times, err := lessonreveal.Times(a.last.trace, p)
	if err != nil {
		return nil
	}
	out := make([]scene.Question, len(p.Questions))
	for i, q := range p.Questions {
		out[i] = scene.Question{Text: lessons.SpansText(q.Text), Answer: lessons.SpansText(q.Answer), At: times[i]}
	}
	return out
}

// predictBlock starts the prediction of r, just shown for the first time, when it is the run of a
// predict block: the block runs hidden, the class sees its rows and the question, and nothing of
// its outcome, until the presenter reveals it.
func (a *App) predictBlock(r *run) {
	if a.prediction(r) == nil || (a.scenes.Predict != nil && a.scenes.Predict.Key == r.key) {
		return
	}
	a.scenes.TogglePredict(r.key, a.questions())
	a.viewer.Apply(viewstate.Scrub(0))
}
