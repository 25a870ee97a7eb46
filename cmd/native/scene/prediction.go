package scene

import (
	"fmt"
	"slices"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/lessons"
	lessonreveal "github.com/futurescope/futurescope/lessons/reveal"
	"github.com/futurescope/futurescope/sim/trace"
)

// A Question is one of a prediction's questions: asked once the run is revealed up to just before
// the event it is about, the run's event At (an index into its trace: lessons/reveal), at virtual
// time Time; its answer reveals that event.
type Question struct {
	Text, Answer string
	At           int
	Time         int64
}

// QuestionsOf returns the questions p (a lesson's predict block's) asks about a run traced t, each
// at the event it is about; none when p is nil or its questions' events are not in the run (the
// lessons checker reports that): the prediction then reveals step by step.
func QuestionsOf(p *lessons.Prediction, t *trace.Trace) []Question {
	if p == nil {
		return nil
	}
	at, err := lessonreveal.Points(t, p)
	if err != nil {
		return nil
	}
	out := make([]Question, len(p.Questions))
	for i, q := range p.Questions {
		out[i] = Question{Text: lessons.SpansText(q.Text), Answer: lessons.SpansText(q.Answer), At: at[i], Time: t.At(at[i]).Time}
	}
	return out
}

// A Prediction is a script block run hidden for the class to predict: the timeline shows its rows
// but only the events revealed, and the console only the lines they printed. The presenter reveals
// it event by event, in the trace's order (events at one virtual time one after the other): each
// step reveals the next event a learner predicts (lessons/reveal.IsStep) with those before it. When
// the lesson asks questions, stepping stops just before each question's event, the question waits
// for its answer (A), and the answer reveals the event. A with no question left reveals the whole
// run.
type Prediction struct {
	// Key is the run key of the block predicted: a run of another key ends the prediction.
	Key string
	// Questions are the lesson's, in the order the run reaches them (none: reveal step by step).
	Questions []Question
	// Asked counts the questions answered: Questions[Asked] is the one to answer next.
	Asked int
	// Shown counts the events revealed: the run's events before index Shown show, the others are
	// hidden.
	Shown int
	// Answered says the whole run is revealed.
	Answered bool
	// waiting says stepping reached the next question's event.
	waiting bool
	// times are the virtual times of the run's events; steps the indexes of the events a step stops at.
	times []int64
	steps []int
	run   *trace.Trace
}

// Of reports whether p is a prediction of the run traced t (a new run of the block is not: its
// events may differ).
func (p *Prediction) Of(t *trace.Trace) bool { return p.run == t }

// NewPrediction returns a prediction of the run keyed key, traced t, revealed up to its first step
// (the main thread and its pool, no future yet) or its first question, whichever comes first.
func NewPrediction(key string, t *trace.Trace, questions []Question) *Prediction {
	p := &Prediction{Key: key, Questions: questions, run: t}
	if t != nil {
		for i, e := range t.Events() {
			p.times = append(p.times, e.Time)
			if lessonreveal.IsStep(e) {
				p.steps = append(p.steps, i)
			}
		}
	}
	p.Shown = len(p.times)
	if len(p.steps) > 0 {
		p.Shown = p.steps[0]
	}
	if q, ok := p.Limit(); ok && q < p.Shown {
		p.Shown, p.waiting = q, true
	}
	return p
}

// Limit returns how far stepping may reveal: the index of the next question's event, which it
// stops before; false when no question is left.
func (p *Prediction) Limit() (int, bool) {
	if p.Answered || p.Asked >= len(p.Questions) {
		return 0, false
	}
	return p.Questions[p.Asked].At, true
}

// Question returns the question to answer next, and whether the run has reached it (stepping
// reached its event, and waits for its answer); ok is false when none is left.
func (p *Prediction) Question() (q Question, reached, ok bool) {
	if _, ok := p.Limit(); !ok {
		return Question{}, false, false
	}
	return p.Questions[p.Asked], p.waiting, true
}

// LastAnswer returns the question answered last, if any, for the window to show its answer.
func (p *Prediction) LastAnswer() (Question, bool) {
	if p.Asked == 0 {
		return Question{}, false
	}
	return p.Questions[p.Asked-1], true
}

// Step reveals the next step: the next event IsStep stops at, with the events before it; or, when
// the next question's event comes first, the events before it, and the question waits for its
// answer; or, with no step and no question left, the rest of the run. It reports whether it
// revealed an event.
func (p *Prediction) Step() bool {
	if p.Answered || p.waiting {
		return false
	}
	before := p.Shown
	next, more := p.nextStep()
	if q, ok := p.Limit(); ok && (!more || q <= next) {
		p.Shown, p.waiting = max(p.Shown, q), true
		return p.Shown > before
	}
	if !more {
		p.Shown = len(p.times)
		return p.Shown > before
	}
	p.Shown = next + 1
	return true
}

// nextStep returns the index of the first step not yet revealed, and whether there is one.
func (p *Prediction) nextStep() (int, bool) {
	i, _ := slices.BinarySearch(p.steps, p.Shown)
	if i == len(p.steps) {
		return 0, false
	}
	return p.steps[i], true
}

// Time returns the virtual time of the last event revealed (0 when none is).
func (p *Prediction) Time() int64 {
	if p.Shown == 0 || len(p.times) == 0 {
		return 0
	}
	return p.times[min(p.Shown, len(p.times))-1]
}

// Follow tells the prediction where the timeline's playhead went, and returns where it may be.
// Playing reveals the steps up to the playhead, not past a question waiting for its answer, and
// leaves the playhead where it is until then; stepping or seeking forward past the time revealed
// reveals one step and puts the playhead on it. Going back hides nothing revealed.
func (p *Prediction) Follow(t int64, playing bool) int64 {
	if !p.Hiding() || t <= p.Time() {
		return t
	}
	if !playing {
		p.Step()
		return p.Time()
	}
	for !p.waiting {
		next, more := p.nextStep()
		if !more || p.times[next] > t {
			break
		}
		p.Step()
	}
	if p.waiting {
		return p.Time()
	}
	return t
}

// Hidden reports whether the run's event i is still hidden.
func (p *Prediction) Hidden(i int) bool { return !p.Answered && i >= p.Shown }

// Hiding reports whether part of the run is still hidden.
func (p *Prediction) Hiding() bool { return !p.Answered && p.Shown < len(p.times) }

// Answer shows the next question's answer and reveals its event; with no question left, it reveals
// the whole run.
func (p *Prediction) Answer() {
	if p.Answered {
		return
	}
	if p.Asked >= len(p.Questions) {
		p.Answered, p.Shown = true, len(p.times)
		return
	}
	p.Shown = max(p.Shown, p.Questions[p.Asked].At+1)
	p.Asked++
	p.waiting = false
}

// Update carries out in: Answer (see Answer), Reveal (see Step).
func (p *Prediction) Update(in intent.Intent) {
	switch in.Op {
	case intent.Answer:
		p.Answer()
	case intent.Reveal:
		p.Step()
	}
}

// PromptWords are the words of a prediction's prompt in the window's language: formats of the answer
// and the question (each with its text), how to ask for the answer, and what to do without questions.
type PromptWords struct {
	Answer, Question, AnswerKey, Predicting string
}

// Prompt returns what the prediction asks of the class, a line each, while it hides part of the
// run: the answer just shown, then the question waiting for its answer (and, once stepping stopped
// at it, how to ask for the answer); with no question left, what → and A do. Nil once nothing is
// hidden.
func (p *Prediction) Prompt(w PromptWords) []string {
	if !p.Hiding() {
		return nil
	}
	var lines []string
	if ans, ok := p.LastAnswer(); ok {
		lines = append(lines, fmt.Sprintf(w.Answer, ans.Answer))
	}
	q, reached, ok := p.Question()
	switch {
	case !ok:
		lines = append(lines, w.Predicting, w.AnswerKey)
	case reached:
		lines = append(lines, fmt.Sprintf(w.Question, q.Text), w.AnswerKey)
	default:
		lines = append(lines, fmt.Sprintf(w.Question, q.Text))
	}
	return lines
}
