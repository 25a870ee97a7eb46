package main

import (
	"errors"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/export"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// offscreen writes what --png and --gif ask for, once the first run is shown, then ends the game:
// those windows take no keys and show no pointer.
type offscreen struct {
	saved bool // the frame or the walkthrough was written
}

// write writes the --gif walkthrough, else the --png frame, of a's first run once it is shown, and
// returns ebiten.Termination once it has.
func (o *offscreen) write(a *App) error {
	if o.saved || a.stage.viewer == nil || a.stage.exec.Running() {
		return nil
	}
	o.saved = true
	var err error
	if a.win.cfg.GIF != "" {
		err = o.saveGIF(a)
	} else {
		err = writePNG(a.win.cfg.PNG, a.Snapshot())
	}
	if err != nil {
		return err
	}
	return ebiten.Termination
}

// writePNG writes img to path as a PNG.
func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("png: %w", err)
	}
	return errors.Join(png.Encode(f, img), f.Close())
}

// GIF timing, in hundredths of a second: each frame, and the last one.
const (
	gifDelay = 10
	gifHold  = 300
)

// saveGIF writes the --gif walkthrough: the timeline and console with the playhead at 0, then every
// --every of virtual time, then at the run's end.
func (o *offscreen) saveGIF(a *App) error {
	end := a.stage.viewer.State().Scene.End
	times := export.FrameTimes(end, int64(a.win.cfg.Every))
	first, last := o.frameAt(a, times[0]), o.frameAt(a, end)
	anim := export.NewAnimation([]*image.RGBA{first, last}, gifDelay)
	anim.Add(first)
	for _, t := range times[1 : len(times)-1] {
		anim.Add(o.frameAt(a, t))
	}
	if len(times) > 1 {
		anim.Add(last)
	}
	f, err := os.Create(a.win.cfg.GIF)
	if err != nil {
		return fmt.Errorf("gif: %w", err)
	}
	if err := errors.Join(anim.Encode(f, gifHold), f.Close()); err != nil {
		return fmt.Errorf("gif: %s: %w", filepath.Base(a.win.cfg.GIF), err)
	}
	return nil
}

// frameAt draws the timeline and the console with the playhead at virtual time t: the column a
// slide needs (the lesson's text is on the slide already), half the window's pixels.
func (o *offscreen) frameAt(a *App, t int64) *image.RGBA {
	a.stage.viewer.Apply(viewstate.Seek(t))
	r := a.regions()
	a.side.follow(r)
	img := a.Snapshot().SubImage(r.timeline.Union(r.console)).(*image.RGBA)
	out := image.NewRGBA(image.Rect(0, 0, img.Rect.Dx(), img.Rect.Dy()))
	draw.Draw(out, out.Rect, img, img.Rect.Min, draw.Src)
	return out
}
