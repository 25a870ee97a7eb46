package lessons

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// A DocBlock is one block of a lesson's text, for front ends that draw text without HTML.
type DocBlock struct {
	// Kind says what the block is.
	Kind DocKind
	// Level is a heading's level: 1 for #, 2 for ##, and so on.
	Level int
	// Indent is how deep in lists the block is: 0 at the top, 1 for an item of a top-level list and
	// what follows its first paragraph, and so on.
	Indent int
	// Quote reports whether the block is inside a block quote.
	Quote bool
	// Marker is a list item's marker: "•", or its number for an ordered list ("3.").
	Marker string
	// Spans are the text of a heading, paragraph or list item.
	Spans []Span
	// Cells are the cells of a table row, left to right.
	Cells [][]Span
	// Code is a code block's text, each line ending in a newline; Lang its language ("python",
	// "text", or "" for none).
	Code, Lang string
	// Script is a script block's Index in Lesson.Blocks, or 0 for other code blocks.
	Script int
}

// A DocKind is the kind of a DocBlock.
type DocKind int

// The kinds of DocBlock.
const (
	DocParagraph   DocKind = iota // a paragraph: Spans
	DocHeading                    // a heading: Level, Spans
	DocListItem                   // a list item: Marker, Spans (its first paragraph)
	DocCode                       // a code block: Code, Lang, Script
	DocTableHeader                // a table's header row: Cells
	DocTableRow                   // a table's row: Cells
	DocRule                       // a thematic break (---)
)

// A Span is a run of text in one style.
type Span struct {
	// Text is the text: soft line breaks are spaces, or nothing between two East Asian wide
	// characters, as in HTML; hard line breaks are "\n".
	Text string
	// Emphasis, Strong and Code are the text's style: *emphasis*, **strong**, `code`.
	Emphasis, Strong, Code bool
	// Link is the destination of the link the text is in, or "".
	Link string
}

// Doc returns the lesson's body, without its front matter, as a list of blocks: its text without
// HTML, for front ends that draw text themselves. Images appear as their alt text. The answers of
// predict blocks' questions are left out (Block.Prediction holds them).
func (l *Lesson) Doc() []DocBlock {
	d := &docWriter{src: l.Source}
	d.blocks(l.doc, 0, false)
	return d.out
}

// A docWriter turns a lesson's AST into DocBlocks.
type docWriter struct {
	src    []byte
	out    []DocBlock
	script int // script blocks seen so far
}

func (d *docWriter) blocks(parent ast.Node, indent int, quote bool) {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		d.block(n, indent, quote)
	}
}

func (d *docWriter) block(n ast.Node, indent int, quote bool) {
	if isAnswer(n) { // a prediction's: Block.Prediction has it
		return
	}
	b := DocBlock{Indent: indent, Quote: quote}
	switch n := n.(type) {
	case *ast.Heading:
		b.Kind, b.Level, b.Spans = DocHeading, n.Level, d.spans(n)
	case *ast.Paragraph, *ast.TextBlock:
		b.Kind, b.Spans = DocParagraph, d.spans(n)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		b.Kind, b.Code, b.Lang = DocCode, codeText(n, d.src), codeLang(n, d.src)
		if _, ok := scriptInfo(n, d.src); ok {
			d.script++
			b.Script = d.script
		}
	case *ast.ThematicBreak:
		b.Kind = DocRule
	case *ast.List:
		d.list(n, indent, quote)
		return
	case *ast.Blockquote:
		d.blocks(n, indent, true)
		return
	case *east.Table:
		d.table(n, indent, quote)
		return
	default: // front matter, link reference definitions, HTML (Load rejects it)
		return
	}
	d.out = append(d.out, b)
}

// list adds a list's items, each with its first paragraph, then the rest of the item's blocks.
func (d *docWriter) list(n *ast.List, indent int, quote bool) {
	num := n.Start
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		b := DocBlock{Kind: DocListItem, Indent: indent + 1, Quote: quote, Marker: "•"}
		if n.IsOrdered() {
			b.Marker = fmt.Sprintf("%d%c", num, n.Marker)
			num++
		}
		rest := item.FirstChild()
		switch rest.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			b.Spans, rest = d.spans(rest), rest.NextSibling()
		}
		d.out = append(d.out, b)
		for ; rest != nil; rest = rest.NextSibling() {
			d.block(rest, indent+1, quote)
		}
	}
}

// table adds a table's rows.
func (d *docWriter) table(n *east.Table, indent int, quote bool) {
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		b := DocBlock{Kind: DocTableRow, Indent: indent, Quote: quote}
		if _, ok := row.(*east.TableHeader); ok {
			b.Kind = DocTableHeader
		}
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			b.Cells = append(b.Cells, d.spans(cell))
		}
		d.out = append(d.out, b)
	}
}

// spans returns the text of n's inline children.
func (d *docWriter) spans(n ast.Node) []Span {
	var out []Span
	d.inlines(n, Span{}, &out)
	return out
}

func (d *docWriter) inlines(parent ast.Node, style Span, out *[]Span) {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		d.inline(n, style, out)
	}
}

// inline adds the text of n, in style and n's own, to out.
func (d *docWriter) inline(n ast.Node, style Span, out *[]Span) {
	switch n := n.(type) {
	case *ast.Text:
		addSpan(out, style, d.text(n))
	case *ast.String:
		addSpan(out, style, string(n.Value))
	case *ast.CodeSpan:
		style.Code = true
		d.inlines(n, style, out)
	case *ast.Emphasis:
		style.Strong = style.Strong || n.Level >= 2
		style.Emphasis = style.Emphasis || n.Level == 1
		d.inlines(n, style, out)
	case *ast.Link:
		style.Link = string(n.Destination)
		d.inlines(n, style, out)
	case *ast.AutoLink:
		style.Link = string(n.URL(d.src))
		addSpan(out, style, string(n.Label(d.src)))
	case *ast.RawHTML: // Load rejects it
	default: // images (their alt text) and what extensions add
		d.inlines(n, style, out)
	}
}

// text returns a text node's text, unescaped, with its line break.
func (d *docWriter) text(n *ast.Text) string {
	seg := n.Segment
	v := seg.Value(d.src)
	if n.IsRaw() { // inside a code span
		return strings.ReplaceAll(string(v), "\n", " ")
	}
	t := string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v))))
	switch {
	case n.HardLineBreak():
		t += "\n"
	case n.SoftLineBreak() && !joinedBreak(n, d.src):
		t += " "
	}
	return t
}

// addSpan appends text in style to out, merging it into the last span when that has the same style.
func addSpan(out *[]Span, style Span, text string) {
	if text == "" {
		return
	}
	if k := len(*out) - 1; k >= 0 {
		last := (*out)[k]
		last.Text = ""
		if last == style {
			(*out)[k].Text += text
			return
		}
	}
	style.Text = text
	*out = append(*out, style)
}

// plainText returns the text of n's inline children, without markup.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	for _, s := range (&docWriter{src: src}).spans(n) {
		b.WriteString(s.Text)
	}
	return b.String()
}
