package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/lessons"
)

// TestLessons opens every lesson as the page does and runs its blocks with their options.
func TestLessons(t *testing.T) {
	for _, lang := range lessons.Languages() {
		list, err := lessonList(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range list {
			p, err := lessonPage(lang, e.Slug)
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != e.Title || len(p.Blocks) == 0 {
				t.Errorf("%s/%s: title %q, %d blocks; want %q and a script", lang, e.Slug, p.Title, len(p.Blocks), e.Title)
			}
			for _, b := range p.Blocks {
				if !strings.Contains(p.HTML, fmt.Sprintf(`data-block="%d"`, b.Index)) {
					t.Errorf("%s/%s: block %d is not marked in the HTML", lang, e.Slug, b.Index)
				}
				if !b.NoRun && !testing.Short() {
					checkBlock(t, fmt.Sprintf("%s/%s block %d", lang, e.Slug, b.Index), b)
				}
			}
		}
	}
	if _, err := lessonPage("en", "99-nope"); err == nil || !strings.HasPrefix(err.Error(), "lesson: ") {
		t.Errorf("lessonPage of a missing lesson: err %v, want lesson: …", err)
	}
}

// checkBlock runs a block in the browser's budget: it must end as its options expect.
func checkBlock(t *testing.T, name string, b BlockEntry) {
	res, err := runScript(b.Code, RunOptions{Cores: b.Cores, FreeThreaded: b.FreeThreaded})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if failed := res.ExitCode != 0; failed != (b.ExpectError != "") {
		t.Errorf("%s: exit %d (%s), want it to fail: %v", name, res.ExitCode, res.Error, b.ExpectError != "")
	}
}
