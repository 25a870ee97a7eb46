package scene

import (
	"fmt"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/lessons"
	lessonreveal "github.com/futurescope/futurescope/lessons/reveal"
	"github.com/futurescope/futurescope/sim/trace"
)

// A Question is one of a prediction's questions: asked once the run is revealed up to just before
// the event it is about, at virtual time At; its answer reveals that event.
type Question struct {
	Text, Answer string
	At           int64
}

// QuestionsOf returns the questions p (a lesson's predict block's) asks about a run traced t, each
// at the time of the event it is about; none when p is nil or its questions' events are not in the
// run (the lessons checker reports that): the prediction then reveals step by step.
func QuestionsOf(p *lessons.Prediction, t *trace.Trace) []Question {
	if p == nil {
		return nil
	}
	times, err := lessonreveal.Times(t, p)
	if err != nil {
		return nil
	}
	out := make([]Question, len(p.Questions))
	for i, q := range p.Questions {
		out[i] = Question{Text: lessons.SpansText(q.Text), Answer: lessons.SpansText(q.Answer), At: times[i]}
	}
	return out
}

// A Prediction is a script block run hidden for the class to predict: the timeline shows its rows
// but nothing after the time revealed, and the console only what was printed by then. The presenter
// reveals it event by event (each step of the timeline shows the next event with its explanation);
// when the lesson asks questions, stepping stops just before each question's event, the question
// waits for its answer (A), and the answer reveals the event. A with no question left reveals the
// whole run.
type Prediction struct {
	// Key is the run key of the block predicted: a run of another key ends the prediction.
	Key string
	// Questions are the lesson's, in the order the run reaches them (none: reveal step by step).
	Questions []Question
	// Asked counts the questions answered: Questions[Asked] is the one to answer next.
	Asked int
	// Revealed is the virtual time shown so far: what happens after it is hidden.
	Revealed int64
	// Answered says the whole run is revealed.
	Answered bool
	// waiting says stepping tried to go past the next question's event.
	waiting bool
}

// NewPrediction returns a prediction of the run keyed key, nothing revealed.
func NewPrediction(key string, questions []Question) *Prediction {
	return &Prediction{Key: key, Questions: questions}
}

// Limit returns how far stepping may reveal: just before the next question's event, or the end.
func (p *Prediction) Limit() (int64, bool) {
	if p.Answered || p.Asked >= len(p.Questions) {
		return 0, false
	}
	return max(p.Questions[p.Asked].At-1, 0), true
}

// Question returns the question to answer next, and whether the run has reached it (stepping tried
// to go past its event, and waits for its answer); ok is false when none is left.
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

// See tells the prediction where the timeline's playhead is: stepping forward reveals up to it, but
// not past a question waiting for its answer; stepping back hides nothing revealed. It returns where
// the playhead may be: t, or, when t is past the question's event, the time revealed (the event
// before, where stepping came from). What an answer revealed stays revealed, even when the next
// question is about an event at the same virtual time (the timeline reveals by time: that event
// shows with it).
func (p *Prediction) See(t int64) int64 {
	if lim, ok := p.Limit(); ok && t > lim {
		p.waiting = true
		return p.Revealed
	}
	p.Revealed = max(p.Revealed, t)
	return t
}

// Hidden reports whether what happens at virtual time t is still hidden.
func (p *Prediction) Hidden(t int64) bool { return !p.Answered && t > p.Revealed }

// Answer shows the next question's answer and reveals its event; with no question left, it reveals
// the whole run.
func (p *Prediction) Answer() {
	if p.Answered {
		return
	}
	if p.Asked >= len(p.Questions) {
		p.Answered = true
		return
	}
	p.Revealed = max(p.Revealed, p.Questions[p.Asked].At)
	p.Asked++
	p.waiting = false
}

// Update carries out in: Answer (see Answer).
func (p *Prediction) Update(in intent.Intent) {
	if in.Op == intent.Answer {
		p.Answer()
	}
}

// PromptWords are the words of a prediction's prompt in the window's language: formats of the answer
// and the question (each with its text), how to ask for the answer, and what to do without questions.
type PromptWords struct {
	Answer, Question, AnswerKey, Predicting string
}

// Prompt returns what the prediction asks of the class, a line each, while it hides part of a run
// that ends at end: the answer just shown, then the question waiting for its answer (and, once
// stepping stopped at it, how to ask for the answer); with no question left, what → and A do. Nil
// once nothing is hidden.
func (p *Prediction) Prompt(end int64, w PromptWords) []string {
	if !p.Hidden(end) {
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
