package lessons_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/lessons"
)

// predictLesson is a lesson with one predict block and its questions.
const predictLesson = header + "\n## Predict, then run\n\n```python predict\nprint('a')\nprint('b')\n```\n\n" +
	"1. `print 2` What is printed *second*?\n\n   Answer: `b`, after `a`.\n\n" +
	"2. `end` Does it fail?\n\n   Answer: No.\n\n## Answers\n\n1. Later.\n"

func TestPrediction(t *testing.T) {
	c, err := load(map[string]string{"en/01-x.md": predictLesson})
	if err != "" {
		t.Fatal(err)
	}
	l := c.Lesson("en", "01-x")
	b := l.Blocks[0]
	if !b.Options.Predict || b.Prediction == nil || len(b.Prediction.Questions) != 2 || b.Prediction.Line != 14 {
		t.Fatalf("block: %+v, prediction %+v", b, b.Prediction)
	}
	q := b.Prediction.Questions
	if q[0].At != (lessons.Reveal{Kind: "print", N: 2}) || q[0].Line != 14 || q[0].Col != 4 ||
		lessons.SpansText(q[0].Text) != "What is printed second?" || lessons.SpansText(q[0].Answer) != "b, after a." {
		t.Errorf("question 1: %+v", q[0])
	}
	if !q[0].Text[1].Emphasis || !q[0].Answer[0].Code {
		t.Errorf("question 1 keeps its styles: %+v %+v", q[0].Text, q[0].Answer)
	}
	if q[1].At != (lessons.Reveal{Kind: "end"}) || lessons.SpansText(q[1].Answer) != "No." {
		t.Errorf("question 2: %+v", q[1])
	}
	html, herr := l.HTML()
	if herr != nil {
		t.Fatal(herr)
	}
	for _, want := range []string{`data-predict=""`, `<ol class="fs-questions" data-block="1">`, `<li data-reveal="print 2">`,
		`<li data-reveal="end">`, `<h2 data-answers="">Answers</h2>`} {
		if !bytes.Contains(html, []byte(want)) {
			t.Errorf("HTML has no %s:\n%s", want, html)
		}
	}
	// The answers are hidden in HTML, and left out of Doc.
	for _, answer := range []string{"<p class=\"fs-answer\" hidden=\"\">Answer: <code>b</code>, after <code>a</code>.</p>", "<p class=\"fs-answer\" hidden=\"\">Answer: No.</p>"} {
		if !bytes.Contains(html, []byte(answer)) {
			t.Errorf("HTML has no hidden answer %s:\n%s", answer, html)
		}
	}
	for _, answer := range []string{"after", "No."} {
		for _, d := range l.Doc() {
			if strings.Contains(lessons.SpansText(d.Spans), answer) {
				t.Errorf("Doc shows the answer %q: %+v", answer, d)
			}
		}
	}
	if h := l.Headings; !h[1].Answers || h[0].Answers {
		t.Errorf("headings: %+v, want the second marked as answers", h)
	}
}

func TestPredictionErrors(t *testing.T) {
	block := header + "\n```python predict\nprint(1)\n```\n\n"
	f := "en/01-x.md:"
	tests := []struct{ text, err string }{
		{block + "Text.\n", f + "7: block 1: a predict block is followed by its questions: a list whose items start with a reveal point (`print 1`), then their answer (\"Answer:\")"},
		{block + "- What?\n\n  Answer: this.\n", f + "11:3: block 1: question 1: start it with its reveal point in backquotes, like `print 1` (print N, start fN, finish fN, callback fN, cancel fN or end)"},
		{block + "- `print 0` What?\n\n  Answer: this.\n", f + "11:3: block 1: question 1: reveal point \"print 0\": want a number 1 or more"},
		{block + "- `finish 2` What?\n\n  Answer: this.\n", f + "11:3: block 1: question 1: reveal point \"finish 2\": name the future as the timeline does, like f2"},
		{block + "- `explode f1` What?\n\n  Answer: this.\n", f + "11:3: block 1: question 1: reveal point \"explode f1\": want print N, start fN, finish fN, callback fN, cancel fN or end"},
		{block + "- `end`\n\n  Answer: this.\n", f + "11:3: block 1: question 1: no question after the reveal point"},
		{block + "- `end` What?\n", f + "11:3: block 1: question 1: no answer: write it in a paragraph of the item that starts with \"Answer:\""},
		{block + "- `end` What?\n\n  This.\n", f + "13:3: block 1: question 1: the answer starts with \"Answer:\""},
		{block + "- `end` What?\n\n  Answer: this.\n\n  More.\n", f + "15: block 1: question 1: an answer is one paragraph"},
		{header + "\n```python predict norun\nprint(1)\n```\n\n- `end` What?\n\n  Answer: this.\n", f + "7: block 1: a predict block runs: drop norun or predict"},
		{block + "1. `end` What?\n\n   Answer: this.\n2. `print` Why?\n\n   Answer: that.\n",
			f + "14:4: block 1: question 2: reveal point \"print\": want print N, start fN, finish fN, callback fN, cancel fN or end"},
	}
	for _, tt := range tests {
		if _, err := load(map[string]string{"en/01-x.md": tt.text}); err != tt.err {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.text, err, tt.err)
		}
	}
}

func TestPredictionTranslated(t *testing.T) {
	zh := strings.Replace(header, "language: en", "language: zh", 1) + "\n```python predict\nprint('a')\nprint('b')\n```\n\n"
	en := header + "\n```python predict\nprint('a')\nprint('b')\n```\n\n1. `print 2` What?\n\n   Answer: b.\n"
	tests := []struct{ zh, err string }{
		{zh + "1. `print 2` 打印什么？\n\n   答案：b。\n", ""},
		{zh + "1. `print 2` 打印什么？\n\n   答案: b。\n", ""},
		{zh + "1. `print 1` 打印什么？\n\n   答案：a。\n", "zh/01-x.md:12:4: block 1: question 1 is at `print 1`, but en/01-x.md:12's is at `print 2`"},
		{zh + "1. `print 2` 打印什么？\n\n   Answer: b.\n", "zh/01-x.md:12: block 1: 0 questions, but en/01-x.md:12 has 1\nzh/01-x.md:14:4: block 1: question 1: the answer starts with \"答案：\""},
		{zh + "1. `print 2` 打印什么？\n\n   答案：b。\n2. `end` 呢？\n\n   答案：没有。\n", "zh/01-x.md:12: block 1: 2 questions, but en/01-x.md:12 has 1"},
	}
	for _, tt := range tests {
		if _, err := load(map[string]string{"en/01-x.md": en, "zh/01-x.md": tt.zh}); err != tt.err {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.zh, err, tt.err)
		}
	}
}

func TestParseReveal(t *testing.T) {
	for _, s := range []string{"print 1", "print 12", "start f1", "finish f3", "callback f4", "cancel f2", "end"} {
		r, err := lessons.ParseReveal(s)
		if err != nil || r.String() != s {
			t.Errorf("ParseReveal(%q) = %v, %v; want it back", s, r, err)
		}
	}
	for _, s := range []string{"", "print", "print -1", "print +1", "print 01", "finish f0", "finish", "end 1", "print 1 2", "done f1"} {
		if r, err := lessons.ParseReveal(s); err == nil {
			t.Errorf("ParseReveal(%q) = %v, want an error", s, r)
		}
	}
}
