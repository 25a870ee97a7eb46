package webtest

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestEditAndRerun types a new script into the editor as a learner does, runs it with Ctrl+Enter,
// then runs a failing one and checks that the failing line is marked in the editor.
func TestEditAndRerun(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "#en")
	click(t, ctx, ".cm-content")
	err := chromedp.Do(ctx,
		chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.KeyEvent(kb.Delete),
		chromedp.KeyEvent("print('edited', 6 * 7)"),
		chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierCtrl)),
	)
	if err != nil {
		t.Fatal(err)
	}
	st := waitShown(t, ctx, 2)
	if got := st.Result.Stdout; got != "edited 42\n" {
		t.Errorf("after typing and Ctrl+Enter: stdout %q, want %q", got, "edited 42\n")
	}
	if out := text(t, ctx, "console"); !strings.Contains(out, "edited 42") {
		t.Errorf("the console shows %q, want the new output", out)
	}
	checkDrawn(t, ctx, "edited script")

	eval(t, ctx, `window.futurescopePage.setCode("def half(n):\n    return n // 0\n\nprint(half(4))\n")`)
	click(t, ctx, "#run")
	st = waitShown(t, ctx, 3)
	if r := st.Result; r.ExitCode != 1 || !strings.HasPrefix(r.Error, "ZeroDivisionError") || len(r.Marks) == 0 || r.Marks[0].Line != 2 {
		t.Fatalf("a failing script: %+v, want ZeroDivisionError marked on line 2", r)
	}
	marked, err := chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('.cm-fs-error-line')].map(l =>
		l.textContent).join('|')`))
	if err != nil || !strings.Contains(marked, "return n // 0") || !strings.Contains(marked, "ZeroDivisionError") {
		t.Errorf("marked lines %q (%v), want line 2 with its error", marked, err)
	}
	// The expression CPython's carets point at is underlined: "n // 0".
	span, err := chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('.cm-fs-error-span')].map(s => s.textContent).join('|')`))
	if err != nil || span != "n // 0" {
		t.Errorf("underlined %q (%v), want %q", span, err, "n // 0")
	}
	if status := text(t, ctx, "status"); !strings.Contains(status, "ZeroDivisionError") || !strings.Contains(status, "line 2") {
		t.Errorf("status %q, want the error and its line", status)
	}
	screenshot(t, ctx, "error-marked")
}
