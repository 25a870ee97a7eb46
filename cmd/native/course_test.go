package main

import (
	"image"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/futurescope/futurescope/cmd/native/doclayout"
	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/render/ebitenview/ebitentest"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
)

// courseConfig is the configuration of a 1280 × 800 window showing the course in lang, on lesson.
func courseConfig(lang, lesson string) Config {
	return Config{Lang: lang, Lesson: lesson, Width: 1280, Height: 800, At: -1}
}

// openCourse opens the course on lesson in lang and waits for its first run.
func openCourse(t *testing.T, lang, lesson string) *App {
	t.Helper()
	a, err := NewApp(courseConfig(lang, lesson))
	if err != nil {
		t.Fatal(err)
	}
	settle(t, a, 1)
	return a
}

func TestCourseOpensALessonAndRunsItsFirstScript(t *testing.T) {
	a := openCourse(t, "en", "01")
	c := a.course
	if c.Current().Slug != "01-futures-and-submit" || c.Block != 1 || a.stage.last.Key != "01-futures-and-submit#1" {
		t.Fatalf("lesson %s, block %d, run %q: want lesson 01's first block run", c.Current().Slug, c.Block, a.stage.last.Key)
	}
	s := a.stage.viewer.State() // its fence says view=futures at=0.5
	if s.Mode != viewstate.FuturesOnly || s.Playhead != int64(500*time.Millisecond) {
		t.Errorf("view %v, playhead %d: want the block's view=futures at=0.5", s.Mode, s.Playhead)
	}
	if c.Scroll.Y != 0 {
		t.Errorf("the lesson opens scrolled to %v: a learner starts at its title", c.Scroll.Y)
	}
}

func TestBlockKeysSkipWhatDoesNotRun(t *testing.T) {
	slug, runnable := lessonWithNoRunBetween(t)
	a := openCourse(t, "en", slug)
	if a.course.Block != runnable[0] {
		t.Fatalf("lesson %s opened on block %d, want its first runnable one, %d", slug, a.course.Block, runnable[0])
	}
	steps := []struct{ dir, want int }{}
	for _, n := range runnable[1:] {
		steps = append(steps, struct{ dir, want int }{1, n})
	}
	last := runnable[len(runnable)-1]
	steps = append(steps, struct{ dir, want int }{1, last}, struct{ dir, want int }{-1, runnable[len(runnable)-2]})
	for _, step := range steps {
		gen := a.stage.exec.Started()
		selectBlock(a, a.course.Step(step.dir))
		if a.stage.exec.Started() != gen {
			settle(t, a, a.stage.exec.Runs()+1)
		}
		if a.course.Block != step.want || a.stage.last.Key != a.course.Key(step.want) {
			t.Fatalf("%s, after a step by %d: block %d selected, run %q shown; want block %d (the runnable ones: %v)",
				slug, step.dir, a.course.Block, a.stage.last.Key, step.want, runnable)
		}
	}
	runs := a.stage.exec.Runs()
	for range len(runnable) + 1 {
		selectBlock(a, a.course.Step(-1))
	}
	settle(t, a, runs+1)
	if a.course.Block != runnable[0] {
		t.Errorf("stepping back past the first runnable block selected block %d, want %d", a.course.Block, runnable[0])
	}
}

// lessonWithNoRunBetween returns an English lesson with a norun block between two runnable ones, and
// the numbers of its runnable blocks.
func lessonWithNoRunBetween(t *testing.T) (string, []int) {
	t.Helper()
	course, err := lessons.Load(lessons.Content())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range course.Lessons("en") {
		var runnable []int
		noRunBetween := false
		for i, b := range l.Blocks {
			switch {
			case !b.Options.NoRun:
				runnable = append(runnable, i+1)
			case len(runnable) > 0:
				noRunBetween = true
			}
		}
		if noRunBetween && runnable[len(runnable)-1] > runnable[0] && !l.Blocks[len(l.Blocks)-1].Options.NoRun {
			return l.Slug, runnable
		}
	}
	t.Skip("no lesson has a norun block between two runnable ones")
	return "", nil
}

func TestExpectedErrorIsSaidToBeThePoint(t *testing.T) {
	a := openCourse(t, "en", "04")
	selectBlock(a, 2) // expect-error=TimeoutError
	settle(t, a, 2)
	lines := a.stage.last.Console("en", a.win.ui().expected, "")
	last := lines[len(lines)-1]
	if !last.Note || !strings.Contains(last.Text, "expected") {
		t.Errorf("the console ends with %+v, want the remark that the error was expected", last)
	}
	if prev := lines[len(lines)-2]; !strings.HasPrefix(prev.Text, "TimeoutError: 4 (of 6)") {
		t.Errorf("the traceback ends with %q", prev.Text)
	}
}

func TestLanguageSwitchKeepsTheLessonAndBlock(t *testing.T) {
	a := openCourse(t, "en", "04")
	selectBlock(a, 3)
	settle(t, a, 2)
	if err := a.Update(); err != nil {
		t.Fatal(err)
	}
	gen, enPage := a.stage.exec.Started(), a.course.page
	switchLang(a, a.course.OtherLang())
	if err := a.Update(); err != nil {
		t.Fatal(err)
	}
	c := a.course
	if c.Lang != "zh" || c.Current().Slug != "04-as-completed" || c.Block != 3 {
		t.Fatalf("after L: %s %s block %d, want zh, the same lesson and block 3", c.Lang, c.Current().Slug, c.Block)
	}
	if a.stage.exec.Started() != gen {
		t.Error("switching the language ran the script again: the translations share it")
	}
	if c.page == enPage || !strings.Contains(pageText(c.page), "超时") {
		t.Error("the text panel still shows the English text")
	}
	if ui := a.win.ui(); ui.console != "控制台" || a.stage.viewer.Lang() != "zh" {
		t.Errorf("in Chinese the console's title is %q and the timeline's words are %q", ui.console, a.stage.viewer.Lang())
	}
}

func TestClickingAScriptRunsIt(t *testing.T) {
	a := openCourse(t, "en", "02")
	if err := a.Update(); err != nil {
		t.Fatal(err)
	}
	cb, ok := a.course.page.Code(2)
	if !ok {
		t.Fatal("lesson 02 has no script block 2 on its page")
	}
	a.course.Scroll.Y = cb.Y
	view := a.course.textView(a.regions().source)
	a.click(image.Pt(view.Min.X+int(cb.X+cb.W/2), view.Min.Y+int(cb.Y+cb.H/2-a.course.Scroll.Y)), a.regions())
	settle(t, a, 2)
	if a.course.Block != 2 || a.stage.last.Key != "02-map-and-with#2" || a.side.lister().Focus != intent.TextPart {
		t.Errorf("after the click: block %d, run %q, focus %d", a.course.Block, a.stage.last.Key, a.side.lister().Focus)
	}
}

// TestCourseWindow opens lesson 04 in each language, runs its second script, steps the timeline to
// the first event of a script line after the submits and looks at the frame: the lesson's text, the script's shaded box with
// the line of that event highlighted in it, and the timeline's bars.
func TestCourseWindow(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		t.Run(lang, func(t *testing.T) {
			a := openCourse(t, lang, "04")
			selectBlock(a, 2)
			settle(t, a, 2)
			stepToLine(t, a, 11)
			if err := a.Update(); err != nil {
				t.Fatal(err)
			}
			img := shoot(t, a, "native-course-"+lang)
			r := a.regions()
			cb, _ := a.course.page.Code(2)
			view := a.course.textView(r.source)
			box := image.Rect(view.Min.X+int(cb.X), view.Min.Y+int(cb.Y-a.course.Scroll.Y), view.Min.X+int(cb.X+cb.W), view.Min.Y+int(cb.Y+cb.H-a.course.Scroll.Y))
			if !box.In(view) {
				t.Fatalf("the selected script %v is not in sight in the text %v", box, view)
			}
			if n := ebitentest.Count(img, box, colCodeBg); n < box.Dx()*box.Dy()/3 {
				t.Errorf("the script's shading covers %d of its %d pixels", n, box.Dx()*box.Dy())
			}
			hl, _ := a.course.blockLines()
			top, bottom, _ := cb.LineSpan(hl)
			line := image.Rect(box.Min.X, view.Min.Y+int(top-a.course.Scroll.Y), box.Max.X, view.Min.Y+int(bottom-a.course.Scroll.Y))
			if n := ebitentest.Count(img, line, colHigh); hl < 11 || n < line.Dx()*line.Dy()/3 {
				t.Errorf("line %d of the script is highlighted over %d pixels, want the line of the current event", hl, n)
			}
			if n := ebitentest.Count(img, box, colFocus); n < box.Dx() {
				t.Errorf("the selected script's blue frame covers %d pixels", n)
			}
			if n := ebitentest.Count(img, r.timeline, rgbaOf(layout.WorkerColor(1))); n < 300 {
				t.Errorf("the worker's colour covers %d pixels of the timeline, want its running bars", n)
			}
			if n := countDark(img, view); n < 3000 {
				t.Errorf("the lesson's text has %d pixels of ink: want it drawn", n)
			}
		})
	}
}

// stepToLine steps a's timeline to the first event of a script line at or after line.
func stepToLine(t *testing.T, a *App, line int) {
	t.Helper()
	for range 200 {
		a.stage.viewer.Apply(viewstate.Step(1))
		if a.stage.highlightLine() >= line {
			return
		}
	}
	t.Fatalf("no event of line %d or later in the run", line)
}

func TestCoursePNG(t *testing.T) {
	out := filepath.Join(t.TempDir(), "course.png")
	cfg := courseConfig("zh", "05-wait")
	cfg.PNG, cfg.Block, cfg.Present = out, 2, true
	a, rgba := renderPNG(t, cfg)
	if a.stage.last.Key != "05-wait#2" || a.stage.viewer.State().Playhead != int64(400*time.Millisecond) {
		t.Errorf("the frame shows %q with the playhead at %d, want block 2 at its at=0.4", a.stage.last.Key, a.stage.viewer.State().Playhead)
	}
	if n := ebitentest.Count(rgba, a.course.textView(a.regions().source), colFocus); n < 200 {
		t.Errorf("the selected block's frame covers %d pixels: --block's block is not in sight", n)
	}
	if a.course.docFaces.Height(doclayout.Body) < 20 {
		t.Errorf("presenter mode writes the lesson %v pixels high", a.course.docFaces.Height(doclayout.Body))
	}
}

func TestBadCourseFlags(t *testing.T) {
	for _, cfg := range []Config{courseConfig("en", "99"), {Lang: "en", Lesson: "08-threads-processes-gil", Block: 3, At: -1}} {
		if _, err := NewApp(cfg); err == nil {
			t.Errorf("NewApp(%+v) opened; want an error", cfg)
		}
	}
}

// pageText returns the text on page p.
func pageText(p *doclayout.Page) string {
	var b strings.Builder
	for _, r := range p.Runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// countDark returns how many pixels of r in img are nearly black: text.
func countDark(img *image.RGBA, r image.Rectangle) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if c := img.RGBAAt(x, y); c.R < 0x60 && c.G < 0x60 && c.B < 0x60 {
				n++
			}
		}
	}
	return n
}

// selectBlock selects block n of the lesson open and runs it, as a click on it does.
func selectBlock(a *App, n int) { a.course.apply(a.course.SelectBlock(n, &a.win.scenes)) }

// switchLang shows the course in lang, as the language switch does.
func switchLang(a *App, lang string) { a.course.apply(a.course.SwitchLang(lang, &a.win.scenes)) }
