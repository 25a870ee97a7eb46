package svg

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/futurescope/futurescope/render/layout"
)

// fillOf returns the fill attribute value of a span drawn with pattern p in colour c, recording the
// pattern definitions it needs.
func (c *canvas) fillOf(p layout.Pattern, col layout.Color) string {
	switch p {
	case layout.Solid:
		return col.Hex()
	case layout.Hatched, layout.Dotted, layout.Checked:
		id := "hatch-"
		switch p {
		case layout.Dotted:
			id = "dots-"
		case layout.Checked:
			id = "check-"
		}
		id += col.Hex()[1:]
		c.patterns[id] = true
		return "url(#" + id + ")"
	}
	return col.Light(0.25).Hex()
}

// writeDefs writes the pattern definitions the drawing used, in a fixed order.
func (c *canvas) writeDefs(b *strings.Builder) {
	ids := make([]string, 0, len(c.patterns))
	for id := range c.patterns {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	b.WriteString("<defs>\n")
	for _, id := range ids {
		kind, hex, _ := strings.Cut(id, "-")
		var col layout.Color
		fmt.Sscanf(hex, "%x", &col)
		light := col.Light(0.22).Hex()
		switch kind {
		case "hatch":
			fmt.Fprintf(b, `<pattern id="%s" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`+
				`<rect width="6" height="6" fill="%s"/><rect width="2.5" height="6" fill="#%s"/></pattern>`+"\n", id, light, hex)
		case "check":
			fmt.Fprintf(b, `<pattern id="%s" width="6" height="6" patternUnits="userSpaceOnUse">`+
				`<rect width="6" height="6" fill="%s"/><rect width="3" height="3" fill="#%s"/><rect x="3" y="3" width="3" height="3" fill="#%s"/></pattern>`+"\n", id, light, hex, hex)
		default:
			fmt.Fprintf(b, `<pattern id="%s" width="5" height="5" patternUnits="userSpaceOnUse">`+
				`<rect width="5" height="5" fill="%s"/><circle cx="2.5" cy="2.5" r="1.3" fill="#%s"/></pattern>`+"\n", id, light, hex)
		}
	}
	b.WriteString("</defs>\n")
}

// spanAttrs returns the fill and stroke attributes of a span of look l in colours fill and stroke.
func (c *canvas) spanAttrs(l layout.Look, fill, stroke layout.Color) string {
	switch l.Pattern {
	case layout.Solid:
		return fmt.Sprintf(`fill="%s"`, fill.Hex())
	case layout.Outline:
		return fmt.Sprintf(`fill="%s" stroke="%s" stroke-width="1.2"`, c.fillOf(l.Pattern, fill), stroke.Hex())
	case layout.Dashed:
		return fmt.Sprintf(`fill="%s" stroke="%s" stroke-width="1.2" stroke-dasharray="4 2"`, c.fillOf(l.Pattern, fill), stroke.Hex())
	}
	return fmt.Sprintf(`fill="%s" stroke="%s" stroke-width="0.8"`, c.fillOf(l.Pattern, fill), stroke.Hex())
}

// lineDash returns the stroke-dasharray attribute of a line or rule of pattern p, or "".
func lineDash(p layout.Pattern) string {
	switch p {
	case layout.Dashed:
		return ` stroke-dasharray="6 3"`
	case layout.Dotted:
		return ` stroke-dasharray="2 3"`
	}
	return ""
}

// glyph returns the SVG element of glyph g centred at (cx, cy), r pixels from centre to edge, in
// colour col; title, if not empty, becomes its hover text.
func glyph(g layout.Glyph, hollow bool, cx, cy, r float64, col layout.Color, title string) string {
	paint := fmt.Sprintf(`fill="%s" stroke="#ffffff" stroke-width="1"`, col.Hex())
	if hollow {
		paint = fmt.Sprintf(`fill="#ffffff" stroke="%s" stroke-width="1.6"`, col.Hex())
	}
	var el string
	switch g {
	case layout.Circle:
		el = fmt.Sprintf(`<circle cx="%s" cy="%s" r="%s" %s`, num(cx), num(cy), num(r*0.85), paint)
	case layout.Square:
		s := r * 0.8
		el = fmt.Sprintf(`<rect x="%s" y="%s" width="%s" height="%s" %s`, num(cx-s), num(cy-s), num(2*s), num(2*s), paint)
	case layout.Cross, layout.Plus:
		el = stroked(g, cx, cy, r, col)
	default:
		el = fmt.Sprintf(`<polygon points="%s" %s`, points(g, cx, cy, r), paint)
	}
	if title == "" {
		return el + "/>"
	}
	return el + "><title>" + esc(title) + "</title>" + closing(el) + ">"
}

// closing returns the closing tag of the element el opens.
func closing(el string) string {
	name, _, _ := strings.Cut(el[1:], " ")
	return "</" + name
}

// stroked draws a cross or a plus as two thick strokes over a white halo.
func stroked(g layout.Glyph, cx, cy, r float64, col layout.Color) string {
	d := r * 0.75
	path := fmt.Sprintf("M%s %sL%s %sM%s %sL%s %s", num(cx-d), num(cy-d), num(cx+d), num(cy+d), num(cx-d), num(cy+d), num(cx+d), num(cy-d))
	if g == layout.Plus {
		path = fmt.Sprintf("M%s %sL%s %sM%s %sL%s %s", num(cx-r), num(cy), num(cx+r), num(cy), num(cx), num(cy-r), num(cx), num(cy+r))
	}
	w := math.Max(2, r*0.45)
	return fmt.Sprintf(`<path d="%s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round"`, path, col.Hex(), num(w))
}

// points returns the polygon of glyph g.
func points(g layout.Glyph, cx, cy, r float64) string {
	var pts [][2]float64
	switch g {
	case layout.Diamond:
		pts = [][2]float64{{0, -1}, {1, 0}, {0, 1}, {-1, 0}}
	case layout.TriangleUp:
		pts = [][2]float64{{0, -1}, {0.95, 0.8}, {-0.95, 0.8}}
	case layout.TriangleDown:
		pts = [][2]float64{{-0.95, -0.8}, {0.95, -0.8}, {0, 1}}
	case layout.Bar:
		pts = [][2]float64{{-0.3, -1}, {0.3, -1}, {0.3, 1}, {-0.3, 1}}
	case layout.Hourglass:
		pts = [][2]float64{{-0.8, -1}, {0.8, -1}, {-0.8, 1}, {0.8, 1}}
	case layout.Star:
		for i := range 10 {
			a := float64(i)*math.Pi/5 - math.Pi/2
			k := 1.0
			if i%2 == 1 {
				k = 0.45
			}
			pts = append(pts, [2]float64{k * math.Cos(a), k * math.Sin(a)})
		}
	default: // Octagon, and anything unknown
		for i := range 8 {
			a := float64(i)*math.Pi/4 + math.Pi/8
			pts = append(pts, [2]float64{math.Cos(a), math.Sin(a)})
		}
	}
	parts := make([]string, len(pts))
	for i, p := range pts {
		parts[i] = num(cx+p[0]*r) + "," + num(cy+p[1]*r)
	}
	return strings.Join(parts, " ")
}
