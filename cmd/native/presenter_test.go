package main

import (
	"fmt"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/futurescope/futurescope/cmd/native/doclayout"
	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/render/ebitenview"
	"github.com/futurescope/futurescope/render/ebitenview/ebitentest"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
)

// presenting opens lesson 04 in presenter mode in a window w × h and waits for its first run.
func presenting(t *testing.T, lang string, w, h int) *App {
	t.Helper()
	cfg := courseConfig(lang, "04")
	cfg.Width, cfg.Height, cfg.Present = w, h, true
	a, err := NewApp(cfg)
	if err != nil {
		t.Fatal(err)
	}
	settle(t, a, 1)
	return a
}

// capHeight draws "HEFT" in face and returns how many rows of pixels its ink covers: the height of a
// capital letter as the screen shows it.
func capHeight(face text.Face) int {
	img := ebiten.NewImage(400, 200)
	defer img.Deallocate()
	img.Fill(color.White)
	ebitenview.DrawText(img, "HEFT", face, 10, 10, color.Black)
	pix := image.NewRGBA(image.Rect(0, 0, 400, 200))
	img.ReadPixels(pix.Pix)
	rows := 0
	for y := range 200 {
		for x := range 400 {
			if pix.RGBAAt(x, y).R < 0x80 {
				rows++
				break
			}
		}
	}
	return rows
}

// Presenter mode for a room: the slide beside a timeline with all of the window's height and the
// rest of its width, no list, and fonts grown with the window: capital letters of the slide's text
// at least 28 px tall at 1920 × 1080.
func TestPresenterModeForARoom(t *testing.T) {
	for _, size := range [][2]int{{1920, 1080}, {1280, 800}} {
		w, h := size[0], size[1]
		a := presenting(t, "en", w, h)
		r := a.regions()
		if !r.list.Empty() || r.timeline.Dx() < w/2 || r.timeline.Dy() < h*3/4 || r.source.Dy() != h {
			t.Errorf("%d×%d: list %v, slide %v, timeline %v: want no list, the slide full height, the timeline most of the window", w, h, r.list, r.source, r.timeline)
		}
		body, code := capHeight(a.course.docFaces.face(doclayout.Body)), capHeight(a.course.docFaces.face(doclayout.Code))
		line := capHeight(a.stage.viewer.Faces().Sans)
		t.Logf("%d×%d: capital letters are %d px tall in the slide's text, %d px in its code, %d px in the timeline", w, h, body, code, line)
		if w == 1920 && body < 28 {
			t.Errorf("at 1920×1080 the slide's capital letters are %d px tall, want ≥ 28", body)
		}
		shoot(t, a, fmt.Sprintf("native-present-%d", h))
		a.stage.viewer.Apply(viewstate.ToggleHelp())
		shoot(t, a, fmt.Sprintf("native-present-help-%d", h))
		a.stage.viewer.Apply(viewstate.ToggleHelp())
		m := viewstate.KeyMap()
		a.press(m, intent.Press{Key: viewstate.KeyF6}) // the slide hidden: the timeline takes the full width
		if r := a.regions(); r.timeline.Dx() != w || !r.source.Empty() {
			t.Errorf("%d×%d: F6 leaves the timeline %v, the slide %v", w, h, r.timeline, r.source)
		}
		if err := a.Update(); err != nil {
			t.Fatal(err)
		}
		img := shoot(t, a, fmt.Sprintf("native-present-full-%d", h))
		if n := ebitentest.Count(img, image.Rect(0, 0, w/3, h/2), color.RGBA(rgbaOf(layout.WorkerColor(1)))); n < 100 {
			t.Errorf("%d×%d: without the slide, the timeline's left third shows %d pixels of its first worker's bars", w, h, n)
		}
		a.press(m, intent.Press{Key: viewstate.KeyF6}, intent.Press{Key: viewstate.KeyCtrlPlus})
		before := a.win.uiScale()
		a.press(m, intent.Press{Key: viewstate.KeyCtrlPlus})
		if a.win.uiScale() <= before {
			t.Errorf("Ctrl+ does not make everything bigger")
		}
		a.press(m, intent.Press{Key: viewstate.KeyCtrl0}, intent.Press{Key: "f"})
		if a.win.scenes.Presenting() || a.win.uiScale() != a.win.scale {
			t.Errorf("Ctrl+0 then F: presenting %v at scale %v", a.win.scenes.Presenting(), a.win.uiScale())
		}
	}
}

// PgDn turns to the next slide, laying out only its part of the lesson, and runs its script.
func TestPresenterSlides(t *testing.T) {
	a := presenting(t, "en", 1920, 1080)
	m := viewstate.KeyMap()
	p := a.win.scenes.Presenter
	if p.Cur != 0 || len(p.Slides) < 3 {
		t.Fatalf("presenter mode opens on slide %d of %d", p.Cur, len(p.Slides))
	}
	whole := len(a.course.Doc())
	block := a.course.Block
	for range 8 {
		a.press(m, intent.Press{Key: viewstate.KeyPageDown})
		if err := a.Update(); err != nil {
			t.Fatal(err)
		}
		if a.course.Block != block {
			break
		}
	}
	if a.course.Block == block || p.Cur == 0 {
		t.Fatalf("PgDn ×8 stayed on slide %d, block %d", p.Cur, a.course.Block)
	}
	if k := a.course.pageFor; k.first == 0 || k.end-k.first >= whole {
		t.Errorf("slide %d lays out blocks %d to %d of %d: want its own part", p.Cur, k.first, k.end, whole)
	}
	settle(t, a, 2)
	if a.stage.last.Key != a.course.Key(a.course.Block) {
		t.Errorf("the slide's script did not run: the timeline shows %s", a.stage.last.Key)
	}
	shoot(t, a, "native-present-slide")
	a.press(m, intent.Press{Key: viewstate.KeyPageUp})
	if p.Cur == 0 && len(p.Slides[0].Scripts) == 0 {
		t.Errorf("PgUp went back to the first slide at once")
	}
}

// Q hides the run for the class to predict: the rows stay, empty after the playhead, and the
// console prints nothing yet; → reveals the next event; A reveals the whole run.
func TestPredictThenReveal(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		a := presenting(t, lang, 1920, 1080)
		m := viewstate.KeyMap()
		a.press(m, intent.Press{Key: "q"})
		if err := a.Update(); err != nil {
			t.Fatal(err)
		}
		hidden, at := a.stage.viewer.Concealed()
		if !hidden || at != 0 || a.stage.viewer.State().Playhead != 0 {
			t.Fatalf("%s: Q: concealed %v from %d, playhead %d; want all hidden from 0", lang, hidden, at, a.stage.viewer.State().Playhead)
		}
		img := shoot(t, a, "native-predict-before-"+lang)
		r := a.regions()
		if n := ebitentest.Count(img, r.timeline, color.RGBA{0xee, 0xef, 0xf2, 0xff}); n < r.timeline.Dx()*r.timeline.Dy()/8 {
			t.Errorf("%s: the cover takes %d pixels of the timeline, want most of its lanes", lang, n)
		}
		if n := ebitentest.Count(img, r.question, colQuestion); n < 2000 || r.question.Overlaps(r.timeline) || r.question.Overlaps(r.source) {
			t.Errorf("%s: the prediction's prompt takes %d pixels of its part %v (the script's %v, the timeline's %v)", lang, n, r.question, r.source, r.timeline)
		}
		body := r.console
		body.Min.Y += int(a.win.faces.Line * 1.6) // below its title
		if n := ebitentest.Count(img, body, colFaint) + ebitentest.Count(img, body, colInk); n > 0 {
			t.Errorf("%s: the console shows %d pixels of output still hidden", lang, n)
		}
		for range 3 {
			a.stage.viewer.Apply(viewstate.Step(1))
		}
		if err := a.Update(); err != nil {
			t.Fatal(err)
		}
		if _, at := a.stage.viewer.Concealed(); at == 0 || at != a.stage.viewer.State().Playhead {
			t.Errorf("%s: after 3 steps revealed up to %d, the playhead at %d", lang, at, a.stage.viewer.State().Playhead)
		}
		shoot(t, a, "native-predict-steps-"+lang)
		a.press(m, intent.Press{Key: "a"})
		if hidden, _ := a.stage.viewer.Concealed(); hidden {
			t.Errorf("%s: A leaves the run hidden", lang)
		}
		a.stage.viewer.Apply(viewstate.Seek(a.stage.viewer.State().Scene.End))
		shoot(t, a, "native-predict-after-"+lang)
		a.press(m, intent.Press{Key: "q"})
		if a.win.scenes.Predict != nil {
			t.Errorf("%s: Q after the reveal left the prediction", lang)
		}
	}
}

// BenchmarkRunawayStops measures the real time a loop that never ends takes to be stopped and
// reported in the window, from the run's start to its result on screen (issue 14: within 5 s).
func BenchmarkRunawayStops(b *testing.B) {
	path := filepath.Join(b.TempDir(), "spin.py")
	if err := os.WriteFile(path, []byte("n = 0\nwhile True:\n    n += 1\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		a, err := NewApp(testConfig(path))
		if err != nil {
			b.Fatal(err)
		}
		for a.stage.exec.Runs() < 1 {
			if err := a.Update(); err != nil {
				b.Fatal(err)
			}
			time.Sleep(time.Millisecond)
		}
		if !a.stage.last.Runaway {
			b.Fatalf("the loop ended without being stopped as a runaway: %s", a.stage.last.Stderr)
		}
	}
}

// predictBlockOf returns the first predict block of lesson in lang, or fails.
func predictBlockOf(t *testing.T, a *App) int {
	t.Helper()
	for _, b := range a.course.Current().Blocks {
		if b.Prediction != nil && len(b.Prediction.Questions) > 0 {
			return b.Index
		}
	}
	t.Fatalf("lesson %s has no predict block", a.course.Current().Slug)
	return 0
}

// A predict block runs hidden when it is selected: the class sees its rows and the lesson's first
// question, nothing of how it ends; stepping stops before the question's event; A shows the answer
// and reveals the event; after the last answer, A reveals the whole run.
func TestPredictBlockAsksItsQuestions(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		a := presenting(t, lang, 1920, 1080)
		selectBlock(a, predictBlockOf(t, a))
		settle(t, a, 2)
		p := a.win.scenes.Predict
		if p == nil || p.Key != a.stage.last.Key || len(p.Questions) == 0 {
			t.Fatalf("%s: block %d ran without its prediction: %+v", lang, a.course.Block, p)
		}
		if hidden, at := a.stage.viewer.Concealed(); !hidden || at != 0 {
			t.Fatalf("%s: the predict block's run shows up to %d (hidden %v)", lang, at, hidden)
		}
		for range 40 {
			a.stage.viewer.Apply(viewstate.Step(1))
			if err := a.Update(); err != nil {
				t.Fatal(err)
			}
		}
		q := p.Questions[0]
		if _, at := a.stage.viewer.Concealed(); at >= q.At || a.stage.viewer.State().Playhead >= q.At {
			t.Errorf("%s: stepping went past the first question's event at %d: revealed %d, playhead %d", lang, q.At, at, a.stage.viewer.State().Playhead)
		}
		img := shoot(t, a, "native-predict-question-"+lang)
		if n := ebitentest.Count(img, a.regions().question, colQuestion); n < 5000 {
			t.Errorf("%s: the question takes %d pixels under the script", lang, n)
		}
		a.press(viewstate.KeyMap(), intent.Press{Key: "a"})
		if err := a.Update(); err != nil {
			t.Fatal(err)
		}
		if ans, ok := p.LastAnswer(); !ok || ans.Answer == "" || p.Hidden(q.At) {
			t.Errorf("%s: A did not show the first answer and its event", lang)
		}
		shoot(t, a, "native-predict-answer-"+lang)
		for range len(p.Questions) + 1 {
			a.press(viewstate.KeyMap(), intent.Press{Key: "a"})
		}
		a.stage.viewer.Apply(viewstate.Seek(a.stage.viewer.State().Scene.End))
		if err := a.Update(); err != nil {
			t.Fatal(err)
		}
		if hidden, _ := a.stage.viewer.Concealed(); hidden {
			t.Errorf("%s: every answer shown, the run is still hidden", lang)
		}
		shoot(t, a, "native-predict-revealed-"+lang)
	}
}

// F6 F7 F8 hide the course's panels too: with all three hidden the timeline has the window.
func TestCoursePanelKeys(t *testing.T) {
	a := openCourse(t, "en", "04")
	m := viewstate.KeyMap()
	a.press(m, intent.Press{Key: viewstate.KeyF8})
	if r := a.regions(); !r.list.Empty() || r.source.Min.Y != 0 {
		t.Errorf("F8: the list %v, the text %v; want the text from the top", r.list, r.source)
	}
	a.press(m, intent.Press{Key: viewstate.KeyF6}, intent.Press{Key: viewstate.KeyF7})
	if r := a.regions(); r.timeline != image.Rect(0, 0, a.win.w, a.win.h) {
		t.Errorf("F6 F7 F8: the timeline is %v, want the window", r.timeline)
	}
	if err := a.Update(); err != nil {
		t.Fatal(err)
	}
	shoot(t, a, "native-course-timeline-only")
	a.press(m, intent.Press{Key: viewstate.KeyF6}, intent.Press{Key: viewstate.KeyF7}, intent.Press{Key: viewstate.KeyF8})
	if r := a.regions(); r.list.Empty() || r.source.Empty() || r.console.Empty() {
		t.Errorf("the panels did not come back: %+v", r)
	}
}

// A GIF of a predict block walks through the whole run: nothing is hidden in it.
func TestGIFOfAPredictBlockShowsAll(t *testing.T) {
	probe := openCourse(t, "en", "04")
	cfg := courseConfig("en", "04")
	cfg.Block = predictBlockOf(t, probe)
	cfg.GIF = filepath.Join(t.TempDir(), "predict.gif")
	a, err := NewApp(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for range 5000 {
		if err = a.Update(); err != nil {
			break
		}
	}
	if _, statErr := os.Stat(cfg.GIF); statErr != nil {
		t.Fatalf("no GIF written (Update ended with %v)", err)
	}
	if hidden, _ := a.stage.viewer.Concealed(); hidden || a.win.scenes.Predict != nil {
		t.Errorf("the GIF's run was hidden for a prediction")
	}
}
