package main

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/futurescope/futurescope/cmd/native/runs"
	"github.com/futurescope/futurescope/render/ebitenview/ebitentest"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
)

// testConfig is the configuration of a 1280 × 800 window.
func testConfig(file string) Config {
	return Config{File: file, Width: 1280, Height: 800, At: -1, View: "both"}
}

// writeScript writes a built-in example into a temporary file and returns its path.
func writeScript(t *testing.T, example string) string {
	t.Helper()
	src, err := examples.ReadFile("examples/" + example)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), example)
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// settle updates a until n runs have finished, or fails after a few seconds.
func settle(t *testing.T, a *App, n int) {
	t.Helper()
	for range 2000 {
		if err := a.Update(); err != nil {
			t.Fatalf("Update: %v", err)
		}
		if a.stage.exec.Runs() >= n && !a.stage.exec.Running() {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatalf("%d runs finished, want %d", a.stage.exec.Runs(), n)
}

// shoot draws the window offscreen, saving it with -shots.
func shoot(t *testing.T, a *App, name string) *image.RGBA {
	t.Helper()
	img := a.Snapshot()
	ebitentest.Save(t, name, img)
	return img
}

func TestWindowShowsTheRunAndSteps(t *testing.T) {
	a, err := NewApp(testConfig(writeScript(t, "06_process_pool_running.py")))
	if err != nil {
		t.Fatal(err)
	}
	settle(t, a, 1)
	for range 4 {
		a.stage.viewer.Apply(viewstate.Step(1))
	}
	s := a.stage.viewer.State()
	if s.Playhead == 0 || s.Event < 0 {
		t.Fatalf("after four steps the playhead is at %d, the current event %d", s.Playhead, s.Event)
	}
	img := shoot(t, a, "native-steps")
	r := a.regions()
	if n := ebitentest.Count(img, r.timeline, color.RGBA(rgbaOf(layout.WorkerColor(1)))); n < 300 {
		t.Errorf("the worker's colour covers %d pixels of the timeline, want its running bars", n)
	}
	if n := ebitentest.Count(img, r.source, colHigh); n < 1000 {
		t.Errorf("the highlighted source line covers %d pixels, want the line of the current event (%d)", n, a.stage.highlightLine())
	}
	if n := ebitentest.Count(img, r.timeline, color.RGBA{0x10, 0x10, 0x10, 0xff}); n < 100 {
		t.Errorf("the playhead's colour covers %d pixels of the timeline", n)
	}
	if n := ebitentest.Count(img, img.Bounds(), colWhite); n > img.Bounds().Dx()*img.Bounds().Dy()*85/100 {
		t.Errorf("%d pixels are white: the window is nearly empty", n)
	}
}

// rgbaOf converts a layout colour.
func rgbaOf(c layout.Color) color.RGBA {
	r, g, b := c.RGB()
	return color.RGBA{r, g, b, 0xff}
}

func TestReRunsWhenTheFileChanges(t *testing.T) {
	path := writeScript(t, "01_submit_result.py")
	a, err := NewApp(testConfig(path))
	if err != nil {
		t.Fatal(err)
	}
	settle(t, a, 1)
	a.stage.viewer.Apply(viewstate.ToggleView())
	src := strings.Replace(string(a.stage.last.Source), "[3, 1, 2]", "[1, 1, 1, 1]", 1)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(2 * time.Second)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	settle(t, a, 2)
	if got := len(a.stage.viewer.State().Scene.Futures.Lanes); got != 4 {
		t.Errorf("after the edit the timeline has %d futures, want 4", got)
	}
	if a.stage.viewer.State().Mode != viewstate.FuturesOnly {
		t.Errorf("the re-run forgot the view chosen: %v", a.stage.viewer.State().Mode)
	}
	if !strings.Contains(string(a.stage.last.Source), "[1, 1, 1, 1]") {
		t.Error("the source panel shows the old script")
	}
}

func TestScenarioList(t *testing.T) {
	cfg := testConfig("")
	cfg.Examples = true
	a, err := NewApp(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.scripts.scenarios) < 6 || !a.scripts.list.Listed {
		t.Fatalf("%d scenarios listed (list mode %v), want the built-in examples", len(a.scripts.scenarios), a.scripts.list.Listed)
	}
	settle(t, a, 1)
	a.scripts.show(2)
	settle(t, a, 2)
	if a.stage.last.Key != a.scripts.scenarios[2].job().Key || !strings.Contains(a.stage.viewer.State().Scene.Outcome, "TimeoutError") {
		t.Errorf("scenario 2 shows the run of %s ending with %q", a.stage.last.Key, a.stage.viewer.State().Scene.Outcome)
	}
	img := shoot(t, a, "native-list")
	if n := ebitentest.Count(img, a.regions().list, colSel); n < 500 {
		t.Errorf("the chosen scenario's highlight covers %d pixels", n)
	}
	lines := a.stage.last.Console("en", "", "")
	if last := lines[len(lines)-1]; !last.Alert || !strings.HasPrefix(last.Text, "TimeoutError: 2 (of 4)") {
		t.Errorf("the console ends with %+v, want the TimeoutError", last)
	}
}

// renderPNG makes the App cfg asks for (cfg.PNG set), ticks it until it has written its frame, and
// returns it with the frame read back.
func renderPNG(t *testing.T, cfg Config) (*App, *image.RGBA) {
	t.Helper()
	a, err := NewApp(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		if err := a.Update(); err != nil {
			break // ebiten.Termination: the frame is written
		}
		if i > 2000 {
			t.Fatal("no PNG after 2000 ticks")
		}
		time.Sleep(2 * time.Millisecond)
	}
	f, err := os.Open(cfg.PNG)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	rgba, ok := img.(*image.RGBA)
	if !ok {
		rgba = image.NewRGBA(img.Bounds())
		for y := range img.Bounds().Dy() {
			for x := range img.Bounds().Dx() {
				rgba.Set(x, y, img.At(x, y))
			}
		}
	}
	return a, rgba
}

func TestPNG(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.png")
	cfg := testConfig(writeScript(t, "04_wait_modes.py"))
	cfg.PNG, cfg.At, cfg.View = out, 250*time.Millisecond, "futures"
	a, img := renderPNG(t, cfg)
	if b := img.Bounds(); b.Dx() != a.win.w || b.Dy() != a.win.h {
		t.Errorf("the PNG is %v, want %d × %d", b, a.win.w, a.win.h)
	}
	if s := a.stage.viewer.State(); s.Playhead != int64(250*time.Millisecond) || s.Mode != viewstate.FuturesOnly {
		t.Errorf("--at and --view gave playhead %d and mode %v", s.Playhead, s.Mode)
	}
}

func TestExamplesRun(t *testing.T) {
	scs, err := loadScenarios("")
	if err != nil {
		t.Fatal(err)
	}
	for _, sc := range scs {
		r := runs.Execute(sc.job())
		tr, out, errs, failed := r.Trace, r.Stdout, r.Stderr, r.Failed
		wantFail := strings.Contains(sc.Name, "timeout")
		if failed != wantFail || out == "" || tr.Len() == 0 {
			t.Errorf("%s: failed=%v (want %v), printed %q, stderr %q", sc.Name, failed, wantFail, out, errs)
		}
		if end := tr.End(); end > int64(2*time.Second) {
			t.Errorf("%s takes %v of virtual time: keep the examples short", sc.Name, time.Duration(end))
		}
	}
}

func TestParseConfig(t *testing.T) {
	tests := []struct {
		args []string
		ok   bool
		file string
	}{
		{nil, true, ""},
		{[]string{"a.py"}, true, "a.py"},
		{[]string{"--present", "--png", "x.png", "--at", "250ms", "a.py"}, true, "a.py"},
		{[]string{"a.py", "b.py"}, false, ""},
		{[]string{"--view", "sideways"}, false, ""},
		{[]string{"--bogus"}, false, ""},
		{[]string{"--lang", "zh", "--lesson", "04", "--block", "2", "--png", "x.png"}, true, ""},
		{[]string{"--lang", "fr"}, false, ""},
		{[]string{"--block", "-1"}, false, ""},
	}
	for _, tt := range tests {
		c, err := parseConfig(tt.args, &strings.Builder{})
		if (err == nil) != tt.ok || (tt.ok && c.File != tt.file) {
			t.Errorf("parseConfig(%q) = %+v, %v", tt.args, c, err)
		}
	}
}

func TestWatcherPollsEveryHalfSecondOfRealTime(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.py")
	os.WriteFile(path, []byte("print(1)\n"), 0o644)
	start := time.Unix(1000, 0)
	w := newWatcher(path, start)
	os.WriteFile(path, []byte("print(22)\n"), 0o644)
	if w.poll(start.Add(pollEvery - time.Millisecond)) {
		t.Fatalf("it looked before %v had passed", pollEvery)
	}
	if !w.poll(start.Add(pollEvery)) { // at 2 frames a second as at 60: by the clock, not by frames
		t.Error("the change (a new size) went unnoticed")
	}
	if w.poll(start.Add(3 * pollEvery)) {
		t.Error("one change was seen twice")
	}
}
