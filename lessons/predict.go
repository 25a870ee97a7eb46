package lessons

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A Prediction is what a predict block asks before its run is shown: its questions, in the order a
// presenter reaches them.
type Prediction struct {
	// Line is the 1-based line of the questions' list in the lesson's file.
	Line int
	// Questions are the list's items, in order.
	Questions []Question
}

// A Question is one item of a predict block's questions: asked when the reveal reaches At, answered
// by revealing At's event.
type Question struct {
	// Line and Col are where the item's reveal point is written: 1-based, Col in bytes.
	Line, Col int
	// At is the event the question is about: the run is revealed up to just before it when the
	// question is asked, and through it once the answer is shown. It is the earliest event that
	// answers the question (the future whose result is printed finishing, rather than the print),
	// so that nothing revealed before it gives the answer away (see reveal.GiveAways).
	At Reveal
	// Text is the question, without its reveal point.
	Text []Span
	// Answer is the answer, without its "Answer:" label.
	Answer []Span
}

// A Reveal names one event of a run, in words that do not depend on the lesson's language:
//
//	print N     the N-th line the script prints (N >= 1)
//	start fN    a worker starts future fN (it becomes running)
//	finish fN   future fN finishes: it returns or raises
//	callback fN a done-callback of future fN starts (the first, if it has several)
//	cancel fN   the script calls fN.cancel() (the event's value is what cancel() returns)
//	end         the run's last event
//
// Futures are numbered as the timeline numbers them: f1 is the first future the run creates.
type Reveal struct {
	// Kind is "print", "start", "finish", "callback", "cancel" or "end".
	Kind string
	// N is the line's number for print, the future's number for start, finish, callback and cancel,
	// 0 for end.
	N int
}

// String writes r as a lesson writes it: "print 2", "finish f3", "end".
func (r Reveal) String() string {
	switch r.Kind {
	case "end":
		return "end"
	case "print":
		return "print " + strconv.Itoa(r.N)
	}
	return r.Kind + " f" + strconv.Itoa(r.N)
}

// revealForms lists the reveal points, as errors list them.
const revealForms = "print N, start fN, finish fN, callback fN, cancel fN or end"

// ParseReveal reads a reveal point as a lesson writes it: "print 2", "finish f3", "end".
func ParseReveal(s string) (Reveal, error) {
	words := strings.Fields(s)
	if len(words) == 1 && words[0] == "end" {
		return Reveal{Kind: "end"}, nil
	}
	if len(words) != 2 {
		return Reveal{}, fmt.Errorf("reveal point %q: want %s", s, revealForms)
	}
	kind, arg := words[0], words[1]
	switch kind {
	case "print":
	case "start", "finish", "callback", "cancel":
		num, ok := strings.CutPrefix(arg, "f")
		if !ok {
			return Reveal{}, fmt.Errorf("reveal point %q: name the future as the timeline does, like f2", s)
		}
		arg = num
	default:
		return Reveal{}, fmt.Errorf("reveal point %q: want %s", s, revealForms)
	}
	n, err := strconv.Atoi(arg)
	if err != nil || n < 1 || arg[0] == '+' || arg[0] == '0' {
		return Reveal{}, fmt.Errorf("reveal point %q: want a number 1 or more", s)
	}
	return Reveal{Kind: kind, N: n}, nil
}

// answerClass marks an answer's paragraph in HTML, which also has the attribute hidden.
const answerClass = "fs-answer"

// isAnswer reports whether n is a question's answer.
func isAnswer(n ast.Node) bool {
	v, ok := n.AttributeString("class")
	if !ok {
		return false
	}
	b, _ := v.([]byte)
	s, _ := v.(string)
	return string(b) == answerClass || s == answerClass
}

// answerLabels are the labels an answer starts with, by language.
var answerLabels = map[string][]string{"en": {"Answer:"}, "zh": {"答案：", "答案:"}}

// answersHeadings are the headings of the sections that hold a lesson's answers, by language: front
// ends keep such a section hidden until the reader asks for it.
var answersHeadings = map[string]string{"en": "Answers", "zh": "答案"}

// prediction reads the questions of predict block b: the list right after the block's fence n. It
// marks the list, its items and their answers for the HTML renderer, and the answers for Doc, which
// leaves them out.
func (ld *loader) prediction(n *ast.FencedCodeBlock, b *Block, lang string) {
	list, ok := n.NextSibling().(*ast.List)
	if !ok {
		ld.errorAt(b.Line, 0, "block %d: a predict block is followed by its questions: a list whose items start with a reveal point (`%s`), then their answer (%s)", b.Index, "print 1", answerLabel(lang))
		return
	}
	p := &Prediction{Line: ld.line(list)}
	list.SetAttributeString("class", "fs-questions")
	list.SetAttributeString("data-block", strconv.Itoa(b.Index))
	for item := list.FirstChild(); item != nil; item = item.NextSibling() {
		q, ok := ld.question(item, b, len(p.Questions)+1, lang)
		if !ok {
			continue
		}
		item.SetAttributeString("data-reveal", q.At.String())
		p.Questions = append(p.Questions, q)
	}
	b.Prediction = p
}

// question reads item number i of a predict block's questions and marks its answer.
func (ld *loader) question(item ast.Node, b *Block, i int, lang string) (Question, bool) {
	where := fmt.Sprintf("block %d: question %d", b.Index, i)
	first := item.FirstChild()
	if !isParagraph(first) {
		ld.errorAt(ld.line(item), 0, "%s: an item starts with its question", where)
		return Question{}, false
	}
	q := Question{Line: ld.line(first), Col: ld.col(first.Lines().At(0).Start)}
	code, ok := first.FirstChild().(*ast.CodeSpan)
	if !ok {
		ld.errorAt(q.Line, q.Col, "%s: start it with its reveal point in backquotes, like `print 1` (%s)", where, revealForms)
		return Question{}, false
	}
	var err error
	if q.At, err = ParseReveal(plainText(code, ld.src)); err != nil {
		ld.errorAt(q.Line, q.Col, "%s: %v", where, err)
		return Question{}, false
	}
	var text []Span
	d := &docWriter{src: ld.src}
	for n := code.NextSibling(); n != nil; n = n.NextSibling() {
		d.inline(n, Span{}, &text)
	}
	q.Text = trimSpans(text)
	if len(q.Text) == 0 {
		ld.errorAt(q.Line, q.Col, "%s: no question after the reveal point", where)
		return Question{}, false
	}
	answer := first.NextSibling()
	if !isParagraph(answer) {
		ld.errorAt(q.Line, q.Col, "%s: no answer: write it in a paragraph of the item that starts with %s", where, answerLabel(lang))
		return Question{}, false
	}
	aLine, aCol := ld.line(answer), ld.col(answer.Lines().At(0).Start)
	spans := (&docWriter{src: ld.src}).spans(answer)
	if q.Answer, ok = cutLabel(spans, answerLabels[lang]); !ok || len(q.Answer) == 0 {
		ld.errorAt(aLine, aCol, "%s: the answer starts with %s", where, answerLabel(lang))
		return Question{}, false
	}
	if extra := answer.NextSibling(); extra != nil {
		ld.errorAt(ld.line(extra), 0, "%s: an answer is one paragraph", where)
		return Question{}, false
	}
	answer.SetAttributeString("class", answerClass)
	answer.SetAttributeString("hidden", "")
	return q, true
}

// isParagraph reports whether n is a paragraph: in a loose list or a tight one.
func isParagraph(n ast.Node) bool {
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return n.Lines().Len() > 0
	}
	return false
}

// answerLabel is the label answers start with in lang.
func answerLabel(lang string) string {
	if ls := answerLabels[lang]; len(ls) > 0 {
		return strconv.Quote(ls[0])
	}
	return `"Answer:"`
}

// cutLabel returns spans without the label they start with, one of labels, and whether they had one.
func cutLabel(spans []Span, labels []string) ([]Span, bool) {
	if len(spans) == 0 {
		return nil, false
	}
	for _, label := range labels {
		if rest, ok := strings.CutPrefix(spans[0].Text, label); ok {
			out := append([]Span{}, spans...)
			out[0].Text = rest
			if rest == "" {
				out = out[1:]
			}
			return trimSpans(out), true
		}
	}
	return nil, false
}

// trimSpans returns spans without the spaces at their start and end, and without spans left empty.
func trimSpans(spans []Span) []Span {
	out := append([]Span{}, spans...)
	if len(out) > 0 {
		out[0].Text = strings.TrimLeft(out[0].Text, " \n")
		if out[0].Text == "" {
			out = out[1:]
		}
	}
	if k := len(out) - 1; k >= 0 {
		out[k].Text = strings.TrimRight(out[k].Text, " \n")
		if out[k].Text == "" {
			out = out[:k]
		}
	}
	return out
}

// SpansText returns the text of spans, without their styles.
func SpansText(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.Text)
	}
	return b.String()
}
