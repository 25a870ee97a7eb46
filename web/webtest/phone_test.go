package webtest

import (
	"bytes"
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/futurescope/futurescope/internal/cpythontest"
)

// A box is an element's place in the viewport, in CSS pixels.
type box struct{ X, Y, W, H float64 }

// boxOf returns where the element sel is in the viewport.
func boxOf(t *testing.T, ctx context.Context, sel string) box {
	t.Helper()
	b, err := chromedp.Run(ctx, chromedp.Evaluate[box](fmt.Sprintf(
		`(r => ({x: r.x, y: r.y, w: r.width, h: r.height}))(document.querySelector(%q).getBoundingClientRect())`, sel)))
	if err != nil {
		t.Fatalf("where is %s: %v", sel, err)
	}
	return b
}

// inView says whether all of b is inside a w×h viewport and not empty.
func (b box) inView(w, h float64) bool {
	return b.W > 0 && b.H > 0 && b.X >= 0 && b.Y >= 0 && b.X+b.W <= w+0.5 && b.Y+b.H <= h+0.5
}

// TestPhone opens a lesson on a phone's screen (390×844): the lesson and the work are two tabs; on
// the work tab the editor, Run and the timeline are all in view without scrolling the page, and
// "Run this" in the lesson opens it. A finger dragged along the timeline's axis scrubs it.
func TestPhone(t *testing.T) {
	const w, h = 390, 844
	ctx := newTab(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(w, h, chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulateTouch)); err != nil {
		t.Fatal(err)
	}
	st := open(t, ctx, "#en/01-futures-and-submit")
	if b := boxOf(t, ctx, "#prose"); !b.inView(w, h) || b.H < h/2 {
		t.Errorf("the lesson tab shows the lesson at %+v, want it to fill the screen below the bar", b)
	}
	screenshot(t, ctx, "phone-lesson")
	click(t, ctx, "#tab-work")
	time.Sleep(300 * time.Millisecond)
	for _, sel := range []string{"#editor", "#run", "#console", "#timeline"} {
		if b := boxOf(t, ctx, sel); !b.inView(w, h) {
			t.Errorf("on the work tab %s is at %+v, outside the %d×%d screen", sel, b, w, h)
		}
	}
	if b := boxOf(t, ctx, "#timeline"); b.H < 180 {
		t.Errorf("the timeline is %.0f px high on a phone, want at least 180", b.H)
	}
	if b := boxOf(t, ctx, "#editor"); b.H < 110 {
		t.Errorf("the editor is %.0f px high on a phone, want at least 110", b.H)
	}
	scrolls, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.scrollingElement.scrollHeight > innerHeight + 1`))
	if err != nil || scrolls {
		t.Errorf("the page scrolls on a phone (%v): the work tab should fit the screen", err)
	}
	checkDrawn(t, ctx, "phone")
	screenshot(t, ctx, "phone-work")
	t.Logf("at %d×%d: editor %+v, Run %+v, timeline %+v", w, h, boxOf(t, ctx, "#editor"), boxOf(t, ctx, "#run"), boxOf(t, ctx, "#timeline"))

	// The lesson's "Run this" brings the work tab back with the run.
	click(t, ctx, "#tab-lesson")
	click(t, ctx, ".block-bar .run-block")
	st = waitShown(t, ctx, st.Shown+1)
	if b := boxOf(t, ctx, "#timeline"); !b.inView(w, h) {
		t.Errorf("after Run this the timeline is at %+v, want the work tab shown", b)
	}
	if st.Mode == "viewer" {
		scrubByTouch(t, ctx)
		pinchOut(t, ctx)
	} else {
		cpythontest.Missing(t, fmt.Sprintf("the timeline is in mode %q: no viewer to touch (chromium without WebGL2?)", st.Mode), "make setup installs Debian's chromium, whose SwiftShader draws WebGL2")
	}
}

// scrubByTouch drags a finger rightwards along the timeline's axis (near its top: it tries a few
// heights, fitting the window again after each miss) and checks that the playhead followed it.
func scrubByTouch(t *testing.T, ctx context.Context) {
	t.Helper()
	tl := boxOf(t, ctx, "#timeline")
	before := timelinePlayhead(t, ctx, func(float64) bool { return true })
	for y := tl.Y + 8; y < tl.Y+120; y += 8 {
		click(t, ctx, `[data-cmd=fit]`) // a drag that missed the axis panned the lanes
		time.Sleep(100 * time.Millisecond)
		x0, x1 := tl.X+tl.W*0.6, tl.X+tl.W*0.9 // the plot, right of the lanes' labels
		steps := []struct {
			typ input.DispatchTouchEventType
			x   float64
		}{{input.DispatchTouchEventTypeTouchStart, x0}, {input.DispatchTouchEventTypeTouchMove, (x0 + x1) / 2}, {input.DispatchTouchEventTypeTouchMove, x1}, {input.DispatchTouchEventTypeTouchEnd, x1}}
		for _, s := range steps {
			pts := []*input.TouchPoint{{X: s.x, Y: y}}
			if s.typ == input.DispatchTouchEventTypeTouchEnd {
				pts = []*input.TouchPoint{}
			}
			if _, err := chromedp.Call(ctx, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: s.typ, TouchPoints: pts}); err != nil {
				t.Fatal(err)
			}
			time.Sleep(80 * time.Millisecond)
		}
		time.Sleep(200 * time.Millisecond)
		if p := timelinePlayhead(t, ctx, func(float64) bool { return true }); p > before {
			t.Logf("a finger dragged along the axis (%.0f px below the timeline's top) moved the playhead from %v to %v", y-tl.Y, before, p)
			screenshot(t, ctx, "phone-scrubbed")
			return
		}
	}
	t.Errorf("no finger drag along the top of the timeline moved the playhead (still %v)", before)
}

// pinchOut spreads two fingers over the timeline's plot: it zooms in there, so the picture changes
// while the playhead stays where it was.
func pinchOut(t *testing.T, ctx context.Context) {
	t.Helper()
	tl := boxOf(t, ctx, "#timeline")
	before := timelinePlayhead(t, ctx, func(float64) bool { return true })
	shot := func() []byte {
		b, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS("#timeline")))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	click(t, ctx, `[data-cmd=fit]`)
	time.Sleep(200 * time.Millisecond)
	a := shot()
	cx, cy := tl.X+tl.W*0.75, tl.Y+tl.H*0.5
	for i, d := range []float64{10, 25, 40, 55, 70} {
		typ := input.DispatchTouchEventTypeTouchMove
		if i == 0 {
			typ = input.DispatchTouchEventTypeTouchStart
		}
		one, two := 1.0, 2.0
		pts := []*input.TouchPoint{{X: cx - d, Y: cy, ID: &one}, {X: cx + d, Y: cy, ID: &two}}
		if _, err := chromedp.Call(ctx, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: typ, TouchPoints: pts}); err != nil {
			t.Fatal(err)
		}
		time.Sleep(80 * time.Millisecond)
	}
	if _, err := chromedp.Call(ctx, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	if p := timelinePlayhead(t, ctx, func(float64) bool { return true }); p != before {
		t.Errorf("a pinch moved the playhead from %v to %v: it should only zoom", before, p)
	}
	if bytes.Equal(a, shot()) {
		t.Errorf("a pinch over the timeline changed nothing: it should zoom in")
	}
	screenshot(t, ctx, "phone-pinched")
}
