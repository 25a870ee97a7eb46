package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/futurescope/futurescope/lessons"
)

var update = flag.Bool("update", false, "rewrite course.json from the lessons")

// renderCourse renders the embedded course as course.json holds it.
func renderCourse() ([]byte, error) {
	c, err := lessons.Load(lessons.Content())
	if err != nil {
		return nil, err
	}
	var out []courseLanguage
	for _, lang := range lessons.Languages() {
		cl := courseLanguage{Lang: lang}
		for _, l := range c.Lessons(lang) {
			html, err := l.HTML()
			if err != nil {
				return nil, fmt.Errorf("%s: %v", l.File, err)
			}
			p := &LessonPage{Slug: l.Slug, Title: l.Title, Summary: l.Summary, HTML: string(html)}
			for _, b := range l.Blocks {
				o := b.Options
				p.Blocks = append(p.Blocks, BlockEntry{Index: b.Index, Code: b.Code, NoRun: o.NoRun, Cores: o.Cores,
					FreeThreaded: o.FreeThreaded, ExpectError: o.ExpectError, View: o.View, AtNs: int64(o.At)})
			}
			cl.Lessons = append(cl.Lessons, p)
		}
		out = append(out, cl)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// TestCourseJSON holds the embedded course.json to what the lessons render today, so the page never
// shows a stale lesson; -update rewrites it (go generate ./cmd/wasm/runner).
func TestCourseJSON(t *testing.T) {
	want, err := renderCourse()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("course.json", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(courseJSON, want) {
		t.Errorf("course.json is stale: the lessons changed since it was written; run go generate ./cmd/wasm/runner")
	}
}
