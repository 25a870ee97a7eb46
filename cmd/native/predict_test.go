package main

import (
	"image"
	"image/color"
	"os"
	"path/filepath"
	"testing"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/render/ebitenview/ebitentest"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/sim/trace"
)

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
		hidden, first := a.stage.viewer.Concealed()
		if p := a.win.scenes.Predict; !hidden || p == nil || first != p.Shown || first >= a.stage.last.Trace.Len() || a.stage.viewer.State().Playhead != p.Time() {
			t.Fatalf("%s: Q: concealed %v, %d events shown, playhead %d; want all hidden but the first events", lang, hidden, first, a.stage.viewer.State().Playhead)
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
			a.press(m, intent.Press{Key: viewstate.KeyRight})
		}
		if err := a.Update(); err != nil {
			t.Fatal(err)
		}
		if _, shown := a.stage.viewer.Concealed(); shown <= first || a.win.scenes.Predict.Time() != a.stage.viewer.State().Playhead {
			t.Errorf("%s: after 3 steps %d events shown (%d before), the playhead at %d", lang, shown, first, a.stage.viewer.State().Playhead)
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
		if hidden, shown := a.stage.viewer.Concealed(); !hidden || shown != p.Shown || shown > p.Questions[0].At {
			t.Fatalf("%s: the predict block's run shows %d events (hidden %v), its first question is about event %d", lang, shown, hidden, p.Questions[0].At)
		}
		for range 40 {
			a.press(viewstate.KeyMap(), intent.Press{Key: viewstate.KeyRight})
			if err := a.Update(); err != nil {
				t.Fatal(err)
			}
		}
		q := p.Questions[0]
		if _, shown := a.stage.viewer.Concealed(); shown != q.At || a.stage.viewer.State().Playhead > q.Time {
			t.Errorf("%s: stepping to the first question's event %d (at %d ns): %d events shown, playhead %d", lang, q.At, q.Time, shown, a.stage.viewer.State().Playhead)
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

// Lesson 10's predict block happens all at 0 s of virtual time, so a timeline hiding by time could
// hide nothing of it. Revealed event by event, its first question ("what does it print?") waits
// with the print hidden: no marker for it on the lanes, no line in the console; A shows both. The
// screenshots before and after are native-instant-{before,after}-{en,zh} (-shots DIR).
func TestPredictionAtOneInstantRevealsEventByEvent(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		a := openCourse(t, lang, "10-pitfalls")
		selectBlock(a, predictBlockOf(t, a))
		settle(t, a, 2)
		p := a.win.scenes.Predict
		if p == nil || len(p.Questions) == 0 || a.stage.last.Trace.End() != 0 {
			t.Fatalf("%s: lesson 10's predict block: prediction %+v, its run ends at %d ns (want 0 s)", lang, p, a.stage.last.Trace.End())
		}
		m := viewstate.KeyMap()
		for range 60 {
			a.press(m, intent.Press{Key: viewstate.KeyRight})
		}
		if err := a.Update(); err != nil {
			t.Fatal(err)
		}
		q := p.Questions[0]
		if _, shown := a.stage.viewer.Concealed(); shown != q.At || !p.Hidden(q.At) {
			t.Fatalf("%s: → stopped with %d events shown, the first question is about event %d", lang, shown, q.At)
		}
		before := shoot(t, a, "native-instant-before-"+lang)
		a.press(m, intent.Press{Key: "a"})
		if err := a.Update(); err != nil {
			t.Fatal(err)
		}
		if _, shown := a.stage.viewer.Concealed(); shown != q.At+1 {
			t.Errorf("%s: A shows %d events, want the question's event %d too", lang, shown, q.At)
		}
		after := shoot(t, a, "native-instant-after-"+lang)
		for range 60 { // on to the end of what is revealed without questions: the printed line
			a.press(m, intent.Press{Key: viewstate.KeyRight})
		}
		if err := a.Update(); err != nil {
			t.Fatal(err)
		}
		later := shoot(t, a, "native-instant-later-"+lang)
		r := a.regions()
		body := r.console
		body.Min.Y += int(a.win.faces.Line * 1.6) // below its title
		area := body.Dx() * body.Dy()
		inkBefore, inkLater := area-ebitentest.Count(before, body, colWhite), area-ebitentest.Count(later, body, colWhite)
		if inkBefore != 0 || inkLater == 0 {
			t.Errorf("%s: the console's printed pixels: %d at the question, %d once the run is revealed; want none, then the line", lang, inkBefore, inkLater)
		}
		g := a.stage.viewer.Geometry()
		// The timeline from its rows down to the console, the events panel included: the answer's
		// event (f2 finishing, "it returned 10") shows there even where its shape has no width.
		timeline := image.Rect(0, int(g.Lanes.Y), before.Bounds().Dx(), r.console.Min.Y)
		if n := differing(before, after, timeline); n == 0 {
			t.Errorf("%s: the timeline and its events panel look the same before and after the answer", lang)
		}
	}
}

// differing counts the pixels of r that differ between images a and b.
func differing(a, b *image.RGBA, r image.Rectangle) int {
	n := 0
	r = r.Intersect(a.Bounds()).Intersect(b.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.RGBAAt(x, y) != b.RGBAAt(x, y) {
				n++
			}
		}
	}
	return n
}

// The script line highlighted while a prediction hides part of the run is never that of an event
// still hidden, even one at the time revealed last.
func TestRevealedLine(t *testing.T) {
	tr := trace.New(nil, []trace.Event{
		{Time: 0, Kind: trace.FutureCreate, Future: 1, Line: 3},
		{Time: 5, Kind: trace.FutureRunning, Future: 1, Line: 7},
		{Time: 5, Kind: trace.GILAcquire},
		{Time: 5, Kind: trace.Print, Line: 9},
	})
	for _, c := range []struct {
		shown int
		seq   int64
		want  int
	}{
		{3, 1, 7}, {3, 0, 3}, {3, 3, 7}, {2, 3, 7}, {1, 3, 3}, {4, 3, 9}, {0, 3, 0}, {3, -1, 0},
	} {
		if got := revealedLine(tr, c.shown, c.seq); got != c.want {
			t.Errorf("%d events shown, the current event %d: line %d, want %d", c.shown, c.seq, got, c.want)
		}
	}
}

// A new run of the block predicted (R, or the script changed on disk) starts the prediction over on
// its own events: what it reveals and hides are the new run's.
func TestANewRunOfAPredictedBlockStartsItOver(t *testing.T) {
	a := openCourse(t, "en", "04")
	selectBlock(a, predictBlockOf(t, a))
	settle(t, a, 2)
	p := a.win.scenes.Predict
	first := p.Shown
	for range 3 {
		a.press(viewstate.KeyMap(), intent.Press{Key: viewstate.KeyRight})
	}
	if p.Shown <= first {
		t.Fatalf("→ revealed nothing: %d events shown", p.Shown)
	}
	a.side.rerun()
	settle(t, a, 3)
	q := a.win.scenes.Predict
	if q == nil {
		t.Fatal("R ended the prediction")
	}
	if q == p || !q.Of(a.stage.last.Trace) || q.Shown != first {
		t.Fatalf("after R the prediction is of the run shown %v (new %v), %d events shown; want a new one from %d", q.Of(a.stage.last.Trace), q != p, q.Shown, first)
	}
	if _, shown := a.stage.viewer.Concealed(); shown != first {
		t.Errorf("after R the timeline shows %d events, want %d", shown, first)
	}
}
