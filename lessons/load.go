package lessons

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Load reads the course in fsys: the lessons in its folders en and zh (see the package documentation).
// It reports every problem it finds, each an *Error, joined; on any problem it returns no course.
// Files are named by their path in fsys, after the name Named gave fsys.
func Load(fsys fs.FS) (*Course, error) {
	root := fsName(fsys)
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("lessons: %s: %v", cmp.Or(root, "."), err)
	}
	c := &Course{lessons: map[string][]*Lesson{}}
	var errs []*Error
	for _, e := range entries {
		switch name := e.Name(); {
		case !e.IsDir() || strings.HasPrefix(name, "."):
		case !slices.Contains(languages[:], name):
			errs = append(errs, &Error{File: path.Join(root, name), Msg: "not a language folder (want en or zh)"})
		default:
			ls, es := loadLanguage(fsys, root, name)
			c.lessons[name], errs = ls, append(errs, es...)
		}
	}
	errs = append(errs, c.checkOrders()...)
	errs = append(errs, c.checkTranslations()...)
	if len(errs) > 0 {
		return nil, joinErrors(errs)
	}
	return c, nil
}

// fileName is the form of a lesson's file name: NN-slug.md.
var fileName = regexp.MustCompile(`^[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*\.md$`)

// loadLanguage loads the lessons of the folder lang, sorted by order.
func loadLanguage(fsys fs.FS, root, lang string) ([]*Lesson, []*Error) {
	entries, err := fs.ReadDir(fsys, lang)
	if err != nil {
		return nil, []*Error{{File: path.Join(root, lang), Msg: err.Error()}}
	}
	var out []*Lesson
	var errs []*Error
	for _, e := range entries {
		file := path.Join(root, lang, e.Name())
		switch {
		case e.IsDir() || strings.HasPrefix(e.Name(), "."):
		case !fileName.MatchString(e.Name()):
			errs = append(errs, &Error{File: file, Msg: "file name: want NN-slug.md (two digits, lowercase words joined by -)"})
		default:
			l, es := loadFile(fsys, path.Join(lang, e.Name()), file)
			if l != nil {
				out = append(out, l)
			}
			errs = append(errs, es...)
		}
	}
	slices.SortFunc(out, func(a, b *Lesson) int { return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.Slug, b.Slug)) })
	return out, errs
}

// loadFile parses the lesson at name in fsys, which errors call file.
func loadFile(fsys fs.FS, name, file string) (*Lesson, []*Error) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, []*Error{{File: file, Msg: err.Error()}}
	}
	l := &Lesson{
		Language: path.Dir(name), Slug: strings.TrimSuffix(path.Base(name), ".md"), File: file, Source: src,
		doc: markdown.Parser().Parse(text.NewReader(src)),
	}
	ld := &loader{file: file, src: src, lines: newLineIndex(src)}
	ld.walk(l)
	return l, ld.errs
}

// A loader collects what a lesson's AST holds, and the problems it finds there.
type loader struct {
	file  string
	src   []byte
	lines lineIndex
	errs  []*Error
}

func (ld *loader) errorf(line int, format string, args ...any) {
	ld.errorAt(line, 0, format, args...)
}

// errorAt reports a problem at a line and column (0: the whole line).
func (ld *loader) errorAt(line, col int, format string, args ...any) {
	ld.errs = append(ld.errs, &Error{File: ld.file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

// wordCol returns the 1-based column of word i (0 is the language) of fenced block n's info string.
func (ld *loader) wordCol(n *ast.FencedCodeBlock, i int) int {
	seg := n.Info.Segment
	info := ld.src[seg.Start:seg.Stop]
	off := 0
	for k := 0; ; k++ {
		for off < len(info) && (info[off] == ' ' || info[off] == '\t') {
			off++
		}
		if k == i || off >= len(info) {
			return ld.col(seg.Start + off)
		}
		for off < len(info) && info[off] != ' ' && info[off] != '\t' {
			off++
		}
	}
}

// col returns the 1-based column, in bytes, of the byte at offset off.
func (ld *loader) col(off int) int {
	return off - ld.lines[ld.lines.line(off)-1] + 1
}

// line returns the 1-based line where n starts, or 0 if goldmark does not know.
func (ld *loader) line(n ast.Node) int {
	switch {
	case n.Pos() >= 0:
		return ld.lines.line(n.Pos())
	case n.Type() == ast.TypeBlock && n.Lines().Len() > 0:
		return ld.lines.line(n.Lines().At(0).Start)
	}
	return 0
}

// walk fills l's front matter, headings and blocks from its AST.
func (ld *loader) walk(l *Lesson) {
	if _, ok := l.doc.FirstChild().(*frontMatterNode); !ok {
		ld.errorf(1, "no front matter: a lesson starts with a --- line")
	}
	ast.Walk(l.doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *frontMatterNode:
			ld.frontMatter(n, l)
		case *ast.Heading:
			h := Heading{Level: n.Level, Text: plainText(n, ld.src), Line: ld.line(n)}
			if h.Answers = h.Level == 2 && h.Text == answersHeadings[l.Language]; h.Answers {
				n.SetAttributeString("data-answers", "")
			}
			l.Headings = append(l.Headings, h)
		case *ast.FencedCodeBlock:
			ld.codeBlock(n, l)
		case *ast.HTMLBlock, *ast.RawHTML:
			ld.errorf(ld.line(n), "raw HTML is not rendered: write markdown instead")
		}
		return ast.WalkContinue, nil
	})
}

// codeBlock adds n to l's blocks if it is a script block, and marks it for the HTML renderer.
func (ld *loader) codeBlock(n *ast.FencedCodeBlock, l *Lesson) {
	info, ok := scriptInfo(n, ld.src)
	if !ok {
		return
	}
	b := Block{Index: len(l.Blocks) + 1, Line: ld.line(n), Info: info}
	b.Code = codeText(n, ld.src)
	var err error
	var bad int
	if b.Options, bad, err = parseOptions(strings.Fields(info)[1:]); err != nil {
		ld.errorAt(b.Line, ld.wordCol(n, bad+1), "block %d: %v", b.Index, err)
	} else if strings.TrimSpace(b.Code) == "" && !b.Options.NoRun {
		ld.errorf(b.Line, "block %d: no code", b.Index)
	} else if b.Options.Predict && b.Options.NoRun {
		ld.errorf(b.Line, "block %d: a predict block runs: drop norun or predict", b.Index)
	}
	if b.Options.Predict {
		ld.prediction(n, &b, l.Language)
	}
	for _, a := range b.attributes() {
		n.SetAttributeString(a[0], a[1])
	}
	l.Blocks = append(l.Blocks, b)
}
