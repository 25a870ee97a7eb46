package scene

import (
	"slices"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/cmd/native/runs"
	"github.com/futurescope/futurescope/lessons"
)

// byTime are the predict blocks a timeline that reveals by virtual time cannot keep a question's
// answer hidden in: the question's event happens at the same virtual time as an event shown before
// it (a run that all happens at 0 s, say), so it shows before the answer. The browser reveals event
// by event (lessons/reveal.Points); the desktop's timeline conceals by time (ebitenview.Conceal).
// Shrink this list, never grow it.
var byTime = map[string]bool{
	"01-futures-and-submit": true, "02-map-and-with": true, "06-cancellation": true, "07-exceptions": true,
	"08-threads-processes-gil": true, "09-inside-the-process-pool": true, "10-pitfalls": true,
	"11-the-gcd-example": true, "13-results-and-errors": true, "14-map-vs-submit": true,
	"15-shared-state-and-locks": true, "18-shutting-a-pool-down": true,
}

// Every predict block of the course, in every language, as a class meets it, without a display:
// the block runs hidden; the presenter steps event by event (→), each step revealing the next one,
// and stepping stops just before each question's event, asking the question until A shows its
// answer and reveals that event; the console shows only what was printed by the time revealed;
// once the questions are answered, stepping reaches the end and nothing is hidden.
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
				if early := stepThrough(t, name, r, qs, words); early != byTime[l.Slug] {
					t.Errorf("%s: a question's event shows before its answer: %v, want %v (see byTime)", name, early, byTime[l.Slug])
				}
				if !byTime[l.Slug] {
					kept++
				}
			}
		}
	}
	if blocks < 12 {
		t.Errorf("%d predict blocks in the course, want at least six lessons' in two languages", blocks)
	}
	t.Logf("%d predict blocks; %d keep every answer hidden until asked for", blocks, kept)
}

// stepThrough steps through run r hidden for a prediction with questions qs, as the presenter does
// (→ to the next event, A when a question waits), and reports whether a question's event showed
// before its answer (see byTime).
func stepThrough(t *testing.T, name string, r *runs.Run, qs []Question, w PromptWords) (early bool) {
	var times []int64
	for _, e := range r.Trace.Events() {
		times = append(times, e.Time)
	}
	slices.Sort(times)
	times = slices.Compact(times)
	end := r.Trace.End()
	p := NewPrediction(name, qs)
	console := r.Console("en", "", "")
	shown := func() int { // the console's lines shown: printed by the time revealed
		n := 0
		for _, l := range console {
			if !p.Hidden(l.T) {
				n++
			}
		}
		return n
	}
	if got := p.Prompt(end, w); end > 0 && (len(got) != 1 || got[0] != "question: "+qs[0].Text) {
		t.Errorf("%s: before any step the prompt is %q, want the first question", name, got)
	}
	playhead, asked, printed := int64(0), 0, shown()
	for range 10_000 {
		next := playhead // a question about an event at the time shown waits at once
		if p.See(playhead); !waiting(p) {
			i, _ := slices.BinarySearch(times, playhead+1)
			if i == len(times) {
				break
			}
			next = times[i]
		}
		if got := p.See(next); !waiting(p) {
			playhead = next
		} else { // a question waits for its answer
			q := qs[asked]
			if !p.Hidden(q.At) {
				early = true
				t.Logf("%s: question %d's event at %d shows before its answer (revealed to %d)", name, asked, q.At, p.Revealed)
			}
			if next < q.At || got != p.Revealed {
				t.Fatalf("%s: stepping to %d stopped at %d with %d revealed, question %d at %d", name, next, got, p.Revealed, asked, q.At)
			}
			want := "question: " + q.Text + "|A answers"
			if asked > 0 {
				want = "answer: " + qs[asked-1].Answer + "|" + want
			}
			if prompt := strings.Join(p.Prompt(end, w), "|"); prompt != want && p.Hidden(end) {
				t.Errorf("%s: waiting for question %d the prompt is %q, want %q", name, asked, prompt, want)
			}
			if p.Update(intent.Intent{Op: intent.Answer}); max(q.At, playhead) != p.Revealed || p.Asked != asked+1 {
				t.Fatalf("%s: A revealed up to %d, %d answered; want question %d's event at %d", name, p.Revealed, p.Asked, asked, q.At)
			}
			asked++
			playhead = p.Revealed // the window shows the answered event
		}
		if n := shown(); n < printed {
			t.Fatalf("%s: the console hid lines again: %d shown, %d before", name, n, printed)
		} else {
			printed = n
		}
	}
	if asked < len(qs) { // the run showed whole before the last questions were asked
		early = true
		t.Logf("%s: %d of %d questions asked: the others' events showed with the time revealed", name, asked, len(qs))
	}
	if p.Revealed != end || p.Hidden(end) || p.Prompt(end, w) != nil || shown() != len(console) {
		t.Errorf("%s: at the end %d of %d questions asked, revealed to %d of %d, prompt %q, %d of %d lines shown",
			name, asked, len(qs), p.Revealed, end, p.Prompt(end, w), shown(), len(console))
	}
	return early
}

// waiting reports whether p's next question waits for its answer: stepping reached its event.
func waiting(p *Prediction) bool {
	_, reached, ok := p.Question()
	return ok && reached
}
