package scene

import "github.com/futurescope/futurescope/cmd/native/intent"

// A Prediction is a script block run hidden for the class to predict: the timeline shows its rows
// but no event after the one revealed, and the console only what was printed by then. The
// presenter reveals it event by event (each step of the timeline shows the next event with its
// explanation), or, when the lesson asks a question, shows the question until the answer is
// asked for, then the answer and the whole run.
type Prediction struct {
	// Key is the run key of the block predicted: a run of another key ends the prediction.
	Key string
	// Question and Answer are the lesson's, "" when it has none.
	Question, Answer string
	// Revealed is the virtual time shown so far: events after it are hidden.
	Revealed int64
	// Answered says the answer was asked for: nothing is hidden any more.
	Answered bool
}

// NewPrediction returns a prediction of the run keyed key, nothing revealed.
func NewPrediction(key, question, answer string) *Prediction {
	return &Prediction{Key: key, Question: question, Answer: answer}
}

// Asking reports whether the question is shown, waiting for the answer: stepping reveals nothing.
func (p *Prediction) Asking() bool { return p.Question != "" && !p.Answered }

// See tells the prediction where the timeline's playhead is: stepping forward reveals up to it,
// stepping back hides nothing revealed. While asking, nothing is revealed.
func (p *Prediction) See(playhead int64) {
	if !p.Asking() {
		p.Revealed = max(p.Revealed, playhead)
	}
}

// Hidden reports whether what happens at virtual time t is still hidden.
func (p *Prediction) Hidden(t int64) bool { return !p.Answered && t > p.Revealed }

// Handle carries out in: Answer reveals the answer and the whole run.
func (p *Prediction) Handle(in intent.Intent) {
	if in.Op == intent.Answer {
		p.Answered = true
	}
}
