package main

import (
	"fmt"
	"sync"

	"github.com/futurescope/futurescope/lessons"
)

// A LessonEntry is a lesson as the lesson list shows it.
type LessonEntry struct {
	Slug, Title, Summary string
}

// A LessonPage is a lesson as the page shows it: its prose as HTML (script blocks marked as the
// lessons package documents) and its script blocks.
type LessonPage struct {
	Slug, Title, Summary, HTML string
	Blocks                     []BlockEntry
}

// A BlockEntry is one script block of a lesson with the options the page needs to run and show it.
type BlockEntry struct {
	Index        int // 1-based, the data-block attribute of its <pre> in HTML
	Code         string
	NoRun        bool
	Cores        int
	FreeThreaded bool
	ExpectError  string
	View         string
	AtNs         int64 // the playhead to start at, in virtual nanoseconds
}

// course loads the embedded course once.
var course = sync.OnceValues(func() (*lessons.Course, error) { return lessons.Load(lessons.Content()) })

// lessonList returns the lessons in lang, in order.
func lessonList(lang string) ([]LessonEntry, error) {
	c, err := course()
	if err != nil {
		return nil, fmt.Errorf("lessons: %v", err)
	}
	var out []LessonEntry
	for _, l := range c.Lessons(lang) {
		out = append(out, LessonEntry{Slug: l.Slug, Title: l.Title, Summary: l.Summary})
	}
	if out == nil {
		return nil, fmt.Errorf("lessons: no lessons in language %q", lang)
	}
	return out, nil
}

// lessonPage returns the lesson slug in lang.
func lessonPage(lang, slug string) (*LessonPage, error) {
	c, err := course()
	if err != nil {
		return nil, fmt.Errorf("lesson: %v", err)
	}
	l := c.Lesson(lang, slug)
	if l == nil {
		return nil, fmt.Errorf("lesson: no lesson %s/%s", lang, slug)
	}
	html, err := l.HTML()
	if err != nil {
		return nil, fmt.Errorf("lesson: %s: %v", l.File, err)
	}
	p := &LessonPage{Slug: l.Slug, Title: l.Title, Summary: l.Summary, HTML: string(html)}
	for _, b := range l.Blocks {
		o := b.Options
		p.Blocks = append(p.Blocks, BlockEntry{Index: b.Index, Code: b.Code, NoRun: o.NoRun, Cores: o.Cores,
			FreeThreaded: o.FreeThreaded, ExpectError: o.ExpectError, View: o.View, AtNs: int64(o.At)})
	}
	return p, nil
}
