package svg

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strconv"

	"github.com/futurescope/futurescope/render/layout"
)

// A Panel is one run in a paired drawing: a heading and its scene.
type Panel struct {
	// Title heads the panel ("Simulated", "CPython 3.13.0, recorded").
	Title string
	// Scene is the run, laid out.
	Scene *layout.Scene
}

// pairHeading is the height of a panel's heading, in pixels.
const pairHeading = 28

// rootSize matches the root element's size, as document writes it.
var rootSize = regexp.MustCompile(`^<svg [^>]*width="(\d+)" height="(\d+)"`)

// WritePair draws two runs of one script one above the other, each under its title, on one time
// axis: the window is opts.Start to opts.End, or when End is not after Start, from the earlier start
// to the later end of the two scenes, so a moment is at the same x in both. Each panel is an SVG
// image as Write draws it, with its own legend.
func WritePair(w io.Writer, top, bottom Panel, opts Options) error {
	if opts.End <= opts.Start {
		s0, e0 := top.Scene.Extent()
		s1, e1 := bottom.Scene.Extent()
		opts.Start, opts.End = min(s0, s1), max(e0, e1)
		if opts.End <= opts.Start {
			opts.End = opts.Start + 1
		}
	}
	var parts [2][]byte
	var width, height int
	for i, p := range []Panel{top, bottom} {
		var b bytes.Buffer
		if err := Write(&b, p.Scene, opts); err != nil {
			return err
		}
		m := rootSize.FindSubmatch(b.Bytes())
		if m == nil {
			return fmt.Errorf("svg: pair: panel %d has no size", i+1)
		}
		pw, _ := strconv.Atoi(string(m[1]))
		ph, _ := strconv.Atoi(string(m[2]))
		width = max(width, pw)
		parts[i] = fmt.Appendf(nil, `<text x="%d" y="%d" font-size="16" font-weight="bold">%s</text>`+"\n"+`<svg x="0" y="%d"%s`,
			margin, height+pairHeading-8, esc(p.Title), height+pairHeading, b.Bytes()[len("<svg"):])
		height += pairHeading + ph
	}
	_, err := fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="%s">`+"\n"+
		`<title>%s</title>`+"\n"+`<rect width="%d" height="%d" fill="#ffffff"/>`+"\n%s%s</svg>\n",
		width, height, width, height, sansFonts, esc(top.Title+" / "+bottom.Title), width, height, parts[0], parts[1])
	return err
}
