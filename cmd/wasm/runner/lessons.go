package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
)

// The course comes pre-rendered: course.json holds every lesson's list entry, HTML and blocks, written
// from the lessons package by `go generate` (TestCourseJSON -update, which also fails when the file is
// stale). Rendering in the browser would link goldmark and the Markdown sources into runner.wasm: about
// 1.5 MB raw and 200 KB brotli more than the rendered pages.
//
//go:generate go test . -run=TestCourseJSON -update

//go:embed course.json
var courseJSON []byte

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
	NoRun        bool   `json:",omitempty"`
	Cores        int    `json:",omitempty"`
	FreeThreaded bool   `json:",omitempty"`
	ExpectError  string `json:",omitempty"`
	View         string `json:",omitempty"`
	AtNs         int64  `json:",omitempty"` // the playhead to start at, in virtual nanoseconds
}

// A courseLanguage is the course in one language, its lessons in order.
type courseLanguage struct {
	Lang    string
	Lessons []*LessonPage
}

// course decodes the embedded course once.
var course = sync.OnceValues(func() ([]courseLanguage, error) {
	var c []courseLanguage
	if err := json.Unmarshal(courseJSON, &c); err != nil {
		return nil, fmt.Errorf("course.json: %v", err)
	}
	return c, nil
})

// lessonsIn returns the lessons in lang, in order, or nil.
func lessonsIn(c []courseLanguage, lang string) []*LessonPage {
	for _, l := range c {
		if l.Lang == lang {
			return l.Lessons
		}
	}
	return nil
}

// lessonList returns the lessons in lang, in order.
func lessonList(lang string) ([]LessonEntry, error) {
	c, err := course()
	if err != nil {
		return nil, fmt.Errorf("lessons: %v", err)
	}
	var out []LessonEntry
	for _, l := range lessonsIn(c, lang) {
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
	for _, l := range lessonsIn(c, lang) {
		if l.Slug == slug {
			p := *l
			return &p, nil
		}
	}
	return nil, fmt.Errorf("lesson: no lesson %s/%s", lang, slug)
}
