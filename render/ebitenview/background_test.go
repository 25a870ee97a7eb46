package ebitenview

import (
	"image"
	"math/rand/v2"
	"testing"
)

// TestUncovered checks, on random bounds and holes, that the rectangles fillBackground paints cover
// every pixel outside the holes exactly once and none inside them: a pixel missed would show the
// previous frame, and one painted twice costs the software renderer for nothing.
func TestUncovered(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	rect := func() image.Rectangle {
		x, y := r.IntN(40)-5, r.IntN(40)-5
		return image.Rect(x, y, x+r.IntN(30), y+r.IntN(30))
	}
	for i := range 2000 {
		b := image.Rect(0, 0, 1+r.IntN(30), 1+r.IntN(30))
		holes := make([]image.Rectangle, r.IntN(4))
		for j := range holes {
			holes[j] = rect()
		}
		if i%3 == 0 && len(holes) > 1 { // the viewer's case: holes as wide as the bounds, one above the other
			holes[0] = image.Rect(b.Min.X+1, 2, b.Max.X-1, 8)
			holes[1] = image.Rect(b.Min.X, 8, b.Max.X, 12)
		}
		count := map[image.Point]int{}
		for _, u := range uncovered(b, holes...) {
			if u.Empty() {
				t.Fatalf("bounds %v holes %v: empty rectangle %v", b, holes, u)
			}
			for y := u.Min.Y; y < u.Max.Y; y++ {
				for x := u.Min.X; x < u.Max.X; x++ {
					count[image.Pt(x, y)]++
				}
			}
		}
		for y := b.Min.Y - 1; y <= b.Max.Y; y++ {
			for x := b.Min.X - 1; x <= b.Max.X; x++ {
				p := image.Pt(x, y)
				want := 1
				if !p.In(b) {
					want = 0
				}
				for _, h := range holes {
					if p.In(h) {
						want = 0
					}
				}
				if count[p] != want {
					t.Fatalf("bounds %v holes %v: pixel %v painted %d times, want %d", b, holes, p, count[p], want)
				}
			}
		}
	}
}
