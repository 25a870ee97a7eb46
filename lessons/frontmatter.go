package lessons

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// frontMatterNode is a lesson's front matter in the AST: the lines between the --- on the file's first
// line and the next ---. It renders as nothing.
type frontMatterNode struct {
	ast.BaseBlock
	closed bool // the closing --- was found
}

// kindFrontMatter is the NodeKind of frontMatterNode.
var kindFrontMatter = ast.NewNodeKind("FrontMatter")

// Kind implements ast.Node.
func (n *frontMatterNode) Kind() ast.NodeKind { return kindFrontMatter }

// IsRaw implements ast.Node: the lines are not markdown.
func (n *frontMatterNode) IsRaw() bool { return true }

// Dump implements ast.Node.
func (n *frontMatterNode) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

// frontMatterParser opens a frontMatterNode on a --- that is the file's first line. It runs before
// goldmark's own parsers, which would read the --- as a thematic break or a setext heading.
type frontMatterParser struct{}

func isFence(line []byte) bool { return string(bytes.TrimRight(line, " \t\r\n")) == "---" }

// Trigger implements parser.BlockParser.
func (frontMatterParser) Trigger() []byte { return []byte{'-'} }

// Open implements parser.BlockParser.
func (frontMatterParser) Open(parent ast.Node, r text.Reader, pc parser.Context) (ast.Node, parser.State) {
	if n, _ := r.Position(); n != 0 {
		return nil, parser.NoChildren
	}
	line, _ := r.PeekLine()
	if !isFence(line) {
		return nil, parser.NoChildren
	}
	r.AdvanceToEOL()
	return &frontMatterNode{}, parser.NoChildren
}

// Continue implements parser.BlockParser.
func (frontMatterParser) Continue(node ast.Node, r text.Reader, pc parser.Context) parser.State {
	line, seg := r.PeekLine()
	if isFence(line) {
		node.(*frontMatterNode).closed = true
		r.AdvanceToEOL()
		return parser.Close
	}
	node.Lines().Append(seg)
	r.AdvanceToEOL()
	return parser.Continue | parser.NoChildren
}

// Close implements parser.BlockParser.
func (frontMatterParser) Close(node ast.Node, r text.Reader, pc parser.Context) {}

// CanInterruptParagraph implements parser.BlockParser.
func (frontMatterParser) CanInterruptParagraph() bool { return false }

// CanAcceptIndentedLine implements parser.BlockParser.
func (frontMatterParser) CanAcceptIndentedLine() bool { return false }

// frontMatter reads the lesson's front matter from n into l, reporting problems to ld.
func (ld *loader) frontMatter(n *frontMatterNode, l *Lesson) {
	if !n.closed {
		ld.errorf(1, "front matter: no closing --- line")
		return
	}
	seen := map[string]bool{}
	for i := range n.Lines().Len() {
		seg := n.Lines().At(i)
		line := ld.lines.line(seg.Start)
		key, val, err := keyValue(string(seg.Value(ld.src)))
		switch {
		case err != nil:
			ld.errorf(line, "front matter: %v", err)
		case key == "":
		case seen[key]:
			ld.errorf(line, "front matter: %s given twice", key)
		default:
			seen[key] = true
			if err := l.setMeta(key, val); err != nil {
				ld.errorf(line, "front matter: %v", err)
			}
		}
	}
	for _, key := range []string{"title", "order", "language"} {
		if !seen[key] {
			ld.errorf(1, "front matter: no %s", key)
		}
	}
}

// keyValue splits a front matter line "key: value"; a blank line gives "", "".
func keyValue(line string) (key, val string, err error) {
	line = strings.TrimSpace(line)
	if line == "" {
		return "", "", nil
	}
	key, val, ok := strings.Cut(line, ":")
	if !ok {
		return "", "", fmt.Errorf("got %q, want key: value", line)
	}
	key, val = strings.TrimSpace(key), strings.TrimSpace(val)
	if strings.HasPrefix(val, `"`) {
		if val, err = strconv.Unquote(val); err != nil {
			return "", "", fmt.Errorf("%s: bad quoted value", key)
		}
	}
	return key, val, nil
}

// setMeta sets the front matter key to val.
func (l *Lesson) setMeta(key, val string) error {
	switch key {
	case "title":
		l.Title = val
		if val == "" {
			return fmt.Errorf("empty title")
		}
	case "summary":
		l.Summary = val
	case "order":
		n, err := strconv.Atoi(val)
		if err != nil || n < 1 {
			return fmt.Errorf("order: got %q, want a whole number, 1 or more", val)
		}
		l.Order = n
	case "language":
		if val != l.Language {
			return fmt.Errorf("language: got %q, want %q (the lesson's folder)", val, l.Language)
		}
	default:
		return fmt.Errorf("unknown key %q (want title, order, summary, language)", key)
	}
	return nil
}
