// Package ebitentest runs a package's tests inside ebiten's game loop, where images can be drawn and
// read back. Such tests need a display: run them under xvfb-run (make test-gui).
package ebitentest

import (
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// Main is a TestMain body: it opens a window of w×h, runs the tests in the first Update, and exits
// with their status. The screen is w×h, or follows the window's size when follow is true.
func Main(m *testing.M, title string, w, h int, follow bool) {
	g := &game{m: m, code: 1, w: w, h: h, follow: follow}
	ebiten.SetWindowSize(w, h)
	ebiten.SetWindowTitle(title)
	if err := ebiten.RunGame(g); err != nil {
		panic(err)
	}
	os.Exit(g.code)
}

// game runs the tests in its first Update, then ends the game.
type game struct {
	m      *testing.M
	code   int
	w, h   int
	follow bool
}

func (g *game) Update() error {
	g.code = g.m.Run()
	return ebiten.Termination
}

func (*game) Draw(*ebiten.Image) {}

func (g *game) Layout(w, h int) (int, int) {
	if g.follow {
		return w, h
	}
	return g.w, g.h
}
