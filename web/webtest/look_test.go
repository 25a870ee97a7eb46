package webtest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// TestNarrowScreen opens the page on a phone-sized screen: it stacks in one column.
func TestNarrowScreen(t *testing.T) {
	ctx := newTab(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844)); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, "#zh/04-as-completed")
	overflow, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > innerWidth + 1`))
	if err != nil || overflow {
		t.Errorf("the narrow page scrolls sideways (%v)", err)
	}
	screenshot(t, ctx, "narrow-zh-top")
	eval(t, ctx, `document.getElementById('editor').scrollIntoView()`)
	screenshot(t, ctx, "narrow-zh-editor")
	eval(t, ctx, `document.getElementById('timeline').scrollIntoView()`)
	screenshot(t, ctx, "narrow-zh-timeline")
}

// TestLaptopScreen opens a lesson in both languages on a laptop's screen (1366 × 768): nothing
// scrolls sideways, and the screenshots are there to look at.
func TestLaptopScreen(t *testing.T) {
	ctx := newTab(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1366, 768)); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		open(t, ctx, "#"+lang+"/04-as-completed")
		overflow, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > innerWidth + 1`))
		if err != nil || overflow {
			t.Errorf("%s: the page scrolls sideways (%v)", lang, err)
		}
		checkDrawn(t, ctx, lang+" at 1366 × 768")
		screenshot(t, ctx, "laptop-"+lang)
	}
}

// TestTimeToFirstTimeline measures, five times in fresh tabs with an empty cache (no service worker
// either), how long the page takes from navigation to its first drawn timeline, and reports the
// median; then five times more once the service worker keeps the site (a return visit).
func TestTimeToFirstTimeline(t *testing.T) {
	origin := strings.TrimSuffix(baseURL, "/")
	cold := firstTimelines(t, func(ctx context.Context) {
		if _, err := chromedp.Call(ctx, network.ClearBrowserCache, cdp.Empty{}); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Call(ctx, storage.ClearDataForOrigin, storage.ClearDataForOriginParams{Origin: origin, StorageTypes: "all"}); err != nil {
			t.Fatal(err)
		}
	})
	ctx, cancel := chromedp.NewContext(browser)
	open(t, ctx, "#en/01-futures-and-submit")
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`navigator.serviceWorker.controller !== null`,
		chromedp.WithPollingTimeout(waitRun))); err != nil {
		t.Fatalf("no service worker controls the page: %v", err)
	}
	cancel()
	warm := firstTimelines(t, func(context.Context) {})
	writeFigures(t, "first-timeline.txt", []string{
		fmt.Sprintf("navigation to first drawn timeline, headless chromium, empty cache: median %.0f ms of %s", cold[2], msList(cold)),
		fmt.Sprintf("the same, from the service worker's offline copy (a return visit): median %.0f ms of %s", warm[2], msList(warm)),
	})
	if cold[2] > float64((30 * time.Second).Milliseconds()) {
		t.Errorf("the first timeline takes %.0f ms", cold[2])
	}
}

// firstTimelines loads the first lesson five times, one fresh tab at a time, after prepare(tab),
// and returns the times to the first drawn timeline, sorted.
func firstTimelines(t *testing.T, prepare func(context.Context)) []float64 {
	var times []float64
	for range 5 {
		// One tab at a time: an open tab's timeline keeps drawing and would slow the next one.
		ctx, cancel := chromedp.NewContext(browser)
		prepare(ctx)
		st := open(t, ctx, "#en/01-futures-and-submit")
		times = append(times, st.FirstShownMs)
		cancel()
	}
	slices.Sort(times)
	return times
}

// msList writes times in milliseconds: "[2278 2699 2728]".
func msList(times []float64) string {
	parts := make([]string, len(times))
	for i, ms := range times {
		parts[i] = fmt.Sprintf("%.0f", ms)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// TestStaticTimeline asks for the static picture (as a browser without WebGL2 gets): the SVG of the
// run is drawn in the frame, and exports still work.
func TestStaticTimeline(t *testing.T) {
	ctx := newTab(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(baseURL+"?timeline=svg#en/05-wait")); err != nil {
		t.Fatal(err)
	}
	st := waitShown(t, ctx, 1)
	if st.Mode != "svg" {
		t.Fatalf("mode %q, want svg", st.Mode)
	}
	checkDrawn(t, ctx, "static timeline")
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.getElementById('timeline').contentDocument.querySelectorAll('svg rect').length`))
	if err != nil || n < 10 {
		t.Errorf("the static timeline has %d rectangles (%v)", n, err)
	}
	screenshot(t, ctx, "static-timeline")
	if fetched, err := chromedp.Run(ctx, chromedp.Evaluate[bool](drawFetched)); err != nil || fetched {
		t.Errorf("the lesson's own run fetched draw.wasm (%v): its picture is the course's", err)
	}
	// A run of the learner's own comes with no picture: draw.wasm draws it from the run's trace.
	eval(t, ctx, `window.futurescopePage.setCode(`+jsString(learnerScript)+`)`)
	click(t, ctx, "#run")
	waitShown(t, ctx, st.Shown+1)
	pic, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.getElementById('timeline').contentDocument.querySelector('svg') || {}).outerHTML || ''`))
	if err != nil || !strings.HasPrefix(pic, "<svg") || !strings.Contains(pic, "turn_wheel") {
		t.Errorf("the learner's run's picture is %.80q (%v), want it drawn, naming turn_wheel", pic, err)
	}
	if fetched, err := chromedp.Run(ctx, chromedp.Evaluate[bool](drawFetched)); err != nil || !fetched {
		t.Errorf("the learner's run was drawn without draw.wasm (%v)", err)
	}
}

// drawFetched is true once the page has asked for draw.wasm.
const drawFetched = `performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith('/draw.wasm'))`

// learnerScript is a script of the learner's own, with a name no lesson uses.
const learnerScript = "from concurrent.futures import ThreadPoolExecutor\n\ndef turn_wheel(n):\n    return n + 1\n\n" +
	"with ThreadPoolExecutor(max_workers=2) as pool:\n    print(pool.submit(turn_wheel, 1).result())\n"
