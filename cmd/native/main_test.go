package main

import (
	"testing"

	"github.com/futurescope/futurescope/render/ebitenview/ebitentest"
)

// TestMain runs the tests inside ebiten's game loop, in a real window; it needs a display
// (xvfb-run, make test-gui).
func TestMain(m *testing.M) { ebitentest.Main(m, "futurescope-native tests", 1280, 800, true) }
