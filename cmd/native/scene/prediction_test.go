package scene

import (
	"slices"
	"testing"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/sim/trace"
)

// smallRun is a run whose first events all happen at 0 s: two futures queued, the first started,
// a line printed; then the first finishes at 100 ns, the second runs and finishes at 200 ns.
func smallRun() *trace.Trace {
	return trace.New(nil, []trace.Event{
		{Time: 0, Kind: trace.ThreadStart, Thread: 1, Name: "MainThread"}, // 0
		{Time: 0, Kind: trace.ExecutorCreate, Thread: 1},                  // 1
		{Time: 0, Kind: trace.FutureCreate, Thread: 1, Future: 1},         // 2 step
		{Time: 0, Kind: trace.FutureCreate, Thread: 1, Future: 2},         // 3 step
		{Time: 0, Kind: trace.FutureRunning, Thread: 2, Future: 1},        // 4 step
		{Time: 0, Kind: trace.Print, Thread: 1, Value: "queued"},          // 5 step
		{Time: 100, Kind: trace.FutureFinish, Thread: 2, Future: 1},       // 6 step
		{Time: 100, Kind: trace.FutureRunning, Thread: 2, Future: 2},      // 7 step
		{Time: 200, Kind: trace.FutureFinish, Thread: 2, Future: 2},       // 8 step
		{Time: 200, Kind: trace.ThreadExit, Thread: 2},                    // 9
	})
}

// Without questions, each step reveals the next event a learner predicts, with those before it,
// events at one time one by one; stepping back hides nothing; A reveals the whole run.
func TestPredictionRevealsEventByEvent(t *testing.T) {
	var m Manager
	if !m.TogglePredict("l#1", smallRun(), nil) {
		t.Fatal("Q does not start a prediction")
	}
	p := m.Predict
	if p.Shown != 2 || p.Hidden(1) || !p.Hidden(2) || p.Time() != 0 {
		t.Fatalf("a new prediction shows %d events (at %d), want the 2 before the first future", p.Shown, p.Time())
	}
	if _, _, ok := p.Question(); ok {
		t.Errorf("a prediction without questions has one")
	}
	var shown []int
	for p.Hiding() {
		if !p.Step() {
			t.Fatalf("a step revealed nothing at %d events", p.Shown)
		}
		shown = append(shown, p.Shown)
	}
	if want := []int{3, 4, 5, 6, 7, 8, 9, 10}; !slices.Equal(shown, want) {
		t.Errorf("steps revealed %v events, want %v", shown, want)
	}
	m.TogglePredict("l#1", nil, nil)
	m.TogglePredict("l#1", smallRun(), nil)
	p = m.Predict
	if got := p.Follow(100, false); got != 0 || p.Shown != 3 {
		t.Errorf("a step of the timeline to 100 ns: playhead %d, %d events shown; want the next event at 0 s", got, p.Shown)
	}
	if got := p.Follow(150, true); got != 150 || p.Shown != 8 {
		t.Errorf("playing to 150 ns: playhead %d, %d events shown; want all up to 100 ns", got, p.Shown)
	}
	if got := p.Follow(50, false); got != 50 || p.Shown != 8 {
		t.Errorf("back to 50 ns: playhead %d, %d events shown", got, p.Shown)
	}
	m.Update(intent.Intent{Op: intent.Answer}, nil)
	if p.Hiding() || p.Hidden(9) {
		t.Errorf("A does not reveal the whole run")
	}
	m.Shown("l#1")
	if m.Predict == nil {
		t.Fatal("a run of the same block ended the prediction")
	}
	m.Shown("l#2")
	if m.Predict != nil {
		t.Errorf("a run of another block kept the prediction")
	}
	m.TogglePredict("l#1", smallRun(), nil)
	if m.TogglePredict("l#1", smallRun(), nil) || m.Predict != nil {
		t.Errorf("Q again does not end the prediction")
	}
}

// With the lesson's questions, stepping stops just before each question's event, even one at the
// same time as the event revealed last, until its answer is asked for; the answer reveals the event
// alone; A after the last question reveals the whole run.
func TestPredictionAsksItsQuestions(t *testing.T) {
	var m Manager
	m.TogglePredict("l#1", smallRun(), []Question{{Text: "Which starts first?", Answer: "f1", At: 4}, {Text: "What prints?", Answer: "queued", At: 5}})
	p := m.Predict
	if q, reached, ok := p.Question(); !ok || reached || q.At != 4 {
		t.Errorf("first question: %+v reached %v ok %v", q, reached, ok)
	}
	for range 5 {
		p.Step()
	}
	if _, reached, _ := p.Question(); !reached || p.Shown != 4 || !p.Hidden(4) {
		t.Errorf("stepping on: %d events shown, reached %v; want stopped before event 4", p.Shown, reached)
	}
	m.Update(intent.Intent{Op: intent.Answer}, nil)
	if a, ok := p.LastAnswer(); !ok || a.Answer != "f1" || p.Hidden(4) || !p.Hidden(5) {
		t.Errorf("after the first answer: %+v %v, %d events shown", a, ok, p.Shown)
	}
	if p.Step(); p.Shown != 5 || !p.Hidden(5) {
		t.Errorf("stepping to the second question's event at the same time showed %d events", p.Shown)
	}
	if got := p.Follow(100, true); got != 0 || !p.Hidden(5) {
		t.Errorf("playing past the second question: playhead %d, %d shown", got, p.Shown)
	}
	m.Update(intent.Intent{Op: intent.Answer}, nil)
	if p.Shown != 6 || p.Answered {
		t.Errorf("the second answer shows %d events", p.Shown)
	}
	m.Update(intent.Intent{Op: intent.Answer}, nil)
	if !p.Answered || p.Hiding() || p.Follow(1000, false) != 1000 {
		t.Errorf("after the last answer and A: answered %v", p.Answered)
	}
}

// The prompt says what the class is to do: the question, and once stepping stopped at it, that A
// shows the answer; then the answer with what to do next; nothing once all is revealed.
func TestPredictionPrompt(t *testing.T) {
	w := PromptWords{Answer: "Answer: %s", Question: "Question: %s", AnswerKey: "A shows the answer", Predicting: "Predict"}
	p := NewPrediction("k", smallRun(), []Question{{Text: "first?", Answer: "f1", At: 6}})
	if got := p.Prompt(w); len(got) != 1 || got[0] != "Question: first?" {
		t.Errorf("before the question's event: %q", got)
	}
	for range 6 {
		p.Update(intent.Intent{Op: intent.Reveal})
	}
	if got := p.Prompt(w); len(got) != 2 || got[1] != "A shows the answer" {
		t.Errorf("stopped at the question: %q", got)
	}
	p.Answer()
	if got := p.Prompt(w); len(got) != 3 || got[0] != "Answer: f1" || got[1] != "Predict" {
		t.Errorf("after the answer: %q", got)
	}
	var m Manager
	m.Predict = p
	if !m.Hides("k", 7) || m.Hides("other", 7) || m.Hides("k", 6) {
		t.Errorf("Hides: k@7 %v, other@7 %v, k@6 %v", m.Hides("k", 7), m.Hides("other", 7), m.Hides("k", 6))
	}
	p.Answer()
	if got := p.Prompt(w); got != nil {
		t.Errorf("all revealed, the prompt is %q", got)
	}
}
