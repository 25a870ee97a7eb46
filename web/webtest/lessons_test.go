package webtest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/futurescope/futurescope/internal/golden"
	"github.com/futurescope/futurescope/render/words"
)

// TestEveryLesson opens every lesson in both languages as a learner does, with the › button, and
// checks that its script printed what the block's golden file says (the native simulator's output,
// lessons/testdata/golden, which TestLessonsCPython holds to CPython's), that the console shows it and
// that its timeline was drawn. In English it also runs every other block with its "Run this" button (translations share
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
	ctx := newTabFor(t, lessonsTabTimeout)
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
		checkRun(t, ctx, name, slug, st)
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
			checkRun(t, ctx, fmt.Sprintf("%s (block %d)", name, st.Block), slug, st)
			figures = append(figures, figure(fmt.Sprintf("%s #%d", name, st.Block), st))
		}
	}
	return figures
}

// checkRun checks a lesson block's run: it printed what the native run printed (stdout byte for
// byte, stderr but for the script's file name), it failed only where the block expects it, the
// console shows its output, and a timeline was drawn.
func checkRun(t *testing.T, ctx context.Context, name, slug string, st pageState) {
	t.Helper()
	r := st.Result
	if r == nil {
		t.Fatalf("%s: no result", name)
	}
	if failed := r.ExitCode != 0; failed != (st.ExpectError != "") {
		t.Errorf("%s: exit %d (%s), the lesson expects an error: %q", name, r.ExitCode, r.Error, st.ExpectError)
	}
	wantOut, wantErr := lessonGolden(t, slug, st.Block)
	if r.Stdout != wantOut {
		t.Errorf("%s: the page's run printed what the native run did not (%s-%d.golden): %s", name, slug, st.Block, golden.Diff(wantOut, r.Stdout))
	}
	if got, want := scriptNames.ReplaceAllString(r.Stderr, `File "SCRIPT"`), scriptNames.ReplaceAllString(wantErr, `File "SCRIPT"`); !stderrMatches(st.Lang, got, want) {
		t.Errorf("%s: stderr differs from the native run's (%s-%d.golden): %s", name, slug, st.Block, golden.Diff(want, got))
	}
	console := text(t, ctx, "console")
	if strings.TrimSpace(console) == "" {
		t.Errorf("%s: the console is empty", name)
	}
	for _, line := range strings.Split(wantOut, "\n") {
		if !strings.Contains(console, line) {
			t.Errorf("%s: the console lacks the line %q it printed", name, line)
			break
		}
	}
	checkDrawn(t, ctx, name)
}

// stderrMatches says whether a run's stderr on a page in lang is the native run's (want), as that
// page words it: on a Chinese page futurescope's own reports are in Chinese (render/words), and
// Python's traceback stays as it is, followed by lines that explain its exceptions ("说明 …").
func stderrMatches(lang, got, want string) bool {
	if lang != "zh" || got == want {
		return got == want
	}
	if got == words.MessageIn(want, lang) {
		return true
	}
	rest, ok := strings.CutPrefix(got, want)
	for _, l := range strings.Split(strings.TrimSuffix(rest, "\n"), "\n") {
		ok = ok && strings.HasPrefix(l, "说明 ")
	}
	return ok
}

// scriptNames matches the file name in a traceback's frame lines.
var scriptNames = regexp.MustCompile(`File "[^"]*"`)

// goldenDir holds the lesson blocks' golden files: what the native simulator prints for each.
const goldenDir = "../../lessons/testdata/golden"

// lessonGolden returns the stdout and stderr of block's golden file in lesson slug.
func lessonGolden(t *testing.T, slug string, block int) (stdout, stderr string) {
	t.Helper()
	path := filepath.Join(goldenDir, fmt.Sprintf("%s-%d.golden", slug, block))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the lesson block's golden file: %v", err)
	}
	text, ok := strings.CutPrefix(string(data), "-- stdout --\n")
	stdout, rest, ok2 := strings.Cut(text, "-- stderr --\n")
	stderr, _, ok3 := strings.Cut(rest, "-- trace --\n")
	if !ok || !ok2 || !ok3 {
		t.Fatalf("%s: not a golden file of lessons/check (stdout, stderr, trace)", path)
	}
	return stdout, stderr
}

func figure(name string, st pageState) string {
	return fmt.Sprintf("%-44s %6.0f ms  %s", name, st.Result.WallMs, formatNs(st.Result.VirtualNs))
}
