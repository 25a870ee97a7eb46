package ebitenview

import (
	"image/color"
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/futurescope/futurescope/render/layout"
)

// DrawText writes s on dst in face, the top of its line at y, starting at x. Right-to-left text
// (Arabic, Hebrew) reads from the right, its letters joined (visual).
func DrawText(dst *ebiten.Image, s string, face text.Face, x, y float64, c color.Color) {
	if s == "" {
		return
	}
	op := &text.DrawOptions{}
	op.GeoM.Translate(x, y)
	op.ColorScale.ScaleWithColor(c)
	text.Draw(dst, visual(s), face, op)
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

// arabicForms maps an Arabic letter to its first presentation form (isolated, then final, initial
// and medial, in Arabic Presentation Forms-B) and how many forms it has: 4 for a letter that joins
// on both sides, 2 for one that joins only the letter before it, 1 for hamza, which joins neither.
var arabicForms = func() map[rune][2]rune {
	counts := []struct {
		r rune
		n rune
	}{
		{0x0621, 1}, {0x0622, 2}, {0x0623, 2}, {0x0624, 2}, {0x0625, 2}, {0x0626, 4}, {0x0627, 2}, {0x0628, 4},
		{0x0629, 2}, {0x062A, 4}, {0x062B, 4}, {0x062C, 4}, {0x062D, 4}, {0x062E, 4}, {0x062F, 2}, {0x0630, 2},
		{0x0631, 2}, {0x0632, 2}, {0x0633, 4}, {0x0634, 4}, {0x0635, 4}, {0x0636, 4}, {0x0637, 4}, {0x0638, 4},
		{0x0639, 4}, {0x063A, 4}, {0x0641, 4}, {0x0642, 4}, {0x0643, 4}, {0x0644, 4}, {0x0645, 4}, {0x0646, 4},
		{0x0647, 4}, {0x0648, 2}, {0x0649, 2}, {0x064A, 4},
	}
	m := make(map[rune][2]rune, len(counts))
	next := rune(0xFE80)
	for _, c := range counts {
		m[c.r] = [2]rune{next, c.n}
		next += c.n
	}
	return m
}()

// rtl reports whether r is written right to left (Hebrew, Arabic and their presentation forms).
func rtl(r rune) bool {
	return r >= 0x0590 && r <= 0x08FF || r >= 0xFB1D && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// arabicMark reports whether r is an Arabic vowel mark, which sits on its letter and joins nothing.
func arabicMark(r rune) bool { return r >= 0x064B && r <= 0x065F || r == 0x0670 }

// visual returns s as drawn glyph by glyph: each Arabic letter in the form its neighbours call for
// (joined to them), and each right-to-left run (letters, with the spaces and marks between them)
// reversed, so that it reads from the right. The browser's fonts draw these characters
// (FontSet.Last), one at a time, without shaping of their own; ligatures such as lam-alef stay two
// letters, and numbers inside a right-to-left run keep their place.
func visual(s string) string {
	runes := []rune(s)
	if !slices.ContainsFunc(runes, rtl) {
		return s
	}
	shaped := make([]rune, len(runes))
	for i, r := range runes {
		shaped[i] = r
		f, ok := arabicForms[r]
		if !ok {
			continue
		}
		prev, next := neighbour(runes, i, -1), neighbour(runes, i, 1)
		pf, joinsPrev := arabicForms[prev]
		joinsPrev = joinsPrev && pf[1] == 4
		nf, joinsNext := arabicForms[next]
		joinsNext = joinsNext && f[1] == 4 && nf[1] > 1
		switch {
		case joinsPrev && joinsNext:
			shaped[i] = f[0] + 3
		case joinsPrev && f[1] > 1:
			shaped[i] = f[0] + 1
		case joinsNext:
			shaped[i] = f[0] + 2
		default:
			shaped[i] = f[0]
		}
	}
	for i := 0; i < len(shaped); {
		if !rtl(shaped[i]) {
			i++
			continue
		}
		j := i + 1 // the run ends at its last right-to-left character: spaces inside it belong to it
		for k := i + 1; k < len(shaped); k++ {
			if rtl(shaped[k]) {
				j = k + 1
			} else if shaped[k] != ' ' {
				break
			}
		}
		reverseClusters(shaped[i:j])
		i = j
	}
	return string(shaped)
}

// neighbour returns the letter next to runes[i] in direction d (-1 or 1), over vowel marks, or 0.
func neighbour(runes []rune, i, d int) rune {
	for k := i + d; k >= 0 && k < len(runes); k += d {
		if !arabicMark(runes[k]) {
			return runes[k]
		}
	}
	return 0
}

// reverseClusters reverses run in place, keeping each letter's vowel marks after it.
func reverseClusters(run []rune) {
	slices.Reverse(run)
	for i := 0; i < len(run); {
		j := i
		for j < len(run) && arabicMark(run[j]) {
			j++
		}
		if j > i && j < len(run) { // marks that followed run[j] now precede it
			slices.Reverse(run[i : j+1])
			i = j + 1
			continue
		}
		i = j + 1
	}
}
