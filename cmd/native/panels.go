package main

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// Colours of the panels around the timeline.
var (
	colWhite  = color.RGBA{0xff, 0xff, 0xff, 0xff}
	colInk    = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	colMuted  = color.RGBA{0x6a, 0x6a, 0x6a, 0xff}
	colFaint  = color.RGBA{0xb0, 0xb0, 0xb0, 0xff}
	colSide   = color.RGBA{0xf7, 0xf7, 0xf5, 0xff}
	colBorder = color.RGBA{0xc8, 0xc8, 0xc8, 0xff}
	colHigh   = color.RGBA{0xff, 0xe8, 0x8a, 0xff}
	colSel    = color.RGBA{0xdc, 0xe9, 0xf7, 0xff}
	colFocus  = color.RGBA{0x00, 0x72, 0xb2, 0xff}
	colAlert  = color.RGBA{0xd5, 0x5e, 0x00, 0xff}
)

// fillRect fills r's part x, y, w, h.
func fillRect(dst *ebiten.Image, x, y, w, h float64, c color.Color) {
	vector.DrawFilledRect(dst, float32(x), float32(y), float32(w), float32(h), c, false)
}

// drawFrames draws the borders between the parts.
func drawFrames(dst *ebiten.Image, w *window, r regions, listMode bool) {
	u := w.uiScale()
	if w.scenes.Presenting() {
		for _, side := range []image.Rectangle{r.list, r.source} {
			if !side.Empty() {
				fillRect(dst, float64(side.Max.X)-u, 0, u, float64(w.h), colBorder)
			}
		}
		if !r.console.Empty() {
			fillRect(dst, float64(r.console.Min.X), float64(r.console.Min.Y), float64(r.console.Dx()), u, colBorder)
		}
		return
	}
	fillRect(dst, float64(r.list.Max.X)-u, 0, u, float64(w.h), colBorder)
	fillRect(dst, float64(r.console.Min.X), float64(r.console.Min.Y), float64(r.console.Dx()), u, colBorder)
	if listMode {
		fillRect(dst, 0, float64(r.list.Max.Y)-u, float64(r.list.Dx()), u, colBorder)
	}
}
