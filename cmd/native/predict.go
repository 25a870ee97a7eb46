package main

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/runs"
	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/lessons"
	lessonreveal "github.com/futurescope/futurescope/lessons/reveal"
	"github.com/futurescope/futurescope/render/ebitenview"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/sim/trace"
)

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
func (s *stage) predictBlock(r *runs.Run) {
	p, m := s.predictionOf(r.Key), &s.win.scenes
	if p == nil || s.win.cfg.GIF != "" || (m.Predict != nil && m.Predict.Key == r.Key) { // a GIF walks through the whole run
		return
	}
	m.TogglePredict(r.Key, questionsOf(p, r.Trace))
	s.viewer.Apply(viewstate.Scrub(0))
}

// togglePredict starts a prediction of the run shown (Q): the timeline hides what happens after the
// playhead, which goes back to the start; Q again shows the whole run.
func (s *stage) togglePredict() {
	if s.last == nil || s.viewer == nil {
		return
	}
	if s.win.scenes.TogglePredict(s.last.Key, questionsOf(s.predictionOf(s.last.Key), s.last.Trace)) {
		s.viewer.Apply(viewstate.Scrub(0))
	}
	s.followPrediction()
}

// answered shows the answer the prediction just revealed (A): the playhead goes to its event, whose
// explanation shows below the lanes.
func (s *stage) answered() {
	if p := s.win.scenes.Predict; p != nil && s.viewer != nil && !p.Answered {
		if ans, ok := p.LastAnswer(); ok {
			s.viewer.Apply(viewstate.Scrub(ans.At))
		}
	}
	s.followPrediction()
}

// predicting returns the prediction in progress over the run shown, or nil.
func (s *stage) predicting() *scene.Prediction {
	p := s.win.scenes.Predict
	if p == nil || s.last == nil || p.Key != s.last.Key || s.viewer == nil {
		return nil
	}
	return p
}

// followPrediction tells the prediction in progress where the playhead is (stepping past a question
// waiting for its answer puts it back), and the viewer what to conceal.
func (s *stage) followPrediction() {
	if s.viewer == nil {
		return
	}
	p := s.predicting()
	if p == nil {
		s.viewer.Conceal(false, 0)
		return
	}
	at := s.viewer.State().Playhead
	if t := p.See(at); t != at {
		s.viewer.Apply(viewstate.Scrub(t))
	}
	s.viewer.Conceal(p.Hidden(s.viewer.State().Scene.End), p.Revealed)
}

// hiddenAt reports whether a prediction hides what the run shown does at virtual time t.
func (s *stage) hiddenAt(t int64) bool { return s.last != nil && s.win.scenes.Hides(s.last.Key, t) }

// promptLines returns what a prediction in progress over the run shown asks of the class (see
// scene.Prediction.Prompt); nil when none hides part of it.
func (s *stage) promptLines() []string {
	p := s.predicting()
	if p == nil {
		return nil
	}
	t := s.win.ui()
	return p.Prompt(s.viewer.State().Scene.End, scene.PromptWords{Answer: t.answer, Question: t.question,
		AnswerKey: t.answerKey, Predicting: t.predicting})
}

// prompt returns the prompt's lines wrapped to a box w wide, and the box's height.
func (s *stage) prompt(w float64) ([]string, float64) {
	lines := s.promptLines()
	if lines == nil || s.win.faces == nil {
		return nil, 0
	}
	f, u := s.win.faces, s.win.uiScale()
	var wrapped []string
	for _, l := range lines {
		wrapped = append(wrapped, ebitenview.WrapText(l, f.Bold, w-28*u)...)
	}
	return wrapped, float64(len(wrapped))*f.Line + 14*u
}

// drawQuestion draws the prediction's prompt: in its own part under the script (r.question), where
// it covers nothing; with the script's panel hidden, over the hidden part of the timeline.
func (s *stage) drawQuestion(dst *ebiten.Image, r regions) {
	if s.promptLines() == nil {
		return
	}
	f, u := s.win.faces, s.win.uiScale()
	box := r.question
	if box.Empty() {
		g := s.viewer.Geometry()
		left := max(g.X(s.win.scenes.Predict.Revealed), g.Plot.X) + 12*u
		right := float64(r.timeline.Max.X) - 12*u
		w := max(right-left, float64(r.timeline.Dx())*0.42)
		_, h := s.prompt(w)
		box = image.Rect(int(right-w), int(g.Axis.Y), int(right), int(g.Axis.Y+h))
	}
	lines, _ := s.prompt(float64(box.Dx()))
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
