package webtest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// predictState is what the page shows of a prediction in progress.
type predictState struct {
	Bar      bool   // the prediction's bar is shown
	BarText  string // its text
	Console  string // the console's text
	Status   string // the header's status
	Answers  int    // answers of questions on the page (p.fs-answer in the document)
	Prose    string // the lesson's text as shown
	Asking   bool   // a question waits for its answer
	Playhead float64
	End      float64 // the end of the run the timeline shows, in virtual ns
}

// predicting reads what the page shows of a prediction.
func predicting(t *testing.T, ctx context.Context) predictState {
	t.Helper()
	st, err := chromedp.Run(ctx, chromedp.Evaluate[predictState](`(async () => {
		const bar = document.getElementById('predict');
		const tl = await window.futurescopePage.timeline();
		return {Bar: !!bar && !bar.hidden, BarText: bar ? bar.textContent : '', Console: document.getElementById('console').textContent,
			Status: document.getElementById('status').textContent, Answers: document.querySelectorAll('p.fs-answer').length,
			Prose: document.getElementById('prose').innerText, Asking: !!document.querySelector('.predict-answer-btn'),
			Playhead: tl ? tl.playhead : -1, End: tl ? tl.end : -1};
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("reading the prediction: %v", err)
	}
	st.BarText = strings.Join(strings.Fields(st.BarText), " ") // HTML's line breaks are spaces
	return st
}

// press sends the page a key, as typed with the focus on the page (not the editor).
func press(t *testing.T, ctx context.Context, key string) {
	t.Helper()
	eval(t, ctx, fmt.Sprintf(`document.activeElement?.blur(), document.body.dispatchEvent(new KeyboardEvent('keydown', {key: %q, bubbles: true}))`, key))
}

// waitPredict waits until the page shows what ok accepts, and returns it.
func waitPredict(t *testing.T, ctx context.Context, what string, ok func(predictState) bool) predictState {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		st := predicting(t, ctx)
		if ok(st) {
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: the page shows %+v", what, st)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestPredictThenReveal runs lesson 3's prediction block: its run is hidden (an empty console, no
// outcome in the header, a timeline that stops where the reveal is, no answer on the page), N steps
// to the first question, Show answer reveals its event and its answer and nothing after it, and
// stepping on reveals the rest until the run is shown whole.
func TestPredictThenReveal(t *testing.T) {
	ctx := newTab(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1440, 900)); err != nil {
		t.Fatal(err)
	}
	st := open(t, ctx, "#en/03-done-callbacks")
	if n := predicting(t, ctx).Answers; n != 0 {
		t.Errorf("the lesson shows %d answers of its questions before any is revealed", n)
	}
	prose := predicting(t, ctx).Prose
	for _, answer := range []string{"the worker that completes", "each registration is called once", "Answer:"} {
		if strings.Contains(prose, answer) {
			t.Errorf("the lesson's text shows an answer (%q) before it is asked for", answer)
		}
	}
	click(t, ctx, ".predict-block")
	p := waitPredict(t, ctx, "the prediction to start", func(p predictState) bool { return p.Bar })
	waitShown(t, ctx, st.Shown+1)
	p = predicting(t, ctx)
	if strings.Contains(p.Console, "MainThread") || strings.Contains(p.Console, "callbacks added") {
		t.Errorf("before any reveal the console shows what the run printed: %q", p.Console)
	}
	if strings.Contains(p.Status, "Finished") || !strings.Contains(p.Status, "Predicting") {
		t.Errorf("before any reveal the header says %q, want it predicting, not how the run ended", p.Status)
	}
	if p.End >= 0.3e9 {
		t.Errorf("before any reveal the timeline shows the run up to %.3f s, the whole run", p.End/1e9)
	}
	screenshot(t, ctx, "predict-before")

	// N steps to the first question, "callback f2": which thread runs b's callback.
	for i := 0; i < 100 && !p.Asking; i++ {
		press(t, ctx, "n")
		p = waitPredict(t, ctx, "a step", func(q predictState) bool { return q.BarText != "" })
		if strings.Contains(p.Console, "1 in MainThread") || strings.Contains(p.BarText, "callback report runs") {
			t.Fatalf("step %d revealed what the first question asks about: %q, %q", i, p.Console, p.BarText)
		}
	}
	if !p.Asking || !strings.Contains(p.BarText, "Which thread runs b's callback") {
		t.Fatalf("stepping never asked the first question: %+v", p)
	}
	screenshot(t, ctx, "predict-question")
	click(t, ctx, ".predict-answer-btn")
	p = waitPredict(t, ctx, "the answer", func(q predictState) bool { return !q.Asking })
	if p.Answers != 1 || !strings.Contains(p.BarText, "add_done_callback") || !strings.Contains(p.BarText, "callback report runs in MainThread") {
		t.Errorf("the answer and its event are not shown (%d answers on the page, bar %q)", p.Answers, p.BarText)
	}
	if strings.Contains(p.BarText, "Answer: Answer:") {
		t.Errorf("the answer's label is doubled: %q", p.BarText)
	}
	time.Sleep(500 * time.Millisecond) // the timeline draws the step
	screenshot(t, ctx, "predict-after")
	press(t, ctx, "n")
	p = waitPredict(t, ctx, "the next event", func(q predictState) bool { return strings.Contains(q.Console, "MainThread") })
	if p.Console != "1 in MainThread\n" {
		t.Errorf("the step after the answer shows %q, want the first line and nothing after it", p.Console)
	}

	// Stepping on reveals the rest, the second question on the way, until the run is shown whole.
	for i := 0; i < 200 && p.Bar; i++ {
		if p.Asking {
			press(t, ctx, "a")
		} else {
			press(t, ctx, "n")
		}
		time.Sleep(50 * time.Millisecond)
		p = predicting(t, ctx)
	}
	p = waitPredict(t, ctx, "the whole run", func(q predictState) bool { return !q.Bar && q.End >= 0.3e9 })
	if !strings.Contains(p.Console, "3 in ThreadPoolExecutor-0_0") || !strings.Contains(p.Status, "Finished") || p.Answers != 2 {
		t.Errorf("after the last event the page shows %+v, want the whole run, its outcome and both answers", p)
	}
	click(t, ctx, ".show-answers")
	if p = predicting(t, ctx); !strings.Contains(p.Prose, "each registration is called once") {
		t.Errorf("Show the answers does not show the lesson's answers")
	}
}

// TestPredictChinese checks that the Chinese lesson asks its question in Chinese and hides its answer.
func TestPredictChinese(t *testing.T) {
	ctx := newTab(t)
	st := open(t, ctx, "#zh/06-cancellation")
	click(t, ctx, ".predict-block")
	waitShown(t, ctx, st.Shown+1)
	p := predicting(t, ctx)
	for i := 0; i < 100 && !p.Asking; i++ {
		press(t, ctx, "n")
		p = waitPredict(t, ctx, "a step", func(q predictState) bool { return q.BarText != "" })
	}
	if !strings.Contains(p.BarText, "它的 `cancel()` 返回什么") && !strings.Contains(p.BarText, "cancel() 返回什么") {
		t.Errorf("the first question is not the lesson's Chinese one: %q", p.BarText)
	}
	if strings.Contains(p.Prose, "已经开始的调用取消不了") {
		t.Errorf("the answer is on the page before it is revealed")
	}
	press(t, ctx, "a")
	p = waitPredict(t, ctx, "the answer", func(q predictState) bool { return !q.Asking })
	if !strings.Contains(p.Prose, "已经开始的调用取消不了") || !strings.Contains(p.BarText, "答案") {
		t.Errorf("the answer is not shown once revealed: bar %q", p.BarText)
	}
}

// presentState is what the page shows in presenter mode.
type presentState struct {
	Present                bool
	Slides, Shown          int
	Title                  string
	CapPx, CodeCapPx       float64 // the height of a capital H in the lesson's text and in the script
	TimelineW, ViewportW   float64
	TimelineTop, ProseBott float64
}

// TestPresent opens the page at ?present at 1920×1080 and 1280×800: one section a slide, moved with
// the arrow keys, the timeline the width of the screen, and capital letters of the lesson at least
// 28 px tall at 1920×1080 (measured, and written to figures).
func TestPresent(t *testing.T) {
	var figures []string
	for _, size := range [][2]int64{{1920, 1080}, {1280, 800}} {
		ctx := newTab(t)
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(size[0], size[1])); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(baseURL+"?present#en/03-done-callbacks")); err != nil {
			t.Fatal(err)
		}
		waitShown(t, ctx, 1)
		var got presentState
		read := func() {
			t.Helper()
			var err error
			got, err = chromedp.Run(ctx, chromedp.Evaluate[presentState](`(() => {
				const cap = (el) => { const c = document.createElement('canvas').getContext('2d'); const s = getComputedStyle(el);
					c.font = s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily; return c.measureText('H').actualBoundingBoxAscent; };
				const slides = [...document.querySelectorAll('#prose section.slide')];
				const shown = slides.find((s) => !s.hidden);
				const p = shown.querySelector('p') || shown;
				const tl = document.getElementById('timeline').getBoundingClientRect();
				return {Present: document.body.classList.contains('present'), Slides: slides.length, Shown: slides.filter((s) => !s.hidden).length,
					Title: (shown.querySelector('h1, h2') || {}).textContent || '', CapPx: cap(p),
					CodeCapPx: cap(document.querySelector('.cm-content')), TimelineW: tl.width, ViewportW: innerWidth,
					TimelineTop: tl.top, ProseBott: document.getElementById('prose').getBoundingClientRect().bottom};
			})()`))
			if err != nil {
				t.Fatal(err)
			}
		}
		read()
		name := fmt.Sprintf("%dx%d", size[0], size[1])
		if !got.Present || got.Slides < 3 || got.Shown != 1 {
			t.Fatalf("%s: presenter mode shows %+v, want one slide of several", name, got)
		}
		first := got.Title
		if got.TimelineW < 0.95*got.ViewportW || got.TimelineTop < got.ProseBott-1 {
			t.Errorf("%s: the timeline is %.0f px wide of %.0f, from y=%.0f (the lesson ends at %.0f): want the screen's width, under the lesson",
				name, got.TimelineW, got.ViewportW, got.TimelineTop, got.ProseBott)
		}
		if size[0] == 1920 && got.CapPx < 28 {
			t.Errorf("%s: capital letters of the lesson are %.1f px tall, want at least 28", name, got.CapPx)
		}
		figures = append(figures, fmt.Sprintf("present %s: capital letters %.1f px (lesson text), %.1f px (script); timeline %.0f of %.0f px wide; %d slides",
			name, got.CapPx, got.CodeCapPx, got.TimelineW, got.ViewportW, got.Slides))
		screenshot(t, ctx, "present-"+name)
		press(t, ctx, "ArrowRight")
		read()
		if got.Shown != 1 || got.Title == first {
			t.Errorf("%s: → shows slide %q, still %q", name, got.Title, first)
		}
		press(t, ctx, "PageUp")
		if read(); got.Title != first {
			t.Errorf("%s: PgUp shows %q, want the first slide back (%q)", name, got.Title, first)
		}
		// A prediction in presenter mode: the slide of the prediction block, its run stepped to the
		// first question.
		for i := 0; i < got.Slides && !strings.Contains(got.Title, "Predict"); i++ {
			press(t, ctx, "PageDown")
			read()
		}
		st := state(t, ctx)
		eval(t, ctx, `document.querySelector('.predict-block').click()`)
		waitShown(t, ctx, st.Shown+1)
		p := predicting(t, ctx)
		for i := 0; i < 100 && !p.Asking; i++ {
			press(t, ctx, "n")
			p = waitPredict(t, ctx, "a step", func(q predictState) bool { return q.BarText != "" })
		}
		time.Sleep(500 * time.Millisecond)
		screenshot(t, ctx, "present-predict-"+name)
	}
	writeFigures(t, "present.txt", figures)
}

// TestPredictStatic runs a prediction with the static picture (a browser without WebGL2): the
// picture shows the part revealed, drawn by the runner, and grows as events are revealed.
func TestPredictStatic(t *testing.T) {
	ctx := newTab(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(baseURL+"?timeline=svg#en/06-cancellation")); err != nil {
		t.Fatal(err)
	}
	st := waitShown(t, ctx, 1)
	if st.Mode != "svg" {
		t.Fatalf("mode %q, want svg", st.Mode)
	}
	click(t, ctx, ".predict-block")
	picture := func() string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const d = document.getElementById('timeline').contentDocument;
			return d.querySelector('.too-big') ? 'too big' : (d.querySelector('svg') || {}).outerHTML || ''; })()`))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	st = waitShown(t, ctx, st.Shown+1)
	first := picture()
	if !strings.HasPrefix(first, "<svg") {
		t.Fatalf("the prediction's first picture is %.80q, want the part revealed drawn", first)
	}
	for i := 0; i < 3; i++ {
		press(t, ctx, "n")
		st = waitShown(t, ctx, st.Shown+1)
	}
	if later := picture(); later == first || !strings.HasPrefix(later, "<svg") {
		t.Errorf("three steps later the picture is %.80q, want a new drawing of more events", later)
	}
}
