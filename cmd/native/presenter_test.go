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
