package webtest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// idleBusyMax is the most of its main thread the page may keep busy while nothing happens.
const idleBusyMax = 0.05

// TestIdleTimeline leaves the page alone with a lesson's interactive timeline drawn and measures, over
// five seconds, how busy the page's main thread is (Chrome's TaskDuration metric: the time its tasks
// took, the timeline's frame included) and how many frames the timeline drew: an idle timeline draws
// none. Then it moves the playhead and checks that the timeline draws again.
func TestIdleTimeline(t *testing.T) {
	const window = 5 * time.Second
	// The static timeline first, for reference: the page's own idle cost.
	static := newTab(t)
	open(t, static, "?timeline=svg#en/01-futures-and-submit")
	staticBusy := idleBusy(t, static, window)
	staticTyping := typing(t, static)

	ctx := newTab(t)
	open(t, ctx, "#en/01-futures-and-submit")
	if st := state(t, ctx); st.Mode != "viewer" {
		t.Skipf("the timeline is %q, not the interactive viewer (no WebGL2)", st.Mode)
	}
	frames0 := timelineFrames(t, ctx)
	busy := idleBusy(t, ctx, window)
	frames := timelineFrames(t, ctx) - frames0
	viewerTyping := typing(t, ctx)
	writeFigures(t, "idle.txt", []string{
		fmt.Sprintf("idle page for %v, headless chromium (TaskDuration of the page's main thread):", window),
		fmt.Sprintf("  interactive timeline: %.1f%% busy, %d timeline frames drawn", 100*busy, frames),
		fmt.Sprintf("  static timeline (?timeline=svg): %.1f%% busy", 100*staticBusy),
		fmt.Sprintf("typing %d characters into the editor: %v with the interactive timeline, %v with the static one",
			len(typed), viewerTyping.Round(time.Millisecond), staticTyping.Round(time.Millisecond)),
	})
	if busy > idleBusyMax {
		t.Errorf("idle: the main thread was %.1f%% busy, want under %.0f%%", 100*busy, 100*idleBusyMax)
	}
	if frames > 0 {
		t.Errorf("idle: the timeline drew %d frames with nothing changing, want none", frames)
	}

	before := timelineFrames(t, ctx)
	click(t, ctx, `[data-cmd=step][data-arg="1"]`)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](fmt.Sprintf(`document.getElementById('timeline').contentWindow.futurescopeTimeline.state().frames > %d`, before),
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		tl, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify(document.getElementById('timeline').contentWindow.futurescopeTimeline.state())`))
		t.Errorf("a step drew no new frame: %v (the timeline's state %s, %d frames before)", err, tl, before)
	}
	screenshot(t, ctx, "idle-after-step")
}

// typed is what typing types: a line of a script, as a learner types it.
const typed = "print('typed', 6 * 7) "

// typing types typed at the end of the editor's script, a key at a time, and returns how long the
// keys took to arrive (each waits for the page to take the one before).
func typing(t *testing.T, ctx context.Context) time.Duration {
	t.Helper()
	click(t, ctx, ".cm-content")
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(chromedp.ModifierCtrl)), chromedp.KeyEvent("\n")); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.KeyEvent(typed)); err != nil {
		t.Fatal(err)
	}
	d := time.Since(start)
	if code := pageCode(t, ctx); !strings.HasSuffix(code, "\n"+typed) {
		t.Errorf("typing left the script ending %q, want %q", code[max(0, len(code)-40):], typed)
	}
	return d
}

// idleBusy leaves the tab alone for a moment, then returns the share of d its main thread was busy.
func idleBusy(t *testing.T, ctx context.Context, d time.Duration) float64 {
	t.Helper()
	if _, err := chromedp.Call(ctx, performance.Enable, performance.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	// Let the run's last frames and the page's own start settle.
	if err := chromedp.Do(ctx, chromedp.Sleep(2*time.Second)); err != nil {
		t.Fatal(err)
	}
	busy0, start := taskSeconds(t, ctx), time.Now()
	if err := chromedp.Do(ctx, chromedp.Sleep(d)); err != nil {
		t.Fatal(err)
	}
	return (taskSeconds(t, ctx) - busy0) / time.Since(start).Seconds()
}

// taskSeconds returns Chrome's TaskDuration for the tab: the seconds its main thread spent in tasks.
func taskSeconds(t *testing.T, ctx context.Context) float64 {
	t.Helper()
	res, err := chromedp.Call(ctx, performance.GetMetrics, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range res.Metrics {
		if m.Name == "TaskDuration" {
			return m.Value
		}
	}
	t.Fatal("no TaskDuration metric")
	return 0
}

// timelineFrames returns how many frames the interactive timeline has drawn.
func timelineFrames(t *testing.T, ctx context.Context) int {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.getElementById('timeline').contentWindow.futurescopeTimeline.state().frames`))
	if err != nil {
		t.Fatal(err)
	}
	return n
}
