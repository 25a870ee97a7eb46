package ebitenview

import (
	"testing"

	"github.com/futurescope/futurescope/render/ebitenview/ebitentest"
)

// TestMain runs the tests inside ebiten's game loop; it needs a display (xvfb-run).
func TestMain(m *testing.M) { ebitentest.Main(m, "ebitenview tests", 320, 240, false) }
