package export

import (
	"image"
	"image/color"
	"io"
	"testing"
)

// timelineLike returns a 743 × 800 frame shaped like a walkthrough's: white, flat bars, a grey grid
// and anti-aliased edges, shifted by off pixels.
func timelineLike(off int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 743, 800))
	for y := range 800 {
		for x := range 743 {
			c := color.RGBA{255, 255, 255, 255}
			switch {
			case (x+off)%70 == 0:
				c = color.RGBA{0xe0, 0xe0, 0xe0, 255}
			case y%41 < 18 && x > 240+off && x < 300+y/2+off:
				c = color.RGBA{0x00, 0x72, 0xb2, 255}
			case y%41 == 18:
				c = color.RGBA{uint8(128 + x%64), uint8(128 + x%64), uint8(128 + x%64), 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img
}

// BenchmarkWalkthroughFrame measures adding one frame of a walkthrough to an animation: turning it
// into the palette's colours and finding what changed.
func BenchmarkWalkthroughFrame(b *testing.B) {
	frames := []*image.RGBA{timelineLike(0), timelineLike(3)}
	a := NewAnimation(frames, 10)
	b.ResetTimer()
	for i := range b.N {
		a.Add(frames[i%2])
	}
	b.StopTimer()
	a.Encode(io.Discard, 100)
}
