// Package svg draws a layout.Scene as a static SVG image: a timeline that reads on its own, for
// documentation, slides and tests. It has a title, the time axis, a row label for every lane, the
// shapes with their hover text (SVG <title> elements), the overlays with short labels, and a legend
// that explains in words every colour, pattern and glyph the image uses.
//
// The output is deterministic (the same scene and options give the same bytes) and well-formed XML.
// The package draws what the scene holds and adds nothing to it.
package svg

import (
	"fmt"
	"io"
	"strings"

	"github.com/futurescope/futurescope/render/layout"
)

// Options choose what to draw and how big.
type Options struct {
	// View is "futures", "threads" or "both" (stacked, futures first); "" means "both".
	View string
	// Width is the image's width in pixels (default 1200, at least 600). The height follows from the
	// number of lanes.
	Width int
	// LaneHeight is the height of a lane in pixels (default 26).
	LaneHeight int
	// MaxLanes caps the lanes drawn per view (default 500); a note says how many were left out.
	MaxLanes int
	// Lang is the language of the image's own words (header, headings, legend): "en", "zh", or ""
	// for the scene's (see layout.BuildOptions, which sets the language of the scene's own words).
	Lang string
	// Start and End are the time window to draw, in virtual nanoseconds; when End is not after Start,
	// the whole run (Scene.Extent).
	Start, End int64
}

func (o Options) withDefaults(s *layout.Scene) Options {
	if o.View == "" {
		o.View = "both"
	}
	if o.Width == 0 {
		o.Width = 1200
	}
	o.Width = max(o.Width, 600)
	if o.LaneHeight <= 0 {
		o.LaneHeight = 26
	}
	if o.MaxLanes <= 0 {
		o.MaxLanes = 500
	}
	if o.End <= o.Start {
		o.Start, o.End = s.Extent()
	}
	return o
}

// Sizes of the drawing, in pixels.
const (
	margin     = 16
	labelWidth = 250 // the lane labels' column
	rightPad   = 150 // room after the plot for outcome texts
	fontSize   = 12
	charWidth  = fontSize * 0.6 // a monospaced character
	sansWidth  = 6.2            // an average sans-serif character at 11-12 px, for fitting
	headingGap = 30
)

// Write draws s as an SVG document to w.
func Write(w io.Writer, s *layout.Scene, opts Options) error {
	o := opts.withDefaults(s)
	views := s.Views(o.View)
	if views == nil {
		return fmt.Errorf("svg: unknown view %q (want futures, threads or both)", o.View)
	}
	c := newCanvas(s, o)
	c.header()
	for i, v := range views {
		c.view(v, i == 0)
	}
	c.legend(views)
	c.y += margin
	_, err := io.WriteString(w, c.document())
	return err
}

// document returns the SVG: the root element, the definitions the drawing used, then the drawing.
func (c *canvas) document() string {
	var b strings.Builder
	h := int(c.y + 0.5)
	lang := ""
	if c.w.xmlLang != "" {
		lang = ` xml:lang="` + c.w.xmlLang + `"`
	}
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg"%s width="%d" height="%d" viewBox="0 0 %d %d" `+
		`font-family="%s" font-size="%d">`+"\n", lang, c.o.Width, h, c.o.Width, h, sansFonts, fontSize)
	fmt.Fprintf(&b, "<title>%s</title>\n", esc("futurescope: "+c.s.Title))
	c.writeDefs(&b)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#ffffff"/>`+"\n", c.o.Width, h)
	b.WriteString(c.b.String())
	b.WriteString("</svg>\n")
	return b.String()
}
