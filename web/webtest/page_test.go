package webtest

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// pageState is what window.futurescopePage.state() says (web/src/app.js).
type pageState struct {
	Lang, Slug   string
	Block        int
	ExpectError  string
	Running      bool
	Runs, Shown  int
	Mode         string
	FirstShownMs float64
	Result       *struct {
		ExitCode                    int
		Stdout, Stderr, Error, Kind string
		Events                      int
		Marks                       []struct {
			Line, Col, EndLine, EndCol int
			Message                    string
		}
		WallMs    float64
		VirtualNs float64
	}
}

// state reads the page's state.
func state(t testing.TB, ctx context.Context) pageState {
	t.Helper()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](`JSON.stringify(window.futurescopePage.state())`))
	if err != nil {
		t.Fatalf("reading the page's state: %v", err)
	}
	var s string
	var st pageState
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(s), &st); err != nil {
		t.Fatal(err)
	}
	return st
}

// open loads the page afresh at fragment and waits for its first run to be drawn.
func open(t testing.TB, ctx context.Context, fragment string) pageState {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(baseURL+fragment)); err != nil {
		t.Fatalf("opening %s: %v", fragment, err)
	}
	return waitShown(t, ctx, 1)
}

// waitRun bounds the wait for one run to be drawn: a few seconds on an idle machine, a runaway
// loop's step budget several times that beside another build.
const waitRun = 4 * time.Minute

// waitShown waits until the page has drawn n runs' timelines and is not running.
func waitShown(t testing.TB, ctx context.Context, n int) pageState {
	t.Helper()
	expr := fmt.Sprintf(`window.futurescopePage && (s => s.shown >= %d && !s.running)(window.futurescopePage.state())`, n)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(waitRun))); err != nil {
		t.Fatalf("waiting for timeline %d: %v (page state %+v)", n, err, safeState(ctx))
	}
	return state(t, ctx)
}

// safeState is the page's state for failure messages, or the error reading it.
func safeState(ctx context.Context) any {
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify(window.futurescopePage?.state()) + ' console: ' + document.getElementById('console').textContent.slice(0, 500) + ' notice: ' + document.getElementById('notice').textContent`))
	if err != nil {
		return err
	}
	return s
}

// lessonList reads the lessons the page lists: their slugs, in order.
func lessonList(t *testing.T, ctx context.Context) []string {
	t.Helper()
	slugs, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('#lesson-select option')].map(o => o.value)`))
	if err != nil || len(slugs) == 0 {
		t.Fatalf("reading the lesson list: %v %v", slugs, err)
	}
	return slugs
}

// eval runs a JS expression for its side effects.
func eval(t testing.TB, ctx context.Context, expr string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](expr)); err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
}

// text returns the text of the element id.
func text(t *testing.T, ctx context.Context, id string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`document.getElementById(%q).textContent`, id)))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// click clicks the element the CSS selector finds.
func click(t testing.TB, ctx context.Context, sel string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
		t.Fatalf("clicking %s: %v", sel, err)
	}
}
