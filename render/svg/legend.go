package svg

import (
	"strconv"

	"github.com/futurescope/futurescope/render/layout"
)

const (
	boldWidth    = 7.3 // an average bold character, for the column of names
	legendRowH   = 19
	legendSwatch = 30 // the swatch's width
)

// legend explains every style the drawn views use, in one column (two in wide images), then names
// the workers' colours.
func (c *canvas) legend(views []*layout.View) {
	styles := c.s.Used(views...)
	c.y += headingGap
	c.printf(`<text x="%d" y="%s" font-size="15" font-weight="bold">%s</text>`+"\n", margin, num(c.y), esc(c.w.legend))
	c.y += 8
	cols := 1
	if c.o.Width >= 1700 {
		cols = 2
	}
	colW := float64(c.o.Width-2*margin) / float64(cols)
	rows := (len(styles) + cols - 1) / cols
	for col := 0; col*rows < len(styles); col++ {
		part := styles[col*rows : min(len(styles), (col+1)*rows)]
		nameW := 0.0
		for _, st := range part {
			nameW = max(nameW, float64(layout.Width(st.LookIn(c.w.lang).Name))*boldWidth)
		}
		for row, st := range part {
			c.legendEntry(st, float64(margin)+float64(col)*colW, c.y+float64(row)*legendRowH, colW-12, nameW+12)
		}
	}
	c.y += float64(rows) * legendRowH
	c.workers()
}

// legendEntry draws one style's swatch, name and meaning, in a box of width w whose top is at y; the
// meaning starts nameW pixels after the name.
func (c *canvas) legendEntry(st layout.Style, x, y, w, nameW float64) {
	look := st.LookIn(c.w.lang)
	mid := y + legendRowH/2
	c.swatch(st, look, x, mid)
	tx := x + legendSwatch + 10
	name := look.Name
	c.printf(`<text x="%s" y="%s" font-weight="bold">%s</text>`, num(tx), num(mid+4), esc(name))
	meaning := fitSans(look.Meaning, w-(tx-x)-nameW)
	c.printf(`<text x="%s" y="%s" fill="#4d4d4d">%s<title>%s</title></text>`+"\n", num(tx+nameW), num(mid+4), esc(meaning), esc(look.Meaning))
}

// swatch draws a small sample of a style, centred vertically on mid.
func (c *canvas) swatch(st layout.Style, look layout.Look, x, mid float64) {
	switch {
	case st == layout.Value:
		c.printf(`<text x="%s" y="%s" font-family="%s" font-size="11">42</text>`, num(x+6), num(mid+4), monoFonts)
	case st >= layout.WaitReturned: // a rule, with its glyph
		c.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1.6"%s/>`, num(x+legendSwatch/2), num(mid-9),
			num(x+legendSwatch/2), num(mid+9), look.Stroke.Hex(), lineDash(look.Pattern))
		c.printf("%s", glyph(look.Glyph, look.Hollow, x+legendSwatch/2, mid-4, overlayMark, look.Stroke, ""))
	case st == layout.ThreadLife || st == layout.ProcessLife:
		c.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2"/>`, num(x+2), num(mid), num(x+legendSwatch-2), num(mid), look.Stroke.Hex())
		c.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2"/>`, num(x+2), num(mid-5), num(x+2), num(mid+5), look.Stroke.Hex())
	case look.Glyph != layout.NoGlyph:
		c.printf("%s", glyph(look.Glyph, look.Hollow, x+legendSwatch/2, mid, 6.5, look.Fill, ""))
	default:
		fill, stroke := look.Fill, look.Stroke
		if st == layout.Running || st == layout.CallQueue || st == layout.Returning {
			fill, stroke = layout.WorkerColor(1), layout.WorkerColor(1)
		}
		c.printf(`<rect x="%s" y="%s" width="%d" height="12" %s/>`, num(x), num(mid-6), legendSwatch, c.spanAttrs(look, fill, stroke))
	}
}

// workers names the colour of each worker.
func (c *canvas) workers() {
	if len(c.s.Workers) == 0 {
		return
	}
	c.y += 8
	x := float64(margin)
	c.printf(`<text x="%s" y="%s" font-weight="bold">%s</text>`, num(x), num(c.y+14), esc(c.w.workers))
	x += 70
	for _, w := range c.s.Workers {
		label := "T" + strconv.Itoa(w.Thread) + " " + w.Name
		width := float64(layout.Width(label))*7 + 40
		if x+width > float64(c.o.Width-margin) {
			x = float64(margin + 70)
			c.y += legendRowH
		}
		c.printf(`<rect x="%s" y="%s" width="16" height="12" fill="%s"/>`, num(x), num(c.y+4), layout.WorkerColor(w.Number).Hex())
		c.printf(`<text x="%s" y="%s">%s</text>`, num(x+22), num(c.y+14), esc(label))
		x += width
	}
	c.printf("\n")
	c.y += legendRowH
}
