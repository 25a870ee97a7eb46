package lessons

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// markdown is the one goldmark instance every lesson is parsed and rendered with: CommonMark, GFM
// tables, front matter, script blocks marked in HTML, and line breaks in Chinese text. It is configured here and never changed.
// goldmark's parser and renderer set themselves up once (sync.Once) and keep the state of a parse or
// a rendering in per-call values, so lessons may be rendered concurrently.
var markdown = goldmark.New(goldmark.WithExtensions(extension.Table, lessonFormat{}))

// lessonFormat is the goldmark extension for lessons: it parses front matter, renders fenced code
// blocks with the attributes Load gave them, and drops line breaks inside Chinese text.
type lessonFormat struct{}

// Extend implements goldmark.Extender.
func (lessonFormat) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithBlockParsers(util.Prioritized(frontMatterParser{}, 0)))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(codeRenderer{}, 100)))
}

// codeRenderer renders fenced code blocks as goldmark does, plus the node's attributes on the <pre>:
// Load sets them on script blocks (see Block.attributes). It renders text as goldmark does, except for
// a soft line break between two East Asian wide characters (joinedBreak), and front matter as nothing.
type codeRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (r codeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindFencedCodeBlock, r.renderCode)
	reg.Register(ast.KindText, r.renderText)
	reg.Register(kindFrontMatter, func(util.BufWriter, []byte, ast.Node, bool) (ast.WalkStatus, error) {
		return ast.WalkSkipChildren, nil
	})
}

// renderCode renders a fenced code block: <pre ATTRIBUTES><code class="language-LANG">CODE</code></pre>.
func (codeRenderer) renderCode(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		w.WriteString("</code></pre>\n")
		return ast.WalkContinue, nil
	}
	n := node.(*ast.FencedCodeBlock)
	w.WriteString("<pre")
	html.RenderAttributes(w, n, nil)
	w.WriteString("><code")
	if lang := codeLang(n, src); lang != "" {
		w.WriteString(` class="language-`)
		html.DefaultWriter.Write(w, []byte(lang))
		w.WriteByte('"')
	}
	w.WriteByte('>')
	html.DefaultWriter.RawWrite(w, []byte(codeText(n, src)))
	return ast.WalkContinue, nil
}

// renderText renders a text node as goldmark does, but writes no line break where joinedBreak says
// the break joins two lines of Chinese text (browsers would show a space).
func (codeRenderer) renderText(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Text)
	seg := n.Segment
	if n.IsRaw() {
		html.DefaultWriter.RawWrite(w, seg.Value(src))
		return ast.WalkContinue, nil
	}
	html.DefaultWriter.Write(w, seg.Value(src))
	switch {
	case n.HardLineBreak():
		w.WriteString("<br>\n")
	case n.SoftLineBreak() && !joinedBreak(n, src):
		w.WriteByte('\n')
	}
	return ast.WalkContinue, nil
}

// joinedBreak reports whether the soft line break after text node n falls between two East Asian
// wide characters (width F, W or H, not Hangul), where it stands for nothing rather than a space:
// Chinese is written without spaces, and its lines are wrapped anywhere.
func joinedBreak(n *ast.Text, src []byte) bool {
	next, ok := n.NextSibling().(*ast.Text)
	if !ok {
		return false
	}
	a, b := n.Segment, next.Segment
	last, _ := utf8.DecodeLastRune(a.Value(src))
	first, _ := utf8.DecodeRune(b.Value(src))
	return wide(last) && wide(first)
}

// wide reports whether r is an East Asian wide character other than Hangul (Korean is written with
// spaces).
func wide(r rune) bool {
	w := util.EastAsianWidth(r)
	return (w == "F" || w == "W" || w == "H") && !unicode.Is(unicode.Hangul, r)
}

// codeText returns the text of a code block, each line ending in a newline.
func codeText(n ast.Node, src []byte) string {
	var b strings.Builder
	for i := range n.Lines().Len() {
		line := n.Lines().At(i)
		b.Write(line.Value(src))
	}
	return b.String()
}

// codeLang returns a code block's language: the first word of a fenced block's info string, or "".
// (Unlike FencedCodeBlock.Language, it does not cache, so rendering leaves the AST alone.)
func codeLang(n ast.Node, src []byte) string {
	f, ok := n.(*ast.FencedCodeBlock)
	if !ok || f.Info == nil {
		return ""
	}
	seg := f.Info.Segment
	words := strings.Fields(string(seg.Value(src)))
	if len(words) == 0 {
		return ""
	}
	return words[0]
}

// scriptInfo returns n's info string, trimmed, and whether n is a script block: a fenced code block
// whose language is python.
func scriptInfo(n ast.Node, src []byte) (string, bool) {
	if codeLang(n, src) != "python" {
		return "", false
	}
	seg := n.(*ast.FencedCodeBlock).Info.Segment
	return strings.TrimSpace(string(seg.Value(src))), true
}
