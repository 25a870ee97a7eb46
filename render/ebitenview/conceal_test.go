package ebitenview

import (
	"image"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

// twinScript runs two sleeps on two workers: both futures finish at 0.1 s, one event after the other.
const twinScript = `import time
from concurrent.futures import ThreadPoolExecutor

def work(n):
    time.sleep(0.1)
    return n * 10

with ThreadPoolExecutor(max_workers=2) as pool:
    a = pool.submit(work, 1)
    b = pool.submit(work, 2)
print(a.result(), b.result())
`

// finishes returns the indexes of the trace's future_finish events of futures 1 and 2.
func finishes(t *testing.T, tr *trace.Trace) (int, int) {
	t.Helper()
	at := map[int]int{}
	for i, e := range tr.Events() {
		if e.Kind == trace.FutureFinish {
			at[e.Future] = i
		}
	}
	f1, ok1 := at[1]
	f2, ok2 := at[2]
	if !ok1 || !ok2 || tr.At(f1).Time != tr.At(f2).Time || f2 < f1 {
		t.Fatalf("the futures finish at events %v, want both at one time", at)
	}
	return f1, f2
}

// A prediction conceals by event, not by time: of two futures finishing at the same virtual time,
// the one revealed shows its end (its marker on the lanes, FINISHED in the state column, its line in
// the detail panel) while the other's stays hidden until its own event is revealed.
func TestConcealRevealsEventsAtOneTimeOneByOne(t *testing.T) {
	v := newViewer(t, twinScript, 1280, 800)
	tr := v.State().Trace
	f1, f2 := finishes(t, tr)
	v.Apply(viewstate.Seek(tr.At(f1).Time))
	g := v.Geometry()
	shot := func(shown int, name string) (*image.RGBA, [2]layout.State, string) {
		v.Conceal(true, shown)
		if on, n := v.Concealed(); !on || n != shown {
			t.Fatalf("Concealed: %v %d, want true %d", on, n, shown)
		}
		var lines []string
		for _, l := range v.details() {
			lines = append(lines, l.Text)
		}
		return snapshot(t, v, name), [2]layout.State{v.laneState(0, v.State().Playhead).State, v.laneState(1, v.State().Playhead).State},
			strings.Join(lines, "\n")
	}
	before, stBefore, panelBefore := shot(f1, "conceal-before")
	one, stOne, panelOne := shot(f1+1, "conceal-one")
	both, stBoth, panelBoth := shot(f2+1, "conceal-both")
	if stBefore != [2]layout.State{layout.StateRunning, layout.StateRunning} ||
		stOne != [2]layout.State{layout.StateFinished, layout.StateRunning} ||
		stBoth != [2]layout.State{layout.StateFinished, layout.StateFinished} {
		t.Errorf("the state column: %v, then %v, then %v; want the futures FINISHED one by one", stBefore, stOne, stBoth)
	}
	d1, d2 := v.words.Describe(tr.At(f1)), v.words.Describe(tr.At(f2))
	if strings.Contains(panelBefore, d1) || !strings.Contains(panelOne, d1) || strings.Contains(panelOne, d2) || !strings.Contains(panelBoth, d2) {
		t.Errorf("the detail panel tells hidden events:\nbefore:\n%s\none:\n%s\nboth:\n%s", panelBefore, panelOne, panelBoth)
	}
	lanes := image.Rect(int(g.Plot.X), int(g.Lanes.Y), int(g.Plot.Right()), int(g.Lanes.Bottom()))
	if n := changed(before, one, lanes); n == 0 {
		t.Errorf("revealing the first future's end changed no pixel of the lanes")
	}
	if n := changed(one, both, lanes); n == 0 {
		t.Errorf("revealing the second future's end, at the same time, changed no pixel of the lanes")
	}
	v.Conceal(false, 0)
	if on, _ := v.Concealed(); on || v.laneState(1, v.State().Playhead).State != layout.StateFinished {
		t.Errorf("Conceal(false) left the run concealed")
	}
}

// changed counts the pixels of r that differ between a and b.
func changed(a, b *image.RGBA, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.RGBAAt(x, y) != b.RGBAAt(x, y) {
				n++
			}
		}
	}
	return n
}

// BenchmarkDrawConcealed draws a frame of the 10,000-future run with half of its events hidden, and
// the same frame with none hidden: what concealing by event costs a frame (draw-ms/frame is the Draw
// call alone). Run it under xvfb-run.
func BenchmarkDrawConcealed(b *testing.B) {
	v := newViewer(b, manyFutures, 1280, 800)
	half := v.State().Trace.Len() / 2
	v.Apply(viewstate.Seek(v.State().Trace.At(half - 1).Time))
	for _, tt := range []struct {
		name   string
		hidden bool
	}{{"open", false}, {"half-hidden", true}} {
		b.Run(tt.name, func(b *testing.B) {
			v.Conceal(tt.hidden, half)
			benchFrames(b, v)
		})
	}
}
