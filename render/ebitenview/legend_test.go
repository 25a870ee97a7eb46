package ebitenview

import (
	"testing"

	"github.com/futurescope/futurescope/render/ebitenview/ebitentest"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
)

// The legend strip is drawn in its band under the lanes, for the views shown and what the run uses:
// the futures' line shows a pending swatch's grey and a returned dot's green, the threads' line
// sleeping's yellow tint; with the threads view alone, the futures' line goes.
func TestLegendStripUnderTheLanes(t *testing.T) {
	v := newViewer(t, waitScript, 1200, 700)
	img := snapshot(t, v, "viewer-legend")
	g := v.Geometry()
	band := rectOf(g.Legend)
	if band.Min.Y < int(g.Lanes.Bottom()) {
		t.Fatalf("the legend band %v starts inside the lanes (bottom %v)", band, g.Lanes.Bottom())
	}
	if n := ebitentest.Count(img, band, rgba(layout.Result.Look().Fill)); n < 20 {
		t.Errorf("the returned dot's colour covers %d pixels of the legend band", n)
	}
	if n := ebitentest.Count(img, band, rgba(layout.Sleeping.Look().Fill.Light(0.25))); n < 100 {
		t.Errorf("sleeping's tint covers %d pixels of the legend band", n)
	}
	both := ebitentest.Count(img, band, rgba(layout.Pending.Look().Fill))
	v.Apply(viewstate.ToggleView()) // futures only
	v.Apply(viewstate.ToggleView()) // threads only
	img = snapshot(t, v, "viewer-legend-threads")
	g = v.Geometry()
	band = rectOf(g.Legend)
	if n := ebitentest.Count(img, band, rgba(layout.Pending.Look().Fill)); both < 50 || n*5 > both { // a few grey pixels are anti-aliased edges
		t.Errorf("pending's grey covers %d pixels of the strip of both views, %d of the threads' strip: want a swatch, then none", both, n)
	}
}
