package main

import (
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"

	"github.com/hajimehoshi/ebiten/v2"
)

// savePNG writes the --png frame once the first run is shown, then ends the game.
func (a *App) savePNG() error {
	if a.saved || a.viewer == nil || a.exec.running {
		return nil
	}
	a.saved = true
	if err := a.writePNG(a.cfg.PNG); err != nil {
		return err
	}
	return ebiten.Termination
}

// writePNG draws the window offscreen at its size and writes it to path as a PNG.
func (a *App) writePNG(path string) error {
	img := a.Snapshot()
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("png: %w", err)
	}
	return errors.Join(png.Encode(f, img), f.Close())
}

// Snapshot draws the window into an offscreen image and returns its pixels.
func (a *App) Snapshot() *image.RGBA {
	off := ebiten.NewImage(a.w, a.h)
	defer off.Deallocate()
	a.Draw(off)
	pix := image.NewRGBA(image.Rect(0, 0, a.w, a.h))
	off.ReadPixels(pix.Pix)
	return pix
}
