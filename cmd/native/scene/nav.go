package scene

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/futurescope/futurescope/lessons"
)

// A Nav is where the window is in the course: the language shown, the lesson open, its script
// block selected, and how far its text is scrolled. Its methods decide navigation (open a lesson,
// select or step through blocks, switch language) and say which block to run; the window runs it.
type Nav struct {
	// Content is the whole course, in every language.
	Content *lessons.Course
	// Lang is the language shown.
	Lang string
	// Lesson is the lesson open, an index into List.
	Lesson int
	// Block is the script block selected (lessons.Block.Index), 0 for none.
	Block int
	// Scroll is how far the lesson's text is scrolled.
	Scroll Scroll
}

// NewNav shows content in lang, on lesson (a number, its order, or a slug or a slug's number
// prefix; "" for the first). No block is selected yet: Open selects the first runnable one.
func NewNav(content *lessons.Course, lang, lesson string) (*Nav, error) {
	c := &Nav{Content: content, Lang: lang}
	if len(c.List()) == 0 {
		return nil, fmt.Errorf("course: no lessons in %s", lang)
	}
	if lesson != "" {
		if c.Lesson = c.Find(lesson); c.Lesson < 0 {
			return nil, fmt.Errorf("--lesson: no lesson %q (want a number like 04 or a slug like 04-as-completed)", lesson)
		}
	}
	return c, nil
}

// List returns the lessons in the language shown.
func (c *Nav) List() []*lessons.Lesson { return c.Content.Lessons(c.Lang) }

// Current returns the lesson open.
func (c *Nav) Current() *lessons.Lesson { return c.List()[c.Lesson] }

// Find returns the index of the lesson named s (its slug, its order, or its slug's number prefix),
// or -1.
func (c *Nav) Find(s string) int {
	n, numErr := strconv.Atoi(s)
	for i, l := range c.List() {
		if l.Slug == s || (numErr == nil && l.Order == n) || strings.HasPrefix(l.Slug, s+"-") {
			return i
		}
	}
	return -1
}

// Runnable reports whether script block n of the lesson open runs.
func (c *Nav) Runnable(n int) bool {
	bs := c.Current().Blocks
	return n >= 1 && n <= len(bs) && !bs[n-1].Options.NoRun
}

// NextRunnable returns the runnable block after block from (dir 1) or before it (dir -1), or 0.
func (c *Nav) NextRunnable(from, dir int) int {
	for n := from + dir; n >= 1 && n <= len(c.Current().Blocks); n += dir {
		if c.Runnable(n) {
			return n
		}
	}
	return 0
}

// Key returns the run key of block n of the lesson open: the same in every language, since
// translations share their scripts byte for byte, so a run survives a language switch.
func (c *Nav) Key(n int) string { return c.Current().Slug + "#" + strconv.Itoa(n) }

// Open opens lesson i (clamped to the list), scrolled to its top with no block selected, and returns
// its first runnable block, which the window selects (0 when it has none).
func (c *Nav) Open(i int) int {
	c.Lesson = max(min(i, len(c.List())-1), 0)
	c.Block = 0
	c.Scroll.Open()
	return c.NextRunnable(0, 1)
}

// Select selects script block n of the lesson open, scrolling it into sight (from the page's top
// when newPage: another slide shows it), and reports whether it is runnable, so the window runs it.
// A block that does not run is not selected.
func (c *Nav) Select(n int, newPage bool) bool {
	if !c.Runnable(n) {
		return false
	}
	c.Block = n
	c.Scroll.Select(newPage)
	return true
}

// Step returns the runnable block after the one selected (dir 1) or before it (dir -1), 0 if none.
func (c *Nav) Step(dir int) int { return c.NextRunnable(c.Block, dir) }

// SetLang shows the course in lang, keeping the lesson open and its block selected (brought into
// sight again). It reports whether the language changed, and reopen when the lesson has no
// translation in lang: the window then opens the first lesson. A language without lessons is
// refused.
func (c *Nav) SetLang(lang string) (changed, reopen bool) {
	if c.Lang == lang || len(c.Content.Lessons(lang)) == 0 {
		return false, false
	}
	slug := c.Current().Slug
	c.Lang = lang
	i := c.Find(slug)
	if i < 0 {
		return true, true
	}
	c.Lesson = i
	if c.Block > 0 {
		c.Scroll.Reveal()
	}
	return true, false
}

// OtherLang returns the language after the one shown, in lessons.Languages' order: what the
// language switch's key changes to.
func (c *Nav) OtherLang() string {
	langs := lessons.Languages()
	for i, l := range langs {
		if l == c.Lang {
			return langs[(i+1)%len(langs)]
		}
	}
	return c.Lang
}

// ErrNoBlock says the lesson open has no runnable script block n, naming the ones it has.
func (c *Nav) ErrNoBlock(n int) error {
	var ok []string
	for _, b := range c.Current().Blocks {
		if !b.Options.NoRun {
			ok = append(ok, strconv.Itoa(b.Index))
		}
	}
	return fmt.Errorf("--block: %s has no runnable block %d (its runnable blocks: %s)", c.Current().Slug, n, strings.Join(ok, ", "))
}
