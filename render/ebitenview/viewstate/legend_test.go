package viewstate

import "testing"

// The legend strip has a band of its own between the lanes and the detail panel: it never covers a
// lane, and no row is drawn under it.
func TestLegendBandCoversNoLane(t *testing.T) {
	s := newState(t, waitScript)
	for _, b := range []Rect{testBounds, {0, 0, 800, 450}, {0, 0, 1920, 1080}} {
		g := Layout(b, testMetrics, s)
		if g.Legend.H < testMetrics.Line {
			t.Errorf("%v: the legend band is %v px high, less than a line", b, g.Legend.H)
		}
		if g.Legend.Y < g.Lanes.Bottom() || g.Legend.Bottom() > g.Panel.Y {
			t.Errorf("%v: legend %v overlaps lanes %v or panel %v", b, g.Legend, g.Lanes, g.Panel)
		}
		if _, _, ok := g.RowAt(g.Legend.Y + 1); ok {
			t.Errorf("%v: a row lies under the legend strip", b)
		}
	}
}
