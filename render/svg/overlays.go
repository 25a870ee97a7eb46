package svg

import (
	"github.com/futurescope/futurescope/render/layout"
)

// Overlay labels sit in rows above the first view's axis; a label that fits in none of the rows is
// left out (its rule and hover text stay).
const (
	labelRows   = 4
	labelRowH   = 17
	labelMaxW   = 330 // the widest an overlay label may be, in pixels
	labelGapPx  = 10
	overlayMark = 5 // the radius of the glyph at the top of a rule
)

// overlayLabels draws the overlays' glyphs and labels in rows, and returns, for each overlay (by
// index) whose label it drew, the height where the overlay's rule should start.
func (c *canvas) overlayLabels() map[int]float64 {
	tops := map[int]float64{}
	var rows [labelRows][][2]float64 // the horizontal extents taken in each row
	used := 0
	for i := range c.s.Overlays {
		o := &c.s.Overlays[i]
		if o.T0 < c.o.Start || o.T0 > c.o.End {
			continue
		}
		x := c.x(o.T0)
		text := fitSans(o.Label, labelMaxW)
		w := float64(layout.Width(text))*sansWidth + overlayMark*2 + 4
		left, right := x-overlayMark, x-overlayMark+w
		if right > float64(c.o.Width-margin) { // no room to the right: put the label left of the rule
			left, right = x+overlayMark-w, x+overlayMark
		}
		for r := range rows {
			if free(rows[r], left, right) {
				rows[r] = append(rows[r], [2]float64{left, right})
				tops[i] = float64(r)
				used = max(used, r+1)
				c.overlayLabel(o, text, x, right, r)
				break
			}
		}
	}
	band := c.y
	for i, r := range tops {
		tops[i] = band + r*labelRowH + labelRowH/2
	}
	c.y += float64(used) * labelRowH
	return tops
}

// free reports whether [left, right] keeps its distance from every extent taken in a row.
func free(taken [][2]float64, left, right float64) bool {
	for _, t := range taken {
		if left < t[1]+labelGapPx && right > t[0]-labelGapPx {
			return false
		}
	}
	return true
}

// overlayLabel draws one overlay's glyph and label in label row r.
func (c *canvas) overlayLabel(o *layout.Shape, text string, x, right float64, r int) {
	look := o.Style.Look()
	_, stroke := o.Colors()
	cy := c.y + float64(r)*labelRowH + labelRowH/2
	c.printf("%s\n", glyph(look.Glyph, look.Hollow, x, cy, overlayMark, stroke, o.Detail))
	tx, anchor := x+overlayMark+4, "start"
	if right <= x+overlayMark {
		tx, anchor = x-overlayMark-4, "end"
	}
	c.printf(`<text x="%s" y="%s" font-size="11" fill="%s" text-anchor="%s">%s<title>%s</title></text>`+"\n",
		num(tx), num(cy+4), stroke.Hex(), anchor, esc(text), esc(o.Detail))
}

// rules draws the overlays as vertical lines from top (or the row of their label) down to bottom.
func (c *canvas) rules(labelTop map[int]float64, top, bottom float64) {
	for i := range c.s.Overlays {
		o := &c.s.Overlays[i]
		if o.T0 < c.o.Start || o.T0 > c.o.End {
			continue
		}
		y0 := top - 3
		if t, ok := labelTop[i]; ok {
			y0 = t + overlayMark
		}
		look := o.Style.Look()
		_, stroke := o.Colors()
		x := num(c.x(o.T0))
		c.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1.6"%s><title>%s</title></line>`+"\n",
			x, num(y0), x, num(bottom), stroke.Hex(), lineDash(look.Pattern), esc(o.Detail))
	}
}
