package webtest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestEveryLesson opens every lesson in both languages as a learner does, with the › button, and
// checks that its script ran as the lesson expects, that the console shows it and that its timeline
// was drawn. In English it also runs every other block with its "Run this" button (translations share
// their scripts), and it records how long each block's simulation took in WebAssembly.
func TestEveryLesson(t *testing.T) {
	figures := []string{"lesson block: real time of the simulation and drawing in wasm (chromium), virtual time of the run"}
	for _, lang := range []string{"en", "zh"} {
		t.Run(lang, func(t *testing.T) { figures = append(figures, lessonsIn(t, lang)...) })
	}
	writeFigures(t, "lessons.txt", figures)
}

// lessonsIn goes through the lessons in lang, in a tab of its own, and returns its figures.
func lessonsIn(t *testing.T, lang string) []string {
	var figures []string
	ctx := newTab(t)
	st := open(t, ctx, "#"+lang)
	if st.Lang != lang {
		t.Fatalf("opened #%s, the page speaks %q", lang, st.Lang)
	}
	for i, slug := range lessonList(t, ctx) {
		if i > 0 {
			click(t, ctx, "#next")
			st = waitShown(t, ctx, st.Shown+1)
		}
		name := lang + "/" + slug
		if st.Slug != slug {
			t.Fatalf("%s: the page shows %q", name, st.Slug)
		}
		checkRun(t, ctx, name, st)
		screenshot(t, ctx, "lesson-"+lang+"-"+slug)
		figures = append(figures, figure(name, st))
		if lang != "en" {
			continue
		}
		blocks, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('.run-block').length`))
		if err != nil {
			t.Fatal(err)
		}
		for b := 1; b < blocks; b++ {
			eval(t, ctx, fmt.Sprintf(`document.querySelectorAll('.run-block')[%d].click()`, b))
			st = waitShown(t, ctx, st.Shown+1)
			checkRun(t, ctx, fmt.Sprintf("%s (block %d)", name, st.Block), st)
			figures = append(figures, figure(fmt.Sprintf("%s #%d", name, st.Block), st))
		}
	}
	return figures
}

// checkRun checks a lesson block's run: an error only where the block expects one, output in the
// console, a timeline drawn.
func checkRun(t *testing.T, ctx context.Context, name string, st pageState) {
	t.Helper()
	r := st.Result
	if r == nil {
		t.Fatalf("%s: no result", name)
	}
	if failed := r.ExitCode != 0; failed != (st.ExpectError != "") {
		t.Errorf("%s: exit %d (%s), the lesson expects an error: %q", name, r.ExitCode, r.Error, st.ExpectError)
	}
	if strings.TrimSpace(text(t, ctx, "console")) == "" {
		t.Errorf("%s: the console is empty", name)
	}
	checkDrawn(t, ctx, name)
}

func figure(name string, st pageState) string {
	return fmt.Sprintf("%-44s %6.0f ms  %s", name, st.Result.WallMs, formatNs(st.Result.VirtualNs))
}
