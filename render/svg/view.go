package svg

import (
	"fmt"

	"github.com/futurescope/futurescope/render/layout"
)

// view draws one view: its heading, the overlay labels (above the first view), the time axis, the
// lanes and their shapes, and the overlay rules across them.
func (c *canvas) view(v *layout.View, first bool) {
	h := c.w.headings[v.Name]
	c.y += headingGap
	c.printf(`<text x="%d" y="%s" font-size="15" font-weight="bold">%s</text>`, margin, num(c.y), esc(h[0]))
	c.printf(`<text x="%d" y="%s" fill="#4d4d4d">%s</text>`+"\n", margin+80, num(c.y), esc(fitSans(h[1], float64(c.o.Width-2*margin-80))))
	c.y += 10
	ruleTop := map[int]float64{}
	if first {
		ruleTop = c.overlayLabels()
	}
	c.y += 16
	c.axisLabels()
	top := c.y
	n := min(len(v.Lanes), c.o.MaxLanes)
	H := float64(c.o.LaneHeight)
	laneTop := func(i int) float64 { return top + float64(v.Top(i))*H }
	bottom := laneTop(n)
	c.printf(`<g class="%s">`+"\n", esc(v.Name))
	for i := range n {
		c.laneBackground(v.Lanes[i], i, laneTop(i))
	}
	c.grid(top, bottom)
	for s := range v.Visible(c.o.Start, c.o.End, 0, n) {
		c.shape(s, laneTop(s.Lane), float64(v.Lanes[s.Lane].Height)*H)
	}
	c.rules(ruleTop, top, bottom)
	c.printf("</g>\n")
	c.y = bottom
	if left := len(v.Lanes) - n; left > 0 {
		c.y += 16
		c.printf(`<text x="%d" y="%s" fill="#4d4d4d">%s</text>`+"\n", margin, num(c.y),
			esc(fmt.Sprintf(c.w.notDrawn, left)))
	}
}

// axisLabels writes the tick labels above the lanes.
func (c *canvas) axisLabels() {
	for _, t := range layout.Ticks(c.o.Start, c.o.End, c.x1-c.x0) {
		c.printf(`<text x="%s" y="%s" text-anchor="middle" font-size="11" fill="#4d4d4d">%s</text>`+"\n",
			num(c.x(t.T)), num(c.y-4), esc(t.Label))
	}
}

// grid draws the tick lines from top to bottom.
func (c *canvas) grid(top, bottom float64) {
	for _, t := range layout.Ticks(c.o.Start, c.o.End, c.x1-c.x0) {
		x := num(c.x(t.T))
		c.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#e0e0e0"/>`+"\n", x, num(top-3), x, num(bottom))
	}
}

// laneBackground draws a lane's stripe and its label in the left column.
func (c *canvas) laneBackground(l layout.Lane, i int, top float64) {
	H := float64(l.Height) * float64(c.o.LaneHeight)
	bg := "#ffffff"
	switch {
	case l.Kind == layout.ProcessLane:
		bg = "#ececec"
	case i%2 == 1:
		bg = "#f6f6f6"
	}
	c.printf(`<rect x="%d" y="%s" width="%d" height="%s" fill="%s"/>`, margin, num(top), c.o.Width-2*margin, num(H), bg)
	x, weight := float64(margin+4), ""
	switch l.Kind {
	case layout.ProcessLane:
		weight = ` font-weight="bold"`
	case layout.ThreadLane:
		x += 14
	}
	if l.Worker > 0 {
		col := layout.WorkerColor(l.Worker).Hex()
		c.printf(`<rect x="%s" y="%s" width="9" height="9" fill="%s"/>`, num(x-13), num(top+H/2-4.5), col)
	}
	label := fitName(l.Label, float64(margin+labelWidth)-x-8)
	c.printf(`<text x="%s" y="%s" font-family="%s"%s>%s<title>%s</title></text>`+"\n",
		num(x), num(top+H/2+4), monoFonts, weight, esc(label), esc(l.Detail))
}

// shape draws one shape of a lane whose top is at top and height is H.
func (c *canvas) shape(s *layout.Shape, top, H float64) {
	y0, y1 := top+float64(s.Y0)*H, top+float64(s.Y1)*H
	switch s.Kind {
	case layout.Span:
		c.span(s, y0, y1)
	case layout.Line:
		c.line(s, y0)
	case layout.Marker:
		fill, _ := s.Colors()
		look := s.Style.Look()
		r := (y1 - y0) / 2
		x := c.x(s.T0) + float64(min(s.Nudge, layout.MaxNudge))*(2*r+1)
		c.printf("%s\n", glyph(look.Glyph, look.Hollow, x, (y0+y1)/2, r, fill, s.Detail))
	case layout.Text:
		x := c.x(s.T0) + 0.3*H + 3
		text := fit(s.Label, float64(c.o.Width-margin)-x)
		c.printf(`<text x="%s" y="%s" font-family="%s" font-size="11" fill="#1a1a1a">%s<title>%s</title></text>`+"\n",
			num(x), num((y0+y1)/2+4), monoFonts, esc(text), esc(s.Detail))
	}
}

// span draws a box, its label if it fits, and an arrow at its end if it never ended.
func (c *canvas) span(s *layout.Shape, y0, y1 float64) {
	x0, x1 := max(c.x(s.T0), c.x0), min(c.x(s.T1), c.x1)
	if s.Open {
		x1 = c.x1
	}
	w := max(x1-x0, 3)
	if s.Style.AtLeastSquare() {
		w = max(w, y1-y0)
	}
	look := s.Style.Look()
	fill, stroke := s.Colors()
	c.printf(`<rect x="%s" y="%s" width="%s" height="%s" %s><title>%s</title></rect>`+"\n",
		num(x0), num(y0), num(w), num(y1-y0), c.spanAttrs(look, fill, stroke), esc(s.Detail))
	if s.Open {
		ym := (y0 + y1) / 2
		c.printf(`<polygon points="%s,%s %s,%s %s,%s" fill="%s"/>`+"\n", num(x1), num(y0-2), num(x1+7), num(ym), num(x1), num(y1+2), stroke.Hex())
	}
	if s.Label == "" || w < 30 {
		return
	}
	ink, halo := "#1a1a1a", ` stroke="#ffffff" stroke-width="3" stroke-opacity="0.8" paint-order="stroke"`
	if look.Pattern == layout.Solid {
		ink, halo = fill.Ink().Hex(), ""
	}
	c.printf(`<text x="%s" y="%s" font-size="11" fill="%s"%s pointer-events="none">%s</text>`+"\n",
		num(x0+4), num((y0+y1)/2+4), ink, halo, esc(fitSans(s.Label, w-8)))
}

// line draws a thread's or process's life, with bars at its ends (an arrow if it never ended).
func (c *canvas) line(s *layout.Shape, y float64) {
	x0, x1 := max(c.x(s.T0), c.x0), min(c.x(s.T1), c.x1)
	if s.Open {
		x1 = c.x1
	}
	_, stroke := s.Colors()
	look := s.Style.Look()
	w := 1.5
	if s.Style == layout.ProcessLife {
		w = 2.5
	}
	c.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"%s><title>%s</title></line>`+"\n",
		num(x0), num(y), num(max(x1, x0+1)), num(y), stroke.Hex(), num(w), lineDash(look.Pattern), esc(s.Detail))
	c.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2"/>`+"\n", num(x0), num(y-5), num(x0), num(y+5), stroke.Hex())
	if s.Open {
		c.printf(`<polygon points="%s,%s %s,%s %s,%s" fill="%s"/>`+"\n", num(x1), num(y-4), num(x1+7), num(y), num(x1), num(y+4), stroke.Hex())
	} else {
		c.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2"/>`+"\n", num(x1), num(y-5), num(x1), num(y+5), stroke.Hex())
	}
}
