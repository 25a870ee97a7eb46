package webtest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"
)

// idleBusyMax is the most of its main thread the page may keep busy while nothing happens.
const idleBusyMax = 0.05

// TestIdleTimeline leaves the page alone with a lesson's interactive timeline drawn and measures, over
// five seconds, how busy the page's main thread is (Chrome's TaskDuration metric: the time its tasks
// took, the timeline's frame included) and how many frames the timeline drew: an idle timeline draws
// none. Then it moves the playhead and checks that the timeline draws again.
func TestIdleTimeline(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "#en/01-futures-and-submit")
	if st := state(t, ctx); st.Mode != "viewer" {
		t.Skipf("the timeline is %q, not the interactive viewer (no WebGL2)", st.Mode)
	}
	if _, err := chromedp.Call(ctx, performance.Enable, performance.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	// Let the first run's last frames and the page's own start settle.
	if err := chromedp.Do(ctx, chromedp.Sleep(2*time.Second)); err != nil {
		t.Fatal(err)
	}
	const window = 5 * time.Second
	busy0, frames0 := taskSeconds(t, ctx), timelineFrames(t, ctx)
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Sleep(window)); err != nil {
		t.Fatal(err)
	}
	busy := (taskSeconds(t, ctx) - busy0) / time.Since(start).Seconds()
	frames := timelineFrames(t, ctx) - frames0
	t.Logf("idle for %v: main thread %.1f%% busy, %d timeline frames drawn", window, 100*busy, frames)
	writeFigures(t, "idle.txt", []string{fmt.Sprintf("idle page, interactive timeline, %v: main thread %.1f%% busy (TaskDuration), %d timeline frames drawn", window, 100*busy, frames)})
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
		t.Errorf("a step drew no new frame: %v", err)
	}
	screenshot(t, ctx, "idle-after-step")
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
