package ebitenview

import (
	"image"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/sim/script"
)

// manyFutures submits 10,000 short sleeps to eight workers.
const manyFutures = `import time
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=8)
futures = [pool.submit(time.sleep, 0.001) for i in range(10000)]
pool.shutdown()
`

// BenchmarkDraw10kFutures draws one frame of a 10,000-future run into a 1280 × 800 offscreen image,
// the playhead in the middle, and waits for the pixels (reading one back): ms/frame includes the
// GPU's work (Mesa's software renderer under Xvfb), draw-ms/frame is the Draw call alone (culling,
// batching, text). Run it under xvfb-run.
func BenchmarkDraw10kFutures(b *testing.B) {
	v := newViewer(b, manyFutures, 1280, 800)
	if n := len(v.State().Scene.Futures.Lanes); n != 10000 {
		b.Fatalf("%d futures, want 10000", n)
	}
	for _, tt := range []struct {
		name string
		in   []viewstate.Intent
	}{
		{"whole-run", []viewstate.Intent{viewstate.Seek(v.State().Scene.End / 2)}},
		{"zoomed-in", []viewstate.Intent{viewstate.Zoom(50, v.State().Scene.End/2), viewstate.Scroll(5000)}},
		{"help-open", []viewstate.Intent{viewstate.ToggleHelp()}},
	} {
		b.Run(tt.name, func(b *testing.B) {
			for _, in := range tt.in {
				v.Apply(in)
			}
			benchFrames(b, v)
		})
	}
}

// BenchmarkDrawFlood draws a run that printed until the output limit stopped it: a hundred thousand
// print markers on one lane, a hundred at each instant. Markers drawn over their like are skipped,
// so a frame costs what the pixels show, not what the trace holds.
func BenchmarkDrawFlood(b *testing.B) {
	res := script.Run(script.Options{Filename: "flood.py", Source: []byte("for i in range(10**6):\n    print(i)\n")})
	v, err := New(res.Trace, Options{})
	if err != nil {
		b.Fatal(err)
	}
	v.SetBounds(image.Rect(0, 0, 1280, 800), 1)
	img := ebiten.NewImage(1280, 800)
	defer img.Deallocate()
	b.ResetTimer()
	for range b.N {
		v.Draw(img)
	}
}

// hundredThousand submits 100,000 trivial futures to four workers.
const hundredThousand = `from concurrent.futures import ThreadPoolExecutor

def double(n):
    return n * 2

with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(double, n) for n in range(100000)]
`

// BenchmarkPanZoom100kFutures moves about a 100,000-future run as a learner does, a frame at a time,
// in a 1280 × 800 image inside ebiten's window loop (under xvfb-run: Mesa's software renderer): each
// frame pans the window a tenth of its width in time, scrolls it 30 lanes, or zooms it in or out by a
// quarter, then draws and waits for the pixels. fps is what that sustains; draw-ms/frame is the Go
// side alone (Draw: culling, batching, text), the rest of ms/frame the renderer's (ebiten's command
// queue, GL calls, Mesa's rasterizer). cpu-ms/frame is the CPU time of all the process's threads a
// frame, Mesa's included: on a loaded machine, where the wall clock counts other programs' turns too,
// the steadier figure (fps is 1000/ms-frame, the wall clock's).
func BenchmarkPanZoom100kFutures(b *testing.B) {
	v := newViewer(b, hundredThousand, 1280, 800)
	if n := len(v.State().Scene.Futures.Lanes); n != 100_000 {
		b.Fatalf("%d futures, want 100000", n)
	}
	end := v.State().Scene.End
	v.Apply(viewstate.Zoom(20, end/2)) // a twentieth of the run: some 5,000 futures' time
	v.Apply(viewstate.Scroll(50_000))
	moves := map[string]func(i int) viewstate.Intent{
		"pan": func(i int) viewstate.Intent {
			dt := (v.State().T1 - v.State().T0) / 10
			return viewstate.Pan(dt * int64(1-2*(i/8%2))) // eight steps right, eight back
		},
		"scroll": func(i int) viewstate.Intent { return viewstate.Scroll(30 * (1 - 2*(i/8%2))) },
		"zoom": func(i int) viewstate.Intent {
			f := 1.25
			if i/8%2 == 1 {
				f = 0.8
			}
			return viewstate.Zoom(f, (v.State().T0+v.State().T1)/2)
		},
	}
	for _, name := range []string{"pan", "scroll", "zoom"} {
		b.Run(name, func(b *testing.B) {
			img := ebiten.NewImage(1280, 800)
			defer img.Deallocate()
			px := make([]byte, 4)
			corner := img.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image)
			var cpu time.Duration
			i := 0
			b.ResetTimer()
			cpuStart := cpuTime()
			for range b.N {
				v.Apply(moves[name](i))
				i++
				start := time.Now()
				v.Draw(img)
				cpu += time.Since(start)
				corner.ReadPixels(px)
			}
			ms := float64(b.Elapsed().Microseconds()) / 1000 / float64(b.N)
			b.ReportMetric(ms, "ms/frame")
			b.ReportMetric(1000/ms, "fps")
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "draw-ms/frame")
			b.ReportMetric(float64(cpuTime()-cpuStart)/1e6/float64(b.N), "cpu-ms/frame")
		})
	}
}

// benchFrames draws v's frame b.N times at 1280×800, reading a pixel back after each so that the GPU's
// work is waited for: ms/frame is the whole frame, draw-ms/frame the Go side of Draw.
func benchFrames(b *testing.B, v *Viewer) {
	img := ebiten.NewImage(1280, 800)
	defer img.Deallocate()
	px := make([]byte, 4)
	corner := img.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image)
	var cpu time.Duration
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		v.Draw(img)
		cpu += time.Since(start)
		corner.ReadPixels(px)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/frame")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "draw-ms/frame")
}
