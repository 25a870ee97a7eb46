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
