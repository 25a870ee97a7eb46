package ebitenview

import (
	"fmt"
	"image"
	"image/color"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/futurescope/futurescope/compare"
	"github.com/futurescope/futurescope/render/ebitenview/pairstate"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

// A Pair shows a simulated run above the same script's run recorded under CPython (package record),
// on one time axis, with the differences between them (package compare) listed beneath. The lanes
// get the room: each timeline's detail panel lies under what is drawn below it (its hover texts
// still say what a shape is). The timeline
// under the pointer takes the input, as a lone Viewer does; the other follows it: the same window,
// playhead, speed and views (pairstate.Sync), so that a moment is at the same x in both. The logic
// is in package pairstate, tested without a display.
type Pair struct {
	// Sim and Rec are the two timelines: the simulated run's and the recorded one's.
	Sim, Rec *Viewer
	heading  string
	lines    []compare.Line
	rows     []listRow // lines, wrapped to the window's width
	lead     int       // 0: Sim, 1: Rec
	bounds   image.Rectangle
	scale    float64
	list     viewstate.Rect
}

// NewPair returns the pair view of sim and rec (the recorded trace with its times from the script's
// start: compare.Load gives it so), the differences diffs between them, and each run's title; o
// applies to both timelines. Both show both runs' whole time at first.
func NewPair(sim, rec *trace.Trace, diffs []compare.Difference, titles [2]string, o Options) (*Pair, error) {
	p := &Pair{heading: pairstate.Heading(diffs, o.Lang), lines: compare.Lines(diffs, 0)}
	for i, t := range []*trace.Trace{sim, rec} {
		s := layout.BuildWith(t, layout.BuildOptions{Lang: o.Lang})
		s.Title = titles[i]
		v, err := NewScene(t, s, o)
		if err != nil {
			return nil, err
		}
		v.State().States = false // the list beneath says what differs; the room goes to the lanes
		if i == 0 {
			p.Sim = v
		} else {
			p.Rec = v
		}
	}
	pairstate.Fit(p.Sim.State(), p.Rec.State())
	p.Rec.Focused = false // Sim takes the keys until the pointer goes over Rec
	p.SetBounds(image.Rect(0, 0, 1280, 800), 1)
	return p, nil
}

// viewers returns the leader and the follower.
func (p *Pair) viewers() (lead, follow *Viewer) {
	if p.lead == 1 {
		return p.Rec, p.Sim
	}
	return p.Sim, p.Rec
}

// SetBounds places the pair in r at scale, as Viewer.SetBounds does.
func (p *Pair) SetBounds(r image.Rectangle, scale float64) {
	p.bounds, p.scale = r, max(scale, 0.5)
	line := p.Sim.Faces().Line
	if line == 0 {
		line = BaseSize * p.scale * 1.4
	}
	rect := viewstate.Rect{X: float64(r.Min.X), Y: float64(r.Min.Y), W: float64(r.Dx()), H: float64(r.Dy())}
	p.rows = p.wrap(rect.W)
	top, bottom, list := pairstate.Split(rect, len(p.rows)+1, line)
	p.Sim.SetBounds(toImage(pairstate.Under(top, line, p.scale)), scale)    // its detail panel lies under Rec
	p.Rec.SetBounds(toImage(pairstate.Under(bottom, line, p.scale)), scale) // its detail panel lies under the list
	p.list = list
}

// ListBounds returns the rectangle the difference list is drawn in, beneath both timelines.
func (p *Pair) ListBounds() image.Rectangle { return toImage(p.list) }

func toImage(r viewstate.Rect) image.Rectangle {
	return image.Rect(int(r.X), int(r.Y), int(r.Right()), int(r.Bottom()))
}

// Update gives this tick's input to the timeline under the pointer (or the last one that had it)
// and makes the other show what it shows.
func (p *Pair) Update() {
	_, y := ebiten.CursorPosition()
	rec := toRect(p.Rec.Bounds())
	rec.H = p.list.Y - rec.Y // the part of Rec not under the list
	sim := toRect(p.Sim.Bounds())
	sim.H = rec.Y - sim.Y // the part of Sim not under Rec
	p.lead = pairstate.Leader(p.lead, float64(y), sim, rec)
	lead, follow := p.viewers()
	lead.Focused, follow.Focused = true, false
	lead.Update()
	pairstate.Sync(lead.State(), follow.State())
}

func toRect(r image.Rectangle) viewstate.Rect {
	return viewstate.Rect{X: float64(r.Min.X), Y: float64(r.Min.Y), W: float64(r.Dx()), H: float64(r.Dy())}
}

// Draw draws both timelines and the difference list.
func (p *Pair) Draw(dst *ebiten.Image) {
	p.Sim.Draw(dst)
	p.Rec.Draw(dst)
	p.drawList(dst)
}

// Colours of the difference list.
var (
	listBg    = color.RGBA{0xfa, 0xfa, 0xf7, 0xff}
	agreeInk  = rgba(layout.BluishGreen)
	differInk = alert
)

// drawList writes the verdict and the differences, with their causes, as many as fit.
func (p *Pair) drawList(dst *ebiten.Image) {
	r := p.list
	if r.H <= 0 {
		return
	}
	img := dst.SubImage(toImage(r)).(*ebiten.Image)
	img.Fill(listBg)
	f, u := p.Sim.Faces(), p.scale
	x, y := r.X+12*u, r.Y+f.Line/2
	head := agreeInk
	if len(p.lines) > 0 && anyOrdering(p.lines) {
		head = differInk
	}
	DrawText(img, Fit(p.heading, f.Bold, r.W-24*u), f.Bold, x, y, head)
	y += f.Line
	shown := p.rows
	if room := pairstate.ListLines(r.H, f.Line) - 1; room < len(p.rows) { // the heading takes a line
		n := max(room-1, 0)
		shown = append(p.rows[:n:n], listRow{Text: fmt.Sprintf("… %d more lines: futurescope compare lists them all", len(p.rows)-n),
			Face: f.Small, Color: muted, Indent: 16 * u})
	}
	for _, l := range shown {
		DrawText(img, Fit(l.Text, l.Face, r.W-24*u-l.Indent), l.Face, x+l.Indent, y, l.Color)
		y += f.Line
	}
}

// A listRow is one line of the difference list as drawn: a difference, or a line of its cause.
type listRow struct {
	Text   string
	Face   text.Face
	Color  color.Color
	Indent float64
}

// wrap lays the difference list out for a window w pixels wide: a difference on a line of its own,
// its cause wrapped beneath it, indented.
func (p *Pair) wrap(w float64) []listRow {
	f, u := p.Sim.Faces(), p.scale
	var rows []listRow
	for _, l := range p.lines {
		row := listRow{Text: l.Text, Face: f.Sans, Color: ink}
		switch {
		case l.Cause:
			row.Face, row.Color, row.Indent = f.Small, muted, 16*u
		case l.Ordering:
			row.Color = differInk
		}
		if !l.Cause {
			rows = append(rows, row)
			continue
		}
		for _, part := range Wrap(l.Text, row.Face, w-24*u-row.Indent) {
			row.Text = part
			rows = append(rows, row)
		}
	}
	return rows
}

func anyOrdering(lines []compare.Line) bool {
	for _, l := range lines {
		if l.Ordering {
			return true
		}
	}
	return false
}

// A PairGame shows a Pair as the whole window, at the screen's device scale.
type PairGame struct {
	Pair  *Pair
	w, h  int
	scale float64
}

// Update places the pair in the window and updates it; playback follows the real clock.
func (g *PairGame) Update() error {
	for _, v := range []*Viewer{g.Pair.Sim, g.Pair.Rec} {
		if v.clock == nil {
			v.clock = time.Now
		}
	}
	if g.w > 0 {
		g.Pair.SetBounds(image.Rect(0, 0, g.w, g.h), g.scale)
	}
	g.Pair.Update()
	return nil
}

// Draw draws the pair.
func (g *PairGame) Draw(screen *ebiten.Image) { g.Pair.Draw(screen) }

// Layout makes the screen as many pixels as the window has device pixels.
func (g *PairGame) Layout(outsideWidth, outsideHeight int) (int, int) {
	g.scale = ebiten.Monitor().DeviceScaleFactor()
	g.w, g.h = int(float64(outsideWidth)*g.scale), int(float64(outsideHeight)*g.scale)
	return g.w, g.h
}
