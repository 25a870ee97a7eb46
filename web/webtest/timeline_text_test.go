package webtest

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/futurescope/futurescope/render/layout"
)

// TestAnyTextDrawn runs a script whose threads are named in Chinese, Arabic and an emoji, as a
// learner might print, and checks that the interactive timeline draws each name as text, not as
// boxes: its lanes' pixels differ from those of the same script with names no font has (private-use
// characters, which every font draws as its box). The emoji is checked only where the browser has an
// emoji font (this machine's chromium may not).
func TestAnyTextDrawn(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "#en")
	if st := state(t, ctx); st.Mode != "viewer" {
		t.Skipf("the timeline is in mode %q: the static picture draws its text with the page's fonts anyway", st.Mode)
	}
	emoji, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
		const pixels = (s) => { const c = document.createElement('canvas'); c.width = c.height = 40;
			const x = c.getContext('2d'); x.font = '30px sans-serif'; x.fillText(s, 2, 32);
			return x.getImageData(0, 0, 40, 40).data.join(); };
		return pixels('\u{1F642}') !== pixels('\u{3FFFD}'); })()`))
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"世", "界", "مرحبا", "\U0001F642"}
	// A rerun keeps the previous run's window: a first run of this script gives the rest the same one.
	laneShot(t, ctx, "warm-up", "")
	for i, name := range names {
		drawn := laneShot(t, ctx, name, fmt.Sprintf("timeline-text-%d", i))
		boxes := laneShot(t, ctx, boxesFor(name), "")
		// Only the label column, where the threads' names are: the left fifth of the frame. A glyph
		// drawn there twice (two threads) changes a thousand pixels; what else changes is a few dozen.
		d := differing(drawn, boxes, drawn.Bounds().Dx()/5)
		switch {
		case d > 300:
			t.Logf("%q: %d pixels of the label column differ from boxes", name, d)
		case name == "\U0001F642" && !emoji:
			t.Logf("%q: drawn as the browser's own box: this browser has no emoji font", name)
		default:
			t.Errorf("the thread named %q is drawn as boxes (its labels are the same as with names no font has)", name)
		}
	}
	laneShot(t, ctx, "世界 مرحبا \U0001F642", "timeline-text")
}

// boxesFor returns characters no font has, as many as name has and as wide (a wide character's
// stand-in is wide too: U+3FFFD, unassigned, in a plane of wide characters).
func boxesFor(name string) string {
	var b strings.Builder
	for _, r := range name {
		if layout.Width(string(r)) == 2 {
			b.WriteRune(0x3FFFD)
		} else {
			b.WriteRune(0xF0000)
		}
	}
	return b.String()
}

// laneShot runs a script with two threads named name, which prints name too, and returns the
// timeline's screenshot; with a shot name it is saved as shot.png too.
func laneShot(t *testing.T, ctx context.Context, name, shot string) image.Image {
	t.Helper()
	before := state(t, ctx).Shown
	script := fmt.Sprintf(`import threading, time

def work(n):
    time.sleep(0.1 * n)
    print("done", n)

threads = [threading.Thread(target=work, args=(n,), name=%q + str(n)) for n in range(2)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(%q)
`, name, name)
	eval(t, ctx, `window.futurescopePage.setCode(`+jsString(script)+`)`)
	click(t, ctx, "#run")
	waitShown(t, ctx, before+1)
	if st := state(t, ctx); st.Result == nil || st.Result.ExitCode != 0 {
		t.Fatalf("the script with threads named %q failed: %+v", name, safeState(ctx))
	}
	b, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS("#timeline")))
	if err != nil {
		t.Fatalf("screenshot of the timeline: %v", err)
	}
	if shot != "" && shots != "" {
		if err := os.WriteFile(filepath.Join(shots, shot+".png"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// far reports whether two colour channels (0 to 0xffff) differ by more than a screenshot's noise.
func far(a, b uint32) bool { return max(a, b)-min(a, b) > 0x2000 }

// differing counts the pixels that differ between two screenshots, left of x = width.
func differing(a, b image.Image, width int) int {
	n := 0
	r := a.Bounds().Intersect(b.Bounds())
	r.Max.X = min(r.Max.X, r.Min.X+width)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			ar, ag, ab, _ := a.At(x, y).RGBA()
			br, bg, bb, _ := b.At(x, y).RGBA()
			if far(ar, br) || far(ag, bg) || far(ab, bb) {
				n++
			}
		}
	}
	return n
}

// TestDetailPanelWhole selects a future whose exception message is far longer than a line, by
// clicking its lane, and checks that the detail panel over the timeline shows the message whole
// (its last word included), wrapped, and that its × clears the selection.
func TestDetailPanelWhole(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "#en")
	if st := state(t, ctx); st.Mode != "viewer" {
		t.Skipf("the timeline is in mode %q: the static picture has no detail panel", st.Mode)
	}
	script := `from concurrent.futures import ThreadPoolExecutor

def check(n):
    raise ValueError("a message a learner must read in full: " + "far too long for one line, " * 8 + "THE END")

with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(check, 1)
print(type(f.exception()).__name__)
`
	before := state(t, ctx).Shown
	eval(t, ctx, `window.futurescopePage.setCode(`+jsString(script)+`)`)
	click(t, ctx, "#run")
	waitShown(t, ctx, before+1)
	eval(t, ctx, `(s => (s.value = 'futures', s.dispatchEvent(new Event('change'))))(document.getElementById('view-select'))`)
	const panel = `document.getElementById('timeline').contentDocument.getElementById('details')`
	box, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(r => [r.left, r.top, r.width, r.height])(document.getElementById('timeline').getBoundingClientRect())`))
	if err != nil {
		t.Fatal(err)
	}
	// The future's lane is the first below the axis: click down the label column until it is selected.
	found := false
	for y := 60.0; y < min(box[3], 400) && !found; y += 10 {
		slowClick(t, ctx, box[0]+40, box[1]+y)
		// Wait for the click to land (a busy machine may take a while), so that the next does not
		// undo a selection that was on its way.
		shown, _ := chromedp.Run(ctx, chromedp.Poll[bool](`!`+panel+`.hidden`, chromedp.WithPollingTimeout(2*time.Second)))
		found = shown && strings.Contains(evalString(t, ctx, panel+`.textContent`), "THE END")
	}
	if !found {
		t.Fatalf("no click in the label column showed the exception's message whole in the detail panel (panel: %q)", evalString(t, ctx, panel+`.textContent`))
	}
	lines, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`(d => d.querySelector('.alert, .plain') ? d.scrollHeight / parseFloat(getComputedStyle(d).lineHeight) : 0)(`+panel+`)`))
	if err != nil || lines < 3 {
		t.Errorf("the detail panel is %.1f lines high (%v): want the long message wrapped", lines, err)
	}
	screenshot(t, ctx, "detail-panel")
	eval(t, ctx, panel+`.querySelector('.close').click()`)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](panel+`.hidden`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		t.Errorf("the detail panel's × left it open: %v", err)
	}
}

// slowClick clicks at (x, y) as a hand does, the button down for a tenth of a second: a sleeping
// timeline wakes at the press, and sees the button down at its next tick.
func slowClick(t *testing.T, ctx context.Context, x, y float64) {
	t.Helper()
	for _, typ := range []input.DispatchMouseEventType{input.DispatchMouseEventTypeMouseMoved, input.DispatchMouseEventTypeMousePressed, input.DispatchMouseEventTypeMouseReleased} {
		p := input.DispatchMouseEventParams{Type: typ, X: x, Y: y}
		if typ != input.DispatchMouseEventTypeMouseMoved {
			p.Button, p.ClickCount = input.MouseButtonLeft, 1
		}
		if _, err := chromedp.Call(ctx, input.DispatchMouseEvent, p); err != nil {
			t.Fatalf("clicking at (%.0f, %.0f): %v", x, y, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// evalString evaluates a JS expression to a string, or the error's text.
func evalString(t *testing.T, ctx context.Context, expr string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
	if err != nil {
		return err.Error()
	}
	return s
}
