package main

import (
	"bytes"
	"errors"
	"image"
	"image/draw"
	"image/gif"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/export"
	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/render/ebitenview/ebitentest"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

func TestExportKeysWriteFilesAndSaySo(t *testing.T) {
	cfg := testConfig(writeScript(t, "01_submit_result.py"))
	cfg.Out = t.TempDir()
	a, err := NewApp(cfg)
	if err != nil {
		t.Fatal(err)
	}
	settle(t, a, 1)
	want := map[ebiten.Key]string{ebiten.KeyP: "01_submit_result.png", ebiten.KeyG: "01_submit_result.svg",
		ebiten.KeyJ: "01_submit_result.trace.json", ebiten.KeyC: "01_submit_result.chrome.json"}
	m := viewstate.KeyMap()
	for _, k := range []ebiten.Key{ebiten.KeyP, ebiten.KeyG, ebiten.KeyJ, ebiten.KeyC} { // through the key map
		vk, _ := windowKey(k, false)
		a.press(m, intent.Press{Key: vk})
		path := filepath.Join(cfg.Out, want[k])
		if _, err := os.Stat(path); err != nil {
			t.Errorf("key %v wrote no %s in --out: %v", k, want[k], err)
		}
		if !strings.Contains(a.stage.notice.text, path) {
			t.Errorf("after %v the notice says %q, want %s named", k, a.stage.notice.text, path)
		}
	}
	img := shoot(t, a, "native-export-notice")
	if n := ebitentest.Count(img, a.regions().timeline, colHigh); n < 500 {
		t.Errorf("the notice covers %d pixels of the timeline", n)
	}
	f, _ := os.Open(filepath.Join(cfg.Out, "01_submit_result.png"))
	defer f.Close()
	shot, err := png.Decode(f)
	if err != nil || shot.Bounds().Dx() != a.win.w {
		t.Errorf("the PNG export is %v (%v), want the window", shot.Bounds(), err)
	}
	if again := a.stage.export(export.PNG, a.Snapshot); filepath.Base(again) != "01_submit_result-2.png" {
		t.Errorf("a second PNG export is %q: it must not overwrite the first", again)
	}
}

func TestGIFOfALessonBlock(t *testing.T) {
	cfg := courseConfig("en", "04")
	cfg.Block = 2
	cfg.GIF = filepath.Join(t.TempDir(), "walk.gif")
	a, err := NewApp(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for range 5000 {
		if err = a.Update(); err != nil {
			break
		}
	}
	if !errors.Is(err, ebiten.Termination) {
		t.Fatalf("Update ended with %v, want the GIF written", err)
	}
	b, err := os.ReadFile(cfg.GIF)
	if err != nil {
		t.Fatal(err)
	}
	g, err := gif.DecodeAll(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	end := a.stage.viewer.State().Scene.End
	if want := len(export.FrameTimes(end, 0)); len(g.Image) != want {
		t.Errorf("the GIF has %d frames, want %d", len(g.Image), want)
	}
	t.Logf("%s: %d frames, %d bytes, %v", a.stage.last.Key, len(g.Image), len(b), g.Image[0].Bounds())
	// Frames after the first hold what changed: draw them in turn, as a GIF viewer does.
	canvas := image.NewRGBA(g.Image[0].Rect)
	draw.Draw(canvas, canvas.Rect, g.Image[0], image.Point{}, draw.Src)
	first := image.NewRGBA(canvas.Rect)
	copy(first.Pix, canvas.Pix)
	for _, f := range g.Image[1:] {
		draw.Draw(canvas, f.Rect, f, f.Rect.Min, draw.Src)
	}
	last := canvas
	if bytes.Equal(first.Pix, last.Pix) {
		t.Error("the first and last frames are the same: the playhead did not move")
	}
	if r := a.regions(); first.Rect.Dx() != r.timeline.Dx() || first.Rect.Dy() != r.timeline.Dy()+r.console.Dy() {
		t.Errorf("the GIF is %v, want the timeline and the console", first.Rect)
	}
	ebitentest.Save(t, "native-gif-first", first)
	ebitentest.Save(t, "native-gif-last", last)
}
