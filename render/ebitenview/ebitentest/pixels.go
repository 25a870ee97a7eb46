package ebitentest

import (
	"flag"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// shots is where Save writes the tests' screenshots (-shots DIR), to look at them.
var shots = flag.String("shots", "", "write the test screenshots into `DIR`")

// Save writes img as DIR/name.png when the test ran with -shots DIR.
func Save(t testing.TB, name string, img image.Image) {
	t.Helper()
	if *shots == "" {
		return
	}
	f, err := os.Create(filepath.Join(*shots, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// Count returns how many pixels of r in img have colour c.
func Count(img *image.RGBA, r image.Rectangle, c color.RGBA) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if img.RGBAAt(x, y) == c {
				n++
			}
		}
	}
	return n
}
