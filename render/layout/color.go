package layout

import "fmt"

// A Color is an opaque sRGB colour, 0xRRGGBB.
type Color uint32

// The Okabe–Ito palette: eight colours that people with the common forms of colour blindness can tell
// apart (Okabe and Ito, "Color Universal Design", 2002). Every style and worker colour comes from it,
// or is a neutral grey.
const (
	Black         Color = 0x000000
	Orange        Color = 0xE69F00
	SkyBlue       Color = 0x56B4E9
	BluishGreen   Color = 0x009E73
	Yellow        Color = 0xF0E442
	Blue          Color = 0x0072B2
	Vermillion    Color = 0xD55E00
	ReddishPurple Color = 0xCC79A7
)

// Neutral colours, for what carries no state of its own: pending work, lane lines, text.
const (
	Grey      Color = 0x8C8C8C
	LightGrey Color = 0xD9D9D9
	DarkGrey  Color = 0x4D4D4D
	White     Color = 0xFFFFFF
)

// workerColors are the colours of the workers, in the order they first ran a task. None repeats an
// outcome marker's colour, so a result's dot or an exception's cross never melts into the bar it ends:
// bluish green (returned), vermillion (raised) and black and the greys (cancelled, cancel()) are left
// out, and so is reddish purple, the colour of done-callbacks, which run in workers too. Yellow, the
// fourth, is the lightest: labels on its bars are black (see Ink).
var workerColors = [...]Color{Blue, Orange, SkyBlue, Yellow}

// WorkerColor returns the colour of the worker numbered n (1 for the first worker that ran a task, as
// in Shape.Worker); the colours repeat after four workers, so labels and lanes tell those apart.
func WorkerColor(n int) Color {
	if n <= 0 {
		return Grey
	}
	return workerColors[(n-1)%len(workerColors)]
}

// RGB returns c's red, green and blue components.
func (c Color) RGB() (r, g, b uint8) { return uint8(c >> 16), uint8(c >> 8), uint8(c) }

// Hex returns c as CSS writes it: "#e69f00".
func (c Color) Hex() string { return fmt.Sprintf("#%06x", uint32(c)&0xFFFFFF) }

// Light returns c mixed with white, keeping the fraction keep of c (0 gives white, 1 gives c): the
// background of patterns and outlines.
func (c Color) Light(keep float64) Color {
	r, g, b := c.RGB()
	mix := func(v uint8) Color { return Color(255 - keep*float64(255-v) + 0.5) }
	return mix(r)<<16 | mix(g)<<8 | mix(b)
}

// Ink returns the colour text should have on a background of c: black on light colours, white on
// dark ones.
func (c Color) Ink() Color {
	r, g, b := c.RGB()
	if 299*int(r)+587*int(g)+114*int(b) >= 140_000 {
		return Black
	}
	return White
}
