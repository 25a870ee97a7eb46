package doclayout

// A Font is one of the faces a page is written in; the Measurer decides their sizes.
type Font uint8

// The fonts of a page.
const (
	Body      Font = iota // paragraphs and list items
	Bold                  // **strong** text and table headers
	Italic                // *emphasis*
	Mono                  // `inline code`
	Code                  // the text of code blocks
	SmallMono             // code blocks' line numbers
	Small                 // code blocks' tags
	Heading1              // # headings (and the lesson's title)
	Heading2              // ## headings
	Heading3              // ### headings and deeper
)

// An Ink says how a run is drawn beyond its font: its colour, and a box behind inline code.
type Ink uint8

// The inks of a run.
const (
	Plain      Ink = iota // ordinary text
	Emphasis              // *emphasis*
	Strong                // **strong**
	InlineCode            // `code`, on a light box (see Box InlineCodeBox)
	Link                  // the text of a link
	Marker                // a list item's marker
	CodeText              // a code block's text
	LineNumber            // a code block's line number
	Heading               // a heading's text
)

// A Measurer measures text in a page's fonts, in pixels.
type Measurer interface {
	// Advance is how far s moves the pen in font f.
	Advance(s string, f Font) float64
	// Ascent is the height of f's line above its baseline; Height the height of its whole line.
	Ascent(f Font) float64
	Height(f Font) float64
}

// A Run is a piece of one line in one font and ink, placed on the page.
type Run struct {
	// X and Y are where it starts: Y is the top of its font's line.
	X, Y float64
	// W is its advance.
	W    float64
	Text string
	Font Font
	Ink  Ink
}

// A BoxKind says what a Box is.
type BoxKind uint8

// The kinds of Box.
const (
	InlineCodeBox  BoxKind = iota // the light box behind inline code
	CodeBox                       // the shaded box of a code block
	QuoteBar                      // the bar left of a block quote
	RuleLine                      // a thematic break, or the line under a table row
	TableHeaderBox                // the shading behind a table's header row
)

// A Box is a rectangle drawn behind the text.
type Box struct {
	Kind       BoxKind
	X, Y, W, H float64
}

// A CodeBlock is where a code block went.
type CodeBlock struct {
	// Block is its index in the blocks laid out; Script its lessons.DocBlock.Script (0: not a script).
	Block, Script int
	// Runnable says the block carries a tag strip at its top (Options.Runnable said so).
	Runnable bool
	// X, Y, W, H are its box; the tag strip, when Runnable, is its top TagH pixels.
	X, Y, W, H, TagH float64
	// Lines are the tops of its source lines, the first line at index 0, and one more: the bottom of
	// the last line. A source line too long for the box takes several page lines.
	Lines []float64
}

// LineSpan returns the top and bottom of source line n (1-based), and whether the block has it.
func (c CodeBlock) LineSpan(n int) (top, bottom float64, ok bool) {
	if n < 1 || n >= len(c.Lines) {
		return 0, 0, false
	}
	return c.Lines[n-1], c.Lines[n], true
}

// A Page is a laid out text: what to draw, in pixels from its top left corner.
type Page struct {
	// Width and Height are the page's size.
	Width, Height float64
	// Runs are the text; Boxes go behind it.
	Runs  []Run
	Boxes []Box
	// Codes are the code blocks, in order.
	Codes []CodeBlock
	// Tops are the tops of the blocks laid out, in their order, and Bottoms their bottoms.
	Tops, Bottoms []float64
}

// Code returns the code block of script n (lessons.DocBlock.Script), if there is one.
func (p *Page) Code(script int) (CodeBlock, bool) {
	for _, c := range p.Codes {
		if c.Script == script && script > 0 {
			return c, true
		}
	}
	return CodeBlock{}, false
}

// CodeAt returns the code block at page height y, if any.
func (p *Page) CodeAt(x, y float64) (CodeBlock, bool) {
	for _, c := range p.Codes {
		if x >= c.X && x < c.X+c.W && y >= c.Y && y < c.Y+c.H {
			return c, true
		}
	}
	return CodeBlock{}, false
}
