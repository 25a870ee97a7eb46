package main

import (
	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/lessons"
	lessonreveal "github.com/futurescope/futurescope/lessons/reveal"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/sim/trace"
)

// prediction returns the lesson's prediction of the block whose run has key (a predict block's
// questions and answers), or nil when that is not the run of one.
func (c *courseView) prediction(key string) *lessons.Prediction {
	if c == nil || c.Block == 0 || key != c.Key(c.Block) {
		return nil
	}
	return c.Current().Blocks[c.Block-1].Prediction
}

// questionsOf returns the questions p asks about a run traced t, each at the time of the event it is
// about; none when p is nil or its questions' events are not in the run (the lessons checker reports
// that): the prediction then reveals step by step.
func questionsOf(p *lessons.Prediction, t *trace.Trace) []scene.Question {
	if p == nil {
		return nil
	}
	times, err := lessonreveal.Times(t, p)
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
// its outcome, until the presenter reveals it. A --gif walkthrough shows it all.
func (a *App) predictBlock(r *run) {
	p := a.course.prediction(r.key)
	if p == nil || a.cfg.GIF != "" || (a.scenes.Predict != nil && a.scenes.Predict.Key == r.key) { // a GIF walks through the whole run
		return
	}
	a.scenes.TogglePredict(r.key, questionsOf(p, r.trace))
	a.viewer.Apply(viewstate.Scrub(0))
}
