package ebitenview

import (
	"image"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// A Game shows one Viewer as the whole window, drawn at the screen's device scale so that it stays
// sharp on high-DPI screens.
type Game struct {
	Viewer *Viewer
	w, h   int
	scale  float64
}

// Update places the viewer in the window and updates it; playback follows the real clock.
func (g *Game) Update() error {
	if g.Viewer.clock == nil {
		g.Viewer.clock = time.Now
	}
	if g.w > 0 {
		g.Viewer.SetBounds(image.Rect(0, 0, g.w, g.h), g.scale)
	}
	g.Viewer.Update()
	return nil
}

// Draw draws the viewer.
func (g *Game) Draw(screen *ebiten.Image) { g.Viewer.Draw(screen) }

// Layout makes the screen as many pixels as the window has device pixels.
func (g *Game) Layout(outsideWidth, outsideHeight int) (int, int) {
	g.scale = ebiten.Monitor().DeviceScaleFactor()
	g.w, g.h = int(float64(outsideWidth)*g.scale), int(float64(outsideHeight)*g.scale)
	return g.w, g.h
}
