package webtest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestSyntaxErrorKeepsTimeline runs a lesson, then breaks its script: the timeline keeps the last
// run that compiled, dimmed, under a note, and the editor marks the error. A script whose error is
// at line 5000 has the editor scrolled to it. Fixing the script brings the timeline back to full.
func TestSyntaxErrorKeepsTimeline(t *testing.T) {
	ctx := newTab(t)
	st := open(t, ctx, "#en/01-futures-and-submit")
	eval(t, ctx, `window.futurescopePage.setCode("from concurrent.futures import ThreadPoolExecutor\nwith ThreadPoolExecutor() as ex:\n    print(ex.submit(pow, 2, 5).result())\nif True\n    pass\n")`)
	runs := st.Runs
	click(t, ctx, "#run")
	st = waitRuns(t, ctx, runs+1)
	if st.Result.Kind != "syntax" || len(st.Result.Marks) == 0 || st.Result.Marks[0].Line != 4 {
		t.Fatalf("the broken script ended with %+v, want a syntax error marked on line 4", st.Result)
	}
	checkKept(t, ctx, "the broken script")
	checkDrawn(t, ctx, "kept")
	if mark := markedLine(t, ctx); mark != "4" {
		t.Errorf("the editor marks line %q, want 4", mark)
	}
	screenshot(t, ctx, "syntax-error-kept")

	// An error far down: the editor scrolls to it.
	eval(t, ctx, `window.futurescopePage.setCode("x = 0\n".repeat(4999) + "print(x))\n")`)
	click(t, ctx, "#run")
	st = waitRuns(t, ctx, st.Runs+1)
	if st.Result.Kind != "syntax" || len(st.Result.Marks) == 0 || st.Result.Marks[0].Line != 5000 {
		t.Fatalf("the long broken script ended with %+v, want a syntax error on line 5000", st.Result)
	}
	checkKept(t, ctx, "the long broken script")
	var mark string
	for range 20 {
		if mark = markedLine(t, ctx); mark == "5000" {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if mark != "5000" {
		t.Errorf("the editor shows the marked line %q, want it scrolled to line 5000", mark)
	}
	inView, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
		const line = document.querySelector('#editor .cm-fs-error-line'), box = document.querySelector('#editor .cm-scroller');
		if (!line) return false;
		const l = line.getBoundingClientRect(), b = box.getBoundingClientRect();
		return l.top >= b.top && l.bottom <= b.bottom;
	})()`))
	if err != nil || !inView {
		t.Errorf("the error's line is not in the editor's view (%v)", err)
	}
	screenshot(t, ctx, "syntax-error-line-5000")

	// Fixed: a new timeline, at full strength, and no note.
	eval(t, ctx, `window.futurescopePage.setCode("print('fixed')\n")`)
	shown := st.Shown
	click(t, ctx, "#run")
	st = waitShown(t, ctx, shown+1)
	if stale := classOf(t, ctx); strings.Contains(stale, "stale") || !hidden(t, ctx, "broken-note") {
		t.Errorf("after a good run the timeline's class is %q and the note shows: want it back at full strength", stale)
	}
}

// waitRuns waits until the page has finished n runs, drawn or not.
func waitRuns(t *testing.T, ctx context.Context, n int) pageState {
	t.Helper()
	expr := fmt.Sprintf(`(s => s.runs >= %d && !s.running)(window.futurescopePage.state())`, n)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(waitRun))); err != nil {
		t.Fatalf("waiting for run %d: %v", n, err)
	}
	return state(t, ctx)
}

// checkKept checks that the timeline still shows a run, dimmed, under the note that says why.
func checkKept(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	if c := classOf(t, ctx); !strings.Contains(c, "stale") {
		t.Errorf("%s: the timeline's class is %q, want it dimmed (stale)", what, c)
	}
	if hidden(t, ctx, "broken-note") || !strings.Contains(text(t, ctx, "broken-note"), "does not compile") {
		t.Errorf("%s: no note says the timeline is the last run that compiled", what)
	}
}

// classOf returns the timeline frame's class.
func classOf(t *testing.T, ctx context.Context) string {
	t.Helper()
	c, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('timeline').className`))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// hidden says whether the element id is hidden.
func hidden(t *testing.T, ctx context.Context, id string) bool {
	t.Helper()
	h, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById(`+jsString(id)+`).hidden`))
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// markedLine returns the number, in the gutter, of the editor's marked line on screen ("" for none).
func markedLine(t *testing.T, ctx context.Context) string {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		const line = document.querySelector('#editor .cm-fs-error-line');
		if (!line) return '';
		const top = line.getBoundingClientRect().top;
		const numbers = [...document.querySelectorAll('#editor .cm-lineNumbers .cm-gutterElement')];
		const n = numbers.find((g) => Math.abs(g.getBoundingClientRect().top - top) < 2);
		return n ? n.textContent : '?';
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	return n
}
