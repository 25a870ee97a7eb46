package main

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/cmd/native/runs"
	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/render/ebitenview"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// A predictView is a prediction over the run shown, as the window runs it (the prediction's state
// is the scene manager's: scene.Prediction): Q starts or ends one, a predict block's run starts one
// by itself, → reveals the next event, A shows an answer; it keeps the timeline's playhead within
// what is revealed, tells the timeline and the console which events to conceal, and draws the
// question for the class.
type predictView struct {
	win *window
	st  *stage
	// of returns the lesson's prediction of the run keyed key (nil: none, or no course).
	of func(key string) *lessons.Prediction
}

// Update carries out in: Q (Predict) starts a prediction of the run shown, hiding all but its
// first events, with the playhead on the last of them, or ends it; → (Reveal) reveals the next
// event; after the scene manager took A (Answer), the playhead goes to the event answered, whose
// explanation shows below the lanes.
func (p *predictView) Update(in intent.Intent) {
	st := p.st
	if st.last == nil || st.viewer == nil {
		return
	}
	switch in.Op {
	case intent.Predict:
		if p.win.scenes.TogglePredict(st.last.Key, st.last.Trace, scene.QuestionsOf(p.of(st.last.Key), st.last.Trace)) {
			st.viewer.Apply(viewstate.Scrub(p.win.scenes.Predict.Time()))
		}
	case intent.Reveal:
		if pr := p.active(); pr != nil && pr.Hiding() {
			pr.Update(in)
			st.viewer.Apply(viewstate.Scrub(pr.Time()))
		}
	case intent.Answer:
		if pr := p.active(); pr != nil && !pr.Answered {
			st.viewer.Apply(viewstate.Scrub(pr.Time()))
		}
	}
	p.follow()
}

// start starts the prediction of r, just shown for the first time, when it is the run of a predict
// block: the block runs hidden, the class sees its rows and the question, and nothing of its
// outcome, until the presenter reveals it. A --gif walkthrough shows it all.
func (p *predictView) start(r *runs.Run) {
	pr, m := p.of(r.Key), &p.win.scenes
	if pr == nil || p.win.cfg.GIF != "" || (m.Predict != nil && m.Predict.Key == r.Key) { // a GIF walks through the whole run
		return
	}
	m.TogglePredict(r.Key, r.Trace, scene.QuestionsOf(pr, r.Trace))
	p.st.viewer.Apply(viewstate.Scrub(m.Predict.Time()))
}

// renew starts the prediction in progress over again when r, a new run of the block predicted, is
// shown (a re-run, or the script changed on disk): what it reveals is r's events.
func (p *predictView) renew(r *runs.Run) {
	m := &p.win.scenes
	if m.Predict == nil || m.Predict.Key != r.Key || m.Predict.Of(r.Trace) {
		return
	}
	m.Predict = scene.NewPrediction(r.Key, r.Trace, scene.QuestionsOf(p.of(r.Key), r.Trace))
	p.st.viewer.Apply(viewstate.Scrub(m.Predict.Time()))
}

// active returns the prediction in progress over the run shown, or nil.
func (p *predictView) active() *scene.Prediction {
	pr, st := p.win.scenes.Predict, p.st
	if pr == nil || st.last == nil || pr.Key != st.last.Key || st.viewer == nil {
		return nil
	}
	return pr
}

// follow tells the prediction in progress where the playhead is (playing reveals the events it
// passes, a step or a seek forward the next event; none goes past a question waiting for its
// answer), and the viewer how many events to show.
func (p *predictView) follow() {
	v := p.st.viewer
	if v == nil {
		return
	}
	pr := p.active()
	if pr == nil {
		v.Conceal(false, 0)
		return
	}
	st := v.State()
	at := st.Playhead
	if t := pr.Follow(at, st.Playing); t != at {
		v.Apply(viewstate.Scrub(t))
	}
	v.Conceal(pr.Hiding(), pr.Shown)
}

// hides reports whether a prediction hides the run shown's event i.
func (p *predictView) hides(i int) bool {
	return p.st.last != nil && p.win.scenes.Hides(p.st.last.Key, i)
}

// hiding reports whether a prediction hides part of the run shown.
func (p *predictView) hiding() bool {
	pr := p.active()
	return pr != nil && pr.Hiding()
}

// lines returns what a prediction in progress over the run shown asks of the class (see
// scene.Prediction.Prompt); nil when none hides part of it.
func (p *predictView) lines() []string {
	pr := p.active()
	if pr == nil {
		return nil
	}
	t := p.win.ui()
	return pr.Prompt(scene.PromptWords{Answer: t.answer, Question: t.question,
		AnswerKey: t.answerKey, Predicting: t.predicting})
}

// prompt returns the prompt's lines wrapped to a box w wide, and the box's height.
func (p *predictView) prompt(w float64) ([]string, float64) {
	lines := p.lines()
	if lines == nil || p.win.faces == nil {
		return nil, 0
	}
	f, u := p.win.faces, p.win.uiScale()
	var wrapped []string
	for _, l := range lines {
		wrapped = append(wrapped, ebitenview.WrapText(l, f.Bold, w-28*u)...)
	}
	return wrapped, float64(len(wrapped))*f.Line + 14*u
}

// Draw draws the prediction's prompt: in its own part under the script (r.question), where it covers
// nothing; with the script's panel hidden, over the hidden part of the timeline.
func (p *predictView) Draw(dst *ebiten.Image, r regions) {
	if p.lines() == nil {
		return
	}
	f, u := p.win.faces, p.win.uiScale()
	box := r.question
	if box.Empty() {
		g := p.st.viewer.Geometry()
		left := max(g.X(p.win.scenes.Predict.Time()), g.Plot.X) + 12*u
		right := float64(r.timeline.Max.X) - 12*u
		w := max(right-left, float64(r.timeline.Dx())*0.42)
		_, h := p.prompt(w)
		box = image.Rect(int(right-w), int(g.Axis.Y), int(right), int(g.Axis.Y+h))
	}
	lines, _ := p.prompt(float64(box.Dx()))
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
