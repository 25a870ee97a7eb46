package scene

import (
	"strings"
	"testing"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/cmd/native/runs"
	"github.com/futurescope/futurescope/lessons"
)

// Every predict block of the course, in every language, as a class meets it, without a display:
// the block runs hidden; the presenter steps event by event (→), each step revealing the next one,
// and stepping stops just before each question's event, asking the question until A shows its
// answer and reveals that event; the console shows only what the events revealed printed;
// once the questions are answered, stepping reaches the end and nothing is hidden. Events at one
// virtual time reveal one by one, so no answer shows early in any of them.
func TestEveryPredictBlockRevealsStepByStep(t *testing.T) {
	content, err := lessons.Load(lessons.Content())
	if err != nil {
		t.Fatal(err)
	}
	words := PromptWords{Answer: "answer: %s", Question: "question: %s", AnswerKey: "A answers", Predicting: "predict"}
	blocks, kept := 0, 0
	for _, lang := range lessons.Languages() {
		for _, l := range content.Lessons(lang) {
			for _, b := range l.Blocks {
				if b.Prediction == nil {
					continue
				}
				blocks++
				name := lang + "/" + l.Slug
				r := runs.Execute(runs.Job{Key: name, Name: "predict.py", Source: []byte(b.Code), Opts: b.Options})
				qs := QuestionsOf(b.Prediction, r.Trace)
				if len(qs) == 0 || len(qs) != len(b.Prediction.Questions) {
					t.Errorf("%s: %d of its %d questions found in the run", name, len(qs), len(b.Prediction.Questions))
					continue
				}
				if !stepThrough(t, name, r, qs, words) {
					kept++
				}
			}
		}
	}
	if blocks < 12 {
		t.Errorf("%d predict blocks in the course, want at least six lessons' in two languages", blocks)
	}
	if kept != blocks {
		t.Errorf("%d predict blocks; %d keep every answer hidden until asked for", blocks, kept)
	}
	t.Logf("%d predict blocks; %d keep every answer hidden until asked for", blocks, kept)
}

// stepThrough steps through run r hidden for a prediction with questions qs, as the presenter does
// (→ to the next event, A when a question waits), and reports whether a question's event showed
// before its answer, or its question was never asked.
func stepThrough(t *testing.T, name string, r *runs.Run, qs []Question, w PromptWords) (early bool) {
	p := NewPrediction(name, r.Trace, qs)
	console := r.Console("en", "", "")
	shown := func() int { // the console's lines shown: printed by the events revealed
		n := 0
		for _, l := range console {
			if !p.Hidden(l.Event) {
				n++
			}
		}
		return n
	}
	if got := p.Prompt(w); len(got) == 0 || !strings.HasPrefix(got[0], "question: "+qs[0].Text) {
		t.Errorf("%s: before any step the prompt is %q, want the first question", name, got)
	}
	asked, printed, steps := 0, shown(), 0
	for p.Hiding() && steps < 100_000 {
		steps++
		before := p.Shown
		if !waiting(p) {
			if p.Update(intent.Intent{Op: intent.Reveal}); p.Shown <= before && !waiting(p) {
				t.Fatalf("%s: → revealed nothing at %d events shown", name, before)
			}
		}
		if waiting(p) { // a question waits for its answer
			q := qs[asked]
			if !p.Hidden(q.At) || p.Shown != q.At {
				early = true
				t.Logf("%s: question %d is about event %d, %d events shown", name, asked, q.At, p.Shown)
			}
			want := "question: " + q.Text + "|A answers"
			if asked > 0 {
				want = "answer: " + qs[asked-1].Answer + "|" + want
			}
			if prompt := strings.Join(p.Prompt(w), "|"); prompt != want {
				t.Errorf("%s: waiting for question %d the prompt is %q, want %q", name, asked, prompt, want)
			}
			if p.Update(intent.Intent{Op: intent.Answer}); p.Shown != q.At+1 || p.Asked != asked+1 {
				t.Fatalf("%s: A revealed %d events, %d answered; want question %d's event %d too", name, p.Shown, p.Asked, asked, q.At)
			}
			asked++
		}
		if n := shown(); n < printed {
			t.Fatalf("%s: the console hid lines again: %d shown, %d before", name, n, printed)
		} else {
			printed = n
		}
	}
	if asked < len(qs) {
		early = true
		t.Logf("%s: %d of %d questions asked", name, asked, len(qs))
	}
	if p.Hiding() || p.Shown != r.Trace.Len() || p.Prompt(w) != nil || shown() != len(console) {
		t.Errorf("%s: at the end %d of %d questions asked, %d of %d events shown, prompt %q, %d of %d lines shown",
			name, asked, len(qs), p.Shown, r.Trace.Len(), p.Prompt(w), shown(), len(console))
	}
	return early
}

// waiting reports whether p's next question waits for its answer: stepping reached its event.
func waiting(p *Prediction) bool {
	_, reached, ok := p.Question()
	return ok && reached
}
