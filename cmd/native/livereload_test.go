package main

import (
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/futurescope/futurescope/render/ebitenview/ebitentest"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// edit rewrites the script shown with the text replaced and runs it again, as the watcher does.
func edit(t *testing.T, a *App, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	a.scripts.reload()
}

func TestReloadRefitsARunThatGrew(t *testing.T) {
	path := writeScript(t, "01_submit_result.py")
	a, err := NewApp(testConfig(path))
	if err != nil {
		t.Fatal(err)
	}
	settle(t, a, 1)
	edit(t, a, path, "time.sleep(0.1 * n)", "time.sleep(0.5 * n)")
	settle(t, a, 2)
	s := a.stage.viewer.State()
	if s.T1 < s.Scene.End || !s.Fitted {
		t.Errorf("a run that grew to %v shows %v..%v: it runs off the edge", time.Duration(s.Scene.End), time.Duration(s.T0), time.Duration(s.T1))
	}
	a.stage.viewer.Apply(viewstate.Zoom(4, 0))
	zoomed := *a.stage.viewer.State()
	edit(t, a, path, "time.sleep(0.5 * n)", "time.sleep(0.6 * n)")
	settle(t, a, 3)
	if s := a.stage.viewer.State(); s.T0 != zoomed.T0 || s.T1 != zoomed.T1 {
		t.Errorf("the user's zoom %v..%v was replaced by %v..%v", zoomed.T0, zoomed.T1, s.T0, s.T1)
	}
}

func TestASyntaxErrorKeepsTheLastGoodRunDimmed(t *testing.T) {
	path := writeScript(t, "01_submit_result.py")
	a, err := NewApp(testConfig(path))
	if err != nil {
		t.Fatal(err)
	}
	settle(t, a, 1)
	good, viewer := a.stage.last, a.stage.viewer
	before := shoot(t, a, "native-reload-good")
	edit(t, a, path, "def work(n):", "def work(n)")
	settle(t, a, 2)
	if a.stage.last != good || a.stage.viewer != viewer || a.stage.broken == nil || !strings.Contains(a.stage.broken.Stderr, "SyntaxError: expected ':'") {
		t.Fatalf("after a syntax error: run shown %p (good %p), broken %v", a.stage.last, good, a.stage.broken != nil)
	}
	img := shoot(t, a, "native-reload-syntax-error")
	r := a.regions()
	if n := ebitentest.Count(img, r.timeline, colAlert); n < 200 {
		t.Errorf("the syntax error covers %d pixels of the timeline, want it written there", n)
	}
	if bright, dim := countSaturated(before, r), countSaturated(img, r); dim > bright/4 {
		t.Errorf("the timeline kept %d of its %d saturated pixels: it is not dimmed", dim, bright)
	}
	edit(t, a, path, "def work(n)", "def work(n):")
	settle(t, a, 3)
	if a.stage.broken != nil || a.stage.last == good {
		t.Error("a run that compiles again did not replace the dimmed one")
	}
}

// countSaturated counts the strongly coloured pixels of the timeline: its bars and markers.
func countSaturated(img *image.RGBA, r regions) int {
	n := 0
	b := r.timeline
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := img.RGBAAt(x, y)
			hi, lo := max(c.R, c.G, c.B), min(c.R, c.G, c.B)
			if hi-lo > 120 {
				n++
			}
		}
	}
	return n
}

func TestASyntaxErrorWithNoRunBeforeIsShownOverTheTimeline(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.py")
	os.WriteFile(path, []byte("def f(:\n    pass\n"), 0o644)
	a, err := NewApp(testConfig(path))
	if err != nil {
		t.Fatal(err)
	}
	settle(t, a, 1)
	if a.stage.brokenRun() != a.stage.last || !a.stage.last.Syntax {
		t.Fatalf("a script that never compiled: broken run %v", a.stage.brokenRun() != nil)
	}
	img := shoot(t, a, "native-syntax-error-first")
	if n := ebitentest.Count(img, a.regions().timeline, colAlert); n < 100 {
		t.Errorf("the syntax error covers %d pixels of the timeline, want it written there", n)
	}
}

func TestARunawayLoopIsStoppedAndEscDropsARun(t *testing.T) {
	path := filepath.Join(t.TempDir(), "spin.py")
	os.WriteFile(path, []byte("print('spinning')\nwhile True:\n    pass\n"), 0o644)
	start := time.Now()
	a, err := NewApp(testConfig(path))
	if err != nil {
		t.Fatal(err)
	}
	for a.stage.exec.Runs() == 0 && time.Since(start) < 2*time.Minute {
		a.Update()
		time.Sleep(5 * time.Millisecond)
	}
	t.Logf("a runaway loop was reported after %v of real time", time.Since(start).Round(10*time.Millisecond))
	lines := a.stage.last.Console("en", "", a.win.ui().budget)
	var text []string
	for _, l := range lines {
		text = append(text, l.Text)
	}
	if all := strings.Join(text, "\n"); !strings.Contains(all, "CPU budget") || !strings.Contains(all, "1e+08 interpreter instructions (300ms of CPU); --max-steps") {
		t.Errorf("the console says:\n%s\nwant the CPU budget named", all)
	}

	a.side.rerun()
	if !a.stage.exec.Running() {
		t.Fatal("R started no run")
	}
	a.stage.stop()
	if a.stage.exec.Running() || !strings.Contains(a.stage.notice.text, "stopped spin.py") {
		t.Errorf("after Esc: running %v, notice %q", a.stage.exec.Running(), a.stage.notice.text)
	}
	runs := a.stage.exec.Runs()
	for range 200 {
		a.Update()
	}
	if a.stage.exec.Runs() != runs {
		t.Error("the stopped run's result was shown")
	}
}
