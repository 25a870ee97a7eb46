package webtest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/futurescope/futurescope/internal/cpythontest"
)

// TestTimelineLanguage opens a Chinese lesson: the timeline's own words are Chinese. The language
// switch turns them English in place: the playhead stays where it was.
func TestTimelineLanguage(t *testing.T) {
	ctx := newTab(t)
	st := open(t, ctx, "#zh/03-done-callbacks")
	if st.Mode != "viewer" {
		cpythontest.Missing(t, fmt.Sprintf("the timeline is in mode %q: no viewer (chromium without WebGL2?)", st.Mode), "make setup installs Debian's chromium, whose SwiftShader draws WebGL2")
	}
	timelineLang(t, ctx, "zh")
	click(t, ctx, `[data-cmd=step][data-arg="1"]`)
	click(t, ctx, `[data-cmd=step][data-arg="1"]`)
	// Both steps land before the switch: the playhead is read once it has stopped moving (the
	// second step may arrive a frame after the first is seen).
	last, same := -1.0, 0
	playhead := timelinePlayhead(t, ctx, func(p float64) bool {
		if p > 0 && p == last {
			same++
		} else {
			same = 0
		}
		last = p
		return same >= 3
	})
	click(t, ctx, `[data-cmd=help]`)
	time.Sleep(300 * time.Millisecond)
	screenshot(t, ctx, "timeline-zh-help")
	click(t, ctx, `[data-cmd=help]`)
	click(t, ctx, `#lang-switch button[lang=en]`)
	timelineLang(t, ctx, "en")
	timelinePlayhead(t, ctx, func(p float64) bool { return p == playhead })
	click(t, ctx, `#lang-switch button[lang=zh]`)
	timelineLang(t, ctx, "zh")
}

// timelineLang waits until the timeline's viewer speaks lang.
func timelineLang(t *testing.T, ctx context.Context, lang string) {
	t.Helper()
	for range 50 {
		st, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`window.futurescopePage.timeline()`, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		if st["lang"] == lang {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the timeline's viewer does not speak %s", lang)
}
