package main

import (
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestMain runs the tests inside ebiten's game loop, in a real window, where images can be drawn and
// read back. It needs a display: run it under xvfb-run (make test-gui).
func TestMain(m *testing.M) {
	g := &testGame{m: m, code: 1}
	ebiten.SetWindowSize(1280, 800)
	ebiten.SetWindowTitle("futurescope-native tests")
	if err := ebiten.RunGame(g); err != nil {
		panic(err)
	}
	os.Exit(g.code)
}

// testGame runs the tests in its first Update, then ends the game.
type testGame struct {
	m    *testing.M
	code int
}

func (g *testGame) Update() error {
	g.code = g.m.Run()
	return ebiten.Termination
}

func (*testGame) Draw(*ebiten.Image) {}

func (*testGame) Layout(w, h int) (int, int) { return w, h }
