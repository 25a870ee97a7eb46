package doclayout

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/futurescope/futurescope/lessons"
)

// Options are how Layout places blocks.
type Options struct {
	// Scale is the size of a logical pixel in pixels: paddings and gaps grow with it.
	Scale float64
	// Runnable reports whether script block n (lessons.DocBlock.Script) runs: its code block gets a
	// tag strip at its top, where the window draws its Run tag. Nil: no block does.
	Runnable func(script int) bool
}

// Spacing, in lines of Body (gaps) or in logical pixels (paddings).
const (
	lineSpacing = 1.3  // a line's pitch, in heights of its font
	blockGap    = 0.65 // between two paragraphs
	itemGap     = 0.2  // between two list items
	headGap     = 1.0  // before a heading
	afterHead   = 0.35 // after a heading
	codePad     = 8    // inside a code block's box
	inlinePad   = 3    // each side of inline code, inside its box
	quoteGap    = 14   // a block quote's indent
	cellPad     = 6    // each side of a table cell's text
)

// Layout places blocks on a page width pixels wide.
func Layout(blocks []lessons.DocBlock, width float64, m Measurer, o Options) *Page {
	if o.Scale <= 0 {
		o.Scale = 1
	}
	l := &layouter{m: m, o: o, u: o.Scale, p: &Page{Width: width}, wr: wrapper{m: m, pad: inlinePad * o.Scale}}
	l.indentW = m.Advance("00.", Body) + m.Advance(" ", Body)*2
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		l.y += l.gap(blocks, i)
		top := l.y
		if b.Kind == lessons.DocTableHeader || b.Kind == lessons.DocTableRow {
			n := tableRows(blocks[i:])
			l.table(blocks[i : i+n])
			i += n - 1
			continue
		}
		l.block(i, b)
		l.mark(top, b)
	}
	l.p.Height = l.y
	return l.p
}

// A layouter is Layout's state: the page so far and the height reached.
type layouter struct {
	m       Measurer
	o       Options
	u       float64 // Scale
	p       *Page
	wr      wrapper
	y       float64
	indentW float64 // how far a list level indents
}

// mark records a block's extent, and its quote bar.
func (l *layouter) mark(top float64, b lessons.DocBlock) {
	l.p.Tops, l.p.Bottoms = append(l.p.Tops, top), append(l.p.Bottoms, l.y)
	if b.Quote {
		x := float64(max(b.Indent-1, 0)) * l.indentW
		l.p.Boxes = append(l.p.Boxes, Box{Kind: QuoteBar, X: x, Y: top, W: 3 * l.u, H: l.y - top})
	}
}

// gap returns the space above block i.
func (l *layouter) gap(blocks []lessons.DocBlock, i int) float64 {
	if i == 0 {
		return 0
	}
	line := l.m.Height(Body)
	prev, b := blocks[i-1], blocks[i]
	switch {
	case b.Kind == lessons.DocHeading:
		return headGap * line
	case prev.Kind == lessons.DocHeading:
		return afterHead * line
	case prev.Kind == lessons.DocListItem && b.Kind == lessons.DocListItem:
		return itemGap * line
	case prev.Quote && b.Quote:
		return itemGap * line
	}
	return blockGap * line
}

// left returns where block b's text starts: right of its list levels and its quote bar.
func (l *layouter) left(b lessons.DocBlock) float64 {
	x := float64(b.Indent) * l.indentW
	if b.Quote {
		x += quoteGap * l.u
	}
	return x
}

// block lays out block i, one that is not a table row.
func (l *layouter) block(i int, b lessons.DocBlock) {
	x := l.left(b)
	switch b.Kind {
	case lessons.DocHeading:
		l.text(b.Spans, headingFont(b.Level), x, l.p.Width-x)
	case lessons.DocParagraph:
		l.text(b.Spans, Body, x, l.p.Width-x)
	case lessons.DocListItem:
		mx := x - l.indentW
		marker := b.Marker
		l.p.Runs = append(l.p.Runs, Run{X: mx, Text: marker, Font: Body, Ink: Marker, W: l.m.Advance(marker, Body)})
		k := len(l.p.Runs) - 1
		first := l.text(b.Spans, Body, x, l.p.Width-x)
		l.p.Runs[k].Y = first
	case lessons.DocCode:
		l.code(i, b, x)
	case lessons.DocRule:
		h := l.m.Height(Body)
		l.p.Boxes = append(l.p.Boxes, Box{Kind: RuleLine, X: x, Y: l.y + h/2, W: l.p.Width - x, H: l.u})
		l.y += h
	}
}

// headingFont returns the font of a heading of level n.
func headingFont(n int) Font {
	switch n {
	case 1:
		return Heading1
	case 2:
		return Heading2
	}
	return Heading3
}

// text wraps spans in base at x, width wide, below the page so far, and returns the top of the
// first line's base font (where a list marker goes).
func (l *layouter) text(spans []lessons.Span, base Font, x, width float64) float64 {
	first := l.y
	for i, ln := range l.wr.wrap(spans, base, width) {
		top := l.line(ln, base, x)
		if i == 0 {
			first = top
		}
	}
	return first
}

// line places one wrapped line at x below the page so far, every run on one baseline, and returns
// where base's line would have its top.
func (l *layouter) line(ln line, base Font, x float64) float64 {
	asc, h := l.m.Ascent(base), l.m.Height(base)
	for _, r := range ln.runs {
		asc, h = max(asc, l.m.Ascent(r.Font)), max(h, l.m.Height(r.Font))
	}
	pitch := h * lineSpacing
	baseline := l.y + (pitch-h)/2 + asc
	for _, r := range ln.runs {
		r.X += x
		r.Y = baseline - l.m.Ascent(r.Font)
		if r.Ink == InlineCode {
			l.p.Boxes = append(l.p.Boxes, Box{Kind: InlineCodeBox, X: r.X - l.wr.pad, Y: r.Y, W: r.W + 2*l.wr.pad, H: l.m.Height(r.Font)})
		}
		l.p.Runs = append(l.p.Runs, r)
	}
	l.y += pitch
	return baseline - l.m.Ascent(base)
}

// code lays out code block i at x: a shaded box; a script's lines numbered; a runnable script's
// box with a tag strip at its top.
func (l *layouter) code(i int, b lessons.DocBlock, x float64) {
	c := CodeBlock{Block: i, Script: b.Script, X: x, Y: l.y, W: l.p.Width - x}
	c.Runnable = b.Script > 0 && l.o.Runnable != nil && l.o.Runnable(b.Script)
	pad := codePad * l.u
	if c.Runnable {
		c.TagH = l.m.Height(Small) + pad
	}
	lines := strings.Split(strings.TrimSuffix(b.Code, "\n"), "\n")
	gutter := 0.0
	if b.Script > 0 {
		gutter = l.m.Advance(strconv.Itoa(len(lines)), SmallMono) + pad
	}
	textX, textW := x+pad+gutter, c.W-2*pad-gutter
	pitch := l.m.Height(Code) * 1.2
	y := l.y + c.TagH + pad
	for n, src := range lines {
		c.Lines = append(c.Lines, y)
		if b.Script > 0 {
			num := strconv.Itoa(n + 1)
			w := l.m.Advance(num, SmallMono)
			l.p.Runs = append(l.p.Runs, Run{X: textX - pad - w, Y: y + (pitch-l.m.Height(SmallMono))/2, W: w, Text: num, Font: SmallMono, Ink: LineNumber})
		}
		for _, part := range l.codeParts(ExpandTabs(src), textW) {
			l.p.Runs = append(l.p.Runs, Run{X: textX, Y: y + (pitch-l.m.Height(Code))/2, W: l.m.Advance(part, Code), Text: part, Font: Code, Ink: CodeText})
			y += pitch
		}
	}
	c.Lines = append(c.Lines, y)
	c.H = y + pad - c.Y
	l.p.Boxes = append(l.p.Boxes, Box{Kind: CodeBox, X: c.X, Y: c.Y, W: c.W, H: c.H})
	l.p.Codes = append(l.p.Codes, c)
	l.y = c.Y + c.H
}

// codeParts cuts a line of code too long for width into pieces: at the last space that fits past
// the line's indentation, else between characters. The pieces after the first are indented four
// spaces deeper than the line, so that they read as its continuation.
func (l *layouter) codeParts(s string, width float64) []string {
	prefix := strings.Repeat(" ", indentOf(s)+4)
	if l.m.Advance(prefix+"00", Code) > width {
		prefix = ""
	}
	var out []string
	for len(s) > len(prefix) && l.m.Advance(s, Code) > width { // a line of the prefix alone would not end
		cut := min(max(l.wr.fit(item{text: s, font: Code}, width), len(prefix)+1), len(s))
		for cut < len(s) && !utf8.RuneStart(s[cut]) {
			cut++
		}
		if i := strings.LastIndexByte(s[:cut], ' '); i > indentOf(s) {
			cut = i + 1
		}
		out = append(out, strings.TrimRight(s[:cut], " "))
		s = prefix + strings.TrimLeft(s[cut:], " ")
	}
	return append(out, s)
}

// indentOf returns how many spaces s starts with.
func indentOf(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }

// ExpandTabs replaces tabs with spaces, to the next multiple of four.
func ExpandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			n := 4 - col%4
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}
