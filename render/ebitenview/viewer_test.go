package ebitenview

import (
	"fmt"
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/render/ebitenview/ebitentest"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/script"
)

// waitScript submits three sleeps to two workers, waits for the first, then times out on the rest.
const waitScript = `import time
from concurrent.futures import ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED

def work(n):
    time.sleep(0.1 * n)
    return n * n

pool = ThreadPoolExecutor(max_workers=2)
fs = [pool.submit(work, n) for n in [1, 2, 3]]
done, not_done = wait(fs, return_when=FIRST_COMPLETED)
print(len(done), len(not_done))
for f in as_completed(fs):
    print(f.result())
pool.shutdown()
`

// newViewer runs src and returns a viewer of it with bounds w × h.
func newViewer(t testing.TB, src string, w, h int) *Viewer {
	t.Helper()
	res := script.Run(script.Options{Filename: "test.py", Source: []byte(src)})
	if res.Err != nil {
		t.Fatalf("script: %v", res.Err)
	}
	v, err := New(res.Trace, Options{Source: []byte(src)})
	if err != nil {
		t.Fatal(err)
	}
	v.SetBounds(image.Rect(0, 0, w, h), 1)
	return v
}

// snapshot draws v into a new image of its size and returns the pixels.
func snapshot(t *testing.T, v *Viewer, name string) *image.RGBA {
	t.Helper()
	b := v.Bounds()
	img := ebiten.NewImage(b.Dx(), b.Dy())
	defer img.Deallocate()
	v.Draw(img)
	pix := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	img.ReadPixels(pix.Pix)
	ebitentest.Save(t, name, pix)
	return pix
}

func TestDrawShowsTheRun(t *testing.T) {
	v := newViewer(t, waitScript, 1200, 700)
	v.Apply(viewstate.Step(3))
	img := snapshot(t, v, "viewer")
	g := v.Geometry()
	plot := rectOf(viewstate.Rect{X: g.Plot.X, Y: g.Lanes.Y, W: g.Plot.W, H: g.Lanes.H})
	if n := ebitentest.Count(img, plot, rgba(layout.WorkerColor(1))); n < 200 {
		t.Errorf("the first worker's colour covers %d pixels of the plot, want its running bars", n)
	}
	if n := ebitentest.Count(img, plot, rgba(layout.WorkerColor(2))); n < 200 {
		t.Errorf("the second worker's colour covers %d pixels of the plot, want its running bars", n)
	}
	x := int(g.X(v.State().Playhead))
	column := image.Rect(x-1, int(g.Lanes.Y), x+1, int(g.Lanes.Bottom()))
	if n := ebitentest.Count(img, column, playhead); n < int(g.Lanes.H)/2 {
		t.Errorf("the playhead's colour covers %d pixels of its column at x=%d, want a line", n, x)
	}
	if n := ebitentest.Count(img, img.Bounds(), white); n > img.Bounds().Dx()*img.Bounds().Dy()*9/10 {
		t.Errorf("%d pixels are white: the viewer is nearly empty", n)
	}
}

// TestDrawEveryMode draws the viewer in each mode a key switches and checks that each shows on screen:
// the next view redraws much of the window, zooming in widens the first worker's bar, the help box
// covers a good part of the window and hiding it brings back the picture from before, and the
// frame-time readout adds a few pixels. A mode that draws nothing, or draws what the mode before drew,
// fails.
func TestDrawEveryMode(t *testing.T) {
	v := newViewer(t, waitScript, 900, 600)
	area := 900 * 600
	prev := snapshot(t, v, "mode-start")
	g := v.Geometry()
	plot := rectOf(viewstate.Rect{X: g.Plot.X, Y: g.Lanes.Y, W: g.Plot.W, H: g.Lanes.H})
	worker := rgba(layout.WorkerColor(1))
	var beforeHelp *image.RGBA
	for i, step := range []struct {
		in       viewstate.Intent
		min, max int // how many pixels the mode may change
	}{
		{viewstate.ToggleView(), area / 50, area},
		{viewstate.ToggleView(), area / 50, area},
		{viewstate.Zoom(50, 0), area / 50, area},
		{viewstate.ToggleHelp(), area / 10, area},
		{viewstate.ToggleHelp(), area / 10, area},
		{viewstate.ToggleFrameTime(), 20, area / 20},
	} {
		v.Apply(step.in)
		name := fmt.Sprintf("mode-%d-%s", i+1, step.in.Op)
		img := snapshot(t, v, name)
		if n := differing(prev, img); n < step.min || n > step.max {
			t.Errorf("%s changed %d pixels, want %d to %d", name, n, step.min, step.max)
		}
		switch step.in.Op {
		case viewstate.OpZoom:
			// The first 12 ms of the run: the first worker's first bar spans the whole plot.
			if before, after := ebitentest.Count(prev, plot, worker), ebitentest.Count(img, plot, worker); after <= before {
				t.Errorf("zooming in 50x: the first worker's colour covers %d pixels of the plot, %d before: want its bar widened across the plot", after, before)
			}
		case viewstate.OpToggleHelp:
			if v.State().Help {
				beforeHelp = prev
			} else if n := differing(beforeHelp, img); n != 0 {
				t.Errorf("hiding the help left %d pixels different from the picture before it", n)
			}
		}
		prev = img
	}
}

// differing counts the pixels that differ between two images of one size.
func differing(a, b *image.RGBA) int {
	n := 0
	for i := 0; i+3 < len(a.Pix) && i+3 < len(b.Pix); i += 4 {
		if a.Pix[i] != b.Pix[i] || a.Pix[i+1] != b.Pix[i+1] || a.Pix[i+2] != b.Pix[i+2] || a.Pix[i+3] != b.Pix[i+3] {
			n++
		}
	}
	return n
}

func TestDrawManyFutures(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a 10,000-future script")
	}
	v := newViewer(t, manyFutures, 1280, 800)
	third := v.State().Scene.End / 3
	for _, in := range []viewstate.Intent{viewstate.Seek(third), viewstate.Zoom(50, third), viewstate.Scroll(3333)} {
		v.Apply(in)
	}
	img := snapshot(t, v, "many")
	g := v.Geometry()
	plot := rectOf(viewstate.Rect{X: g.Plot.X, Y: g.Lanes.Y, W: g.Plot.W, H: g.Lanes.H})
	if n := ebitentest.Count(img, plot, rgba(layout.WorkerColor(1))); n < 50 {
		t.Errorf("the first worker's colour covers %d pixels of the plot", n)
	}
}

func TestGameDrawsTheViewerOverTheWholeScreen(t *testing.T) {
	g := &Game{Viewer: newViewer(t, waitScript, 100, 100)}
	w, h := g.Layout(640, 480)
	if err := g.Update(); err != nil {
		t.Fatal(err)
	}
	if b := g.Viewer.Bounds(); b.Dx() != w || b.Dy() != h {
		t.Errorf("the viewer's bounds are %v, want the screen's %d × %d", b, w, h)
	}
	screen := ebiten.NewImage(w, h)
	defer screen.Deallocate()
	g.Draw(screen)
}

// TestHelpNamesEveryWorker opens the help on a run with eight workers: their colours wrap onto more
// lines of the legend instead of stopping at the box's edge.
func TestHelpNamesEveryWorker(t *testing.T) {
	v := newViewer(t, `import time
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=8) as ex:
    for n in range(8):
        ex.submit(time.sleep, 0.1)
`, 900, 600)
	v.Apply(viewstate.ToggleHelp())
	img := snapshot(t, v, "help-workers")
	for n := 1; n <= 6; n++ {
		if got := ebitentest.Count(img, img.Bounds(), rgba(layout.WorkerColor(n))); got < 100 {
			t.Errorf("worker %d's colour covers %d pixels of the help: its swatch is missing", n, got)
		}
	}
	// The colours repeat after six workers: the eighth's swatch is the second in the second's colour
	// (which nothing else in this help uses).
	if got := ebitentest.Count(img, img.Bounds(), rgba(layout.WorkerColor(8))); got < 2*120 {
		t.Errorf("workers 2 and 8 share a colour that covers %d pixels: the eighth's swatch is missing", got)
	}
}
