package svg

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"

	"github.com/futurescope/futurescope/render/layout"
	messages "github.com/futurescope/futurescope/render/words"
)

// A canvas accumulates the drawing, top to bottom, and the pattern definitions it uses.
type canvas struct {
	s        *layout.Scene
	o        Options
	w        *words
	b        strings.Builder
	y        float64         // the top of what is drawn next
	x0, x1   float64         // the plot area's left and right edges
	patterns map[string]bool // ids of the patterns used: "hatch-8c8c8c", "dots-0072b2"
}

func newCanvas(s *layout.Scene, o Options) *canvas {
	x0 := float64(margin + labelWidth)
	return &canvas{s: s, o: o, w: wordsFor(o.Lang, s), y: margin, x0: x0, x1: float64(o.Width - margin - rightPad), patterns: map[string]bool{}}
}

// x returns the horizontal position of time t.
func (c *canvas) x(t int64) float64 {
	return c.x0 + float64(t-c.o.Start)*(c.x1-c.x0)/float64(c.o.End-c.o.Start)
}

// printf appends to the drawing.
func (c *canvas) printf(format string, args ...any) { fmt.Fprintf(&c.b, format, args...) }

// header draws the title and what the run was.
func (c *canvas) header() {
	c.y += 18
	c.printf(`<text x="%d" y="%s" font-size="18" font-weight="bold">%s</text>`+"\n", margin, num(c.y), esc(c.s.Title))
	sub := fmt.Sprintf(c.w.subtitle, layout.FormatTime(0), layout.FormatTime(c.s.End))
	if cores := c.s.Meta["cores"]; cores != "" {
		sub += fmt.Sprintf(c.w.cores, cores)
	}
	if c.s.Meta["free_threaded"] == "true" {
		sub += c.w.freeThread
	}
	c.y += 20
	c.printf(`<text x="%d" y="%s" fill="#4d4d4d">%s</text>`+"\n", margin, num(c.y), esc(sub))
	if c.s.Outcome != "" {
		c.y += 18
		c.printf(`<text x="%d" y="%s" fill="%s" font-weight="bold">%s</text>`+"\n", margin, num(c.y),
			layout.Vermillion.Hex(), esc(c.w.ended+messages.MessageIn(c.s.Outcome, c.w.lang)))
	}
	c.y += 8
}

// num writes a coordinate with at most one decimal.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0")
}

// fit truncates s to the cells that width pixels hold in the monospaced font.
func fit(s string, width float64) string {
	return layout.Truncate(s, int(width/charWidth))
}

// fitName truncates a lane's name to what width pixels hold in the monospace font, keeping its end
// ("T3 ThreadPoolExec…-0_1"), where the names of one pool's threads differ.
func fitName(s string, width float64) string {
	return layout.TruncateName(s, int(width/charWidth))
}

// fitSans truncates s to what width pixels hold in the proportional font.
func fitSans(s string, width float64) string {
	return layout.Truncate(s, int(width/sansWidth))
}

// esc escapes s for XML text and attribute values; characters XML cannot hold become U+FFFD.
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
