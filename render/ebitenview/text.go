package ebitenview

import (
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/futurescope/futurescope/render/layout"
)

// DrawText writes s on dst in face, the top of its line at y, starting at x.
func DrawText(dst *ebiten.Image, s string, face text.Face, x, y float64, c color.Color) {
	if s == "" {
		return
	}
	op := &text.DrawOptions{}
	op.GeoM.Translate(x, y)
	op.ColorScale.ScaleWithColor(c)
	text.Draw(dst, s, face, op)
}

// DrawTextRight writes s on dst in face, ending at x, the top of its line at y.
func DrawTextRight(dst *ebiten.Image, s string, face text.Face, x, y float64, c color.Color) {
	DrawText(dst, s, face, x-text.Advance(s, face), y, c)
}

// DrawTextMiddle writes s on dst in face, centred vertically on mid.
func DrawTextMiddle(dst *ebiten.Image, s string, face text.Face, x, mid float64, c color.Color) {
	m := face.Metrics()
	DrawText(dst, s, face, x, mid-(m.HAscent+m.HDescent)/2, c)
}

// Fit shortens s with "…" until it is at most width pixels wide in face; "" when nothing fits. A
// name keeps its end, where names tell apart ("T3 ThreadPoolEx…-0_1": layout.TruncateName).
func Fit(s string, face text.Face, width float64) string {
	return fit(s, face, width, layout.TruncateName)
}

// fit shortens s with truncate until it is at most width pixels wide in face.
func fit(s string, face text.Face, width float64, truncate func(string, int) string) string {
	if width <= 0 {
		return ""
	}
	if text.Advance(s, face) <= width {
		return s
	}
	// Start from an estimate in character cells, then shorten until it fits.
	cells := int(width / max(text.Advance("n", face), 1))
	for n := min(cells, layout.Width(s)); n > 0; n-- {
		if t := truncate(s, n); text.Advance(t, face) <= width {
			return t
		}
	}
	return ""
}

// Wrap breaks s into lines at most width pixels wide in face, at spaces where it can; newlines in s
// start new lines.
func Wrap(s string, face text.Face, width float64) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			next := w
			if line != "" {
				next = line + " " + w
			}
			if line != "" && text.Advance(next, face) > width {
				out = append(out, line)
				next = w
			}
			line = next
		}
		for text.Advance(line, face) > width && len(line) > 1 { // a word longer than a line
			cut := fit(line, face, width, layout.Truncate) // the line's start, to carry on after
			cut = strings.TrimSuffix(cut, layout.Ellipsis)
			if cut == "" {
				break
			}
			out = append(out, cut)
			line = line[len(cut):]
		}
		out = append(out, line)
	}
	return out
}

// rgba converts a layout colour to an opaque colour.
func rgba(c layout.Color) color.RGBA {
	r, g, b := c.RGB()
	return color.RGBA{r, g, b, 0xff}
}

// Colours of the viewer's chrome.
var (
	white      = color.RGBA{0xff, 0xff, 0xff, 0xff}
	ink        = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	muted      = color.RGBA{0x5a, 0x5a, 0x5a, 0xff}
	stripe     = color.RGBA{0xf5, 0xf5, 0xf5, 0xff}
	procStripe = color.RGBA{0xe8, 0xe8, 0xe8, 0xff}
	heading    = color.RGBA{0xe3, 0xea, 0xf2, 0xff}
	gridLine   = color.RGBA{0xe0, 0xe0, 0xe0, 0xff}
	selectBg   = color.RGBA{0xff, 0xf0, 0xb8, 0xff}
	hoverBg    = color.RGBA{0xea, 0xf3, 0xfb, 0xff}
	panelBg    = color.RGBA{0xf4, 0xf4, 0xf2, 0xff}
	border     = color.RGBA{0xc8, 0xc8, 0xc8, 0xff}
	codeBg     = color.RGBA{0xff, 0xf6, 0xd5, 0xff}
	playhead   = color.RGBA{0x10, 0x10, 0x10, 0xff}
	alert      = rgba(layout.Vermillion)
)
