package lessons

import (
	"bytes"
	"slices"

	"github.com/yuin/goldmark/ast"
)

// A Course is the lessons of a course folder, by language.
type Course struct {
	lessons map[string][]*Lesson // by language, sorted by Order
}

// languages are the course's languages. The first is the one translations are checked against.
var languages = [...]string{"en", "zh"}

// Languages returns the languages a course has folders for, English first: en, zh.
func Languages() []string { return slices.Clone(languages[:]) }

// Lessons returns the lessons in language lang ("en" or "zh"), sorted by their order.
func (c *Course) Lessons(lang string) []*Lesson {
	return slices.Clone(c.lessons[lang])
}

// Lesson returns the lesson in language lang with the given slug ("03-callbacks"), or nil.
func (c *Course) Lesson(lang, slug string) *Lesson {
	for _, l := range c.lessons[lang] {
		if l.Slug == slug {
			return l
		}
	}
	return nil
}

// A Lesson is one lesson file, parsed. Its fields are read-only.
type Lesson struct {
	// Title, Order and Summary are the front matter's.
	Title   string
	Order   int
	Summary string
	// Language is "en" or "zh": the lesson's folder, and its front matter's language.
	Language string
	// Slug is the file name without .md, the same in every language: "03-callbacks".
	Slug string
	// File is the lesson's path, as Load names it: "lessons/content/en/03-callbacks.md".
	File string
	// Blocks are the lesson's script blocks, in order.
	Blocks []Block
	// Headings are the lesson's headings, in order.
	Headings []Heading
	// Source is the lesson's markdown, front matter included.
	Source []byte

	doc ast.Node // the parsed Source
}

// A Heading is one heading of a lesson.
type Heading struct {
	// Level is 1 for #, 2 for ##, and so on.
	Level int
	// Text is the heading's text, without markup.
	Text string
	// Line is the heading's 1-based line in the lesson's file.
	Line int
	// Answers reports a section of answers: a level-2 heading "Answers" ("答案" in Chinese). Front
	// ends keep the section hidden until the reader asks for it; HTML marks it data-answers.
	Answers bool
}

// Name returns the lesson's language and slug: "en/03-callbacks".
func (l *Lesson) Name() string { return l.Language + "/" + l.Slug }

// HTML renders the lesson's body, without its title, as an HTML fragment. Script blocks carry their
// options as attributes (see the package documentation).
func (l *Lesson) HTML() ([]byte, error) {
	var buf bytes.Buffer
	if err := markdown.Renderer().Render(&buf, l.Source, l.doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
