package viewstate

import (
	"math"
	"sort"
)

// A Rect is an area of the screen in pixels: its top-left corner and its size.
type Rect struct{ X, Y, W, H float64 }

// Right returns the rectangle's right edge.
func (r Rect) Right() float64 { return r.X + r.W }

// Bottom returns the rectangle's bottom edge.
func (r Rect) Bottom() float64 { return r.Y + r.H }

// Contains reports whether the point (x, y) lies in r.
func (r Rect) Contains(x, y float64) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// Metrics are the sizes geometry is computed from, in pixels.
type Metrics struct {
	// Scale is how many pixels a logical pixel takes: the device scale times any presenter zoom.
	Scale float64
	// Char is the advance of a character of the monospaced font, SmallChar of its small size (0 means
	// 0.85 Char); Line is the height of a line of text.
	Char, SmallChar, Line float64
}

// BandRows is how many rows of overlay labels the band above the axis holds at most: fewer when the
// run has fewer overlays.
const BandRows = 3

// Sizes in logical pixels (multiplied by Metrics.Scale).
const (
	pad       = 8  // the margin around the viewer's parts
	unitH     = 26 // the height of a lane unit (a future's lane)
	stateGap  = 10 // the space between the state column and the plot
	smallFont = 0.85
	maxGrow   = 1.6 // how much taller than unitH rows get when there is room
	minPlot   = 0.5 // the share of the width the plot keeps: the state column's booleans give way
)

// LegendLines returns how many lines the legend strip takes in mode m: two when both views show (the
// futures' states and marks, then the threads'), one otherwise.
func LegendLines(m Mode) int {
	if m == Both {
		return 2
	}
	return 1
}

// A Geometry is where the viewer's parts are, for one bounds, size and state: the header, the band of
// overlay labels, the time axis, the rows of lanes and the detail panel, top to bottom; across the
// rows, the label column, the state column and the plot. It maps times to x and rows to y.
type Geometry struct {
	// Bounds is the whole viewer.
	Bounds Rect
	// Header, Band, Axis, Lanes, Legend and Panel are the viewer's parts, top to bottom, each as wide
	// as it; the Band has BandRows rows of overlay labels, the Legend LegendLines lines: the views' legend strip
	// (layout.Strip), in a band of its own so that it never covers a lane.
	Header, Band, Axis, Lanes, Legend, Panel Rect
	BandRows                                 int
	// Labels, States and Plot are the columns: lane labels, future states at the playhead (W is 0
	// when hidden) and the timeline. Their tops and bottoms are the Axis's top and the Lanes' bottom.
	Labels, States, Plot Rect
	// Booleans says whether the state column has room for running(), done() and cancelled();
	// StateX are the left edges of its columns: the state's name, running(), done(), cancelled().
	Booleans bool
	StateX   [4]float64
	// Unit is the height of a lane unit in pixels (a row is its Row.Height units high); Scroll is
	// the index of the first row shown, Tops the rows' tops in units (State.Tops).
	Unit   float64
	Scroll int
	Tops   []float32
	// T0 and T1 are the time window, drawn from Plot.X to Plot.Right().
	T0, T1 int64
	// M are the metrics the geometry was computed with.
	M Metrics
}

// StateColumns returns the widths, in characters of the small monospaced font, of the state
// column's columns: the state's name, running(), done() and cancelled().
func StateColumns(nameChars int) [4]float64 {
	return [4]float64{float64(nameChars) + 1.5, 10.5, 7.5, 11.5}
}

// Layout computes the geometry of a viewer with bounds b, metrics m and state s.
func Layout(b Rect, m Metrics, s *State) Geometry {
	if m.Scale <= 0 {
		m.Scale = 1
	}
	u := m.Scale
	g := Geometry{Bounds: b, Unit: math.Round(math.Max(unitH*u, m.Line*1.5)), Scroll: s.Scroll, Tops: s.tops, T0: s.T0, T1: s.T1, M: m}
	inner := Rect{b.X + pad*u, b.Y, b.W - 2*pad*u, b.H}
	y := b.Y + pad*u/2
	g.Header = Rect{inner.X, y, inner.W, 2*m.Line + 4*u}
	y = g.Header.Bottom()
	g.BandRows = min(BandRows, len(s.Scene.Overlays))
	g.Band = Rect{inner.X, y, inner.W, float64(g.BandRows) * math.Round(m.Line*1.05)}
	y = g.Band.Bottom()
	g.Axis = Rect{inner.X, y, inner.W, math.Round(m.Line * 1.5)}
	y = g.Axis.Bottom()
	panelH := math.Min(7*m.Line+10*u, b.H*0.24)
	g.Panel = Rect{b.X, b.Bottom() - panelH, b.W, panelH}
	legendH := math.Round(m.Line*1.25*float64(LegendLines(s.Mode)) + 4*u)
	g.Legend = Rect{inner.X, g.Panel.Y - legendH, inner.W, legendH}
	g.Lanes = Rect{inner.X, y, inner.W, math.Max(g.Legend.Y-y, g.Unit)}
	if all := float64(s.tops[len(s.tops)-1]); all > 0 { // few rows: make them taller, up to maxGrow times
		g.Unit = math.Floor(math.Min(math.Max(g.Lanes.H/all, g.Unit), g.Unit*maxGrow))
	}
	g.columns(inner, s)
	return g
}

// columns places the label, state and plot columns across inner.
func (g *Geometry) columns(inner Rect, s *State) {
	m, u := g.M, g.M.Scale
	top, h := g.Axis.Y, g.Lanes.Bottom()-g.Axis.Y
	labelW := math.Min(math.Max(math.Min(28*m.Char, inner.W*0.2), 12*m.Char), inner.W*0.4)
	g.Labels = Rect{inner.X, top, labelW, h}
	x := g.Labels.Right()
	if s.States && s.Mode != ThreadsOnly && len(s.Scene.Futures.Lanes) > 0 {
		cols := StateColumns(s.stateChars())
		small := m.SmallChar
		if small <= 0 {
			small = m.Char * smallFont
		}
		w := cols[0] * small
		full := w + (cols[1]+cols[2]+cols[3])*small
		if inner.Right()-x-full-stateGap*u >= inner.W*minPlot {
			w, g.Booleans = full, true
		}
		cx := x
		for i, c := range cols {
			g.StateX[i] = cx
			cx += c * small
		}
		g.States = Rect{x, top, w, h}
		x += w + stateGap*u
	} else {
		g.States = Rect{x, top, 0, h}
		x += stateGap * u
	}
	g.Plot = Rect{x, top, math.Max(inner.Right()-x, 1), h}
}

// X returns the x of time t (outside the plot when t is outside the window).
func (g Geometry) X(t int64) float64 {
	return g.Plot.X + float64(t-g.T0)*g.Plot.W/float64(g.T1-g.T0)
}

// Time returns the time at x.
func (g Geometry) Time(x float64) int64 {
	return g.T0 + int64(math.Round((x-g.Plot.X)*float64(g.T1-g.T0)/g.Plot.W))
}

// NsPerPixel returns how much virtual time a pixel of the plot stands for.
func (g Geometry) NsPerPixel() float64 { return float64(g.T1-g.T0) / g.Plot.W }

// ViewUnits returns the height of the lanes area in lane units.
func (g Geometry) ViewUnits() float32 { return float32(g.Lanes.H / g.Unit) }

// top returns the top of row r in units from the first row shown.
func (g Geometry) top(r int) float64 {
	r = max(min(r, len(g.Tops)-1), 0)
	return float64(g.Tops[r] - g.Tops[min(g.Scroll, len(g.Tops)-1)])
}

// RowY returns the top of row r (an index into State.Rows).
func (g Geometry) RowY(r int) float64 { return g.Lanes.Y + g.top(r)*g.Unit }

// RowH returns the height of row r in pixels.
func (g Geometry) RowH(r int) float64 {
	if r < 0 || r+1 >= len(g.Tops) {
		return g.Unit
	}
	return float64(g.Tops[r+1]-g.Tops[r]) * g.Unit
}

// RowAt returns the row at height y and where in it y falls (0 top, 1 bottom); false when y is
// outside the lanes area or below the last row.
func (g Geometry) RowAt(y float64) (row int, frac float32, ok bool) {
	if y < g.Lanes.Y || y >= g.Lanes.Bottom() || len(g.Tops) < 2 {
		return 0, 0, false
	}
	u := float32((y-g.Lanes.Y)/g.Unit) + g.Tops[min(g.Scroll, len(g.Tops)-1)]
	n := len(g.Tops) - 1
	row = sort.Search(n, func(r int) bool { return g.Tops[r+1] > u })
	if row >= n {
		return 0, 0, false
	}
	return row, (u - g.Tops[row]) / (g.Tops[row+1] - g.Tops[row]), true
}

// VisibleRows returns the rows drawn: from Scroll to the last one whose top is in the lanes area.
func (g Geometry) VisibleRows() (lo, hi int) {
	n := len(g.Tops) - 1
	hi = g.Scroll
	for hi < n && g.RowY(hi) < g.Lanes.Bottom() {
		hi++
	}
	return min(g.Scroll, n), hi
}
