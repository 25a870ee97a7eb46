//go:build js && wasm

package main

import (
	"math"
	"strconv"
	"sync"
	"syscall/js"

	"golang.org/x/image/font"
)

// A canvasRasteriser draws text with the page's own fonts on a scratch 2D canvas of the frame's
// document: any script the browser can draw, where the viewer's bundled fonts have boxes.
type canvasRasteriser struct {
	ctx js.Value
}

// pageFonts is the CSS font family the page writes with (web/static/style.css), then the browser's
// fallbacks, emoji included.
const pageFonts = `system-ui, -apple-system, "Segoe UI", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"`

// newCanvasRasteriser returns a rasteriser on a new canvas, or false where the browser has none.
func newCanvasRasteriser() (*canvasRasteriser, bool) {
	doc := js.Global().Get("document")
	if doc.IsUndefined() || doc.IsNull() {
		return nil, false
	}
	ctx := doc.Call("createElement", "canvas").Call("getContext", "2d", map[string]any{"willReadFrequently": true})
	if ctx.IsNull() || ctx.IsUndefined() {
		return nil, false
	}
	return &canvasRasteriser{ctx: ctx}, true
}

// raster implements rasteriser.
func (c *canvasRasteriser) raster(s string, size float64) raster {
	ctx := c.ctx
	font := strconv.FormatFloat(size, 'f', 2, 64) + "px " + pageFonts
	ctx.Set("font", font)
	m := ctx.Call("measureText", s)
	left := math.Ceil(m.Get("actualBoundingBoxLeft").Float())
	right := math.Ceil(m.Get("actualBoundingBoxRight").Float())
	ascent := math.Ceil(m.Get("actualBoundingBoxAscent").Float())
	descent := math.Ceil(m.Get("actualBoundingBoxDescent").Float())
	r := raster{Advance: m.Get("width").Float()}
	w, h := int(left+right)+2, int(ascent+descent)+2
	if w <= 2 || h <= 2 || w > 4096 || h > 4096 {
		return r
	}
	canvas := ctx.Get("canvas")
	if canvas.Get("width").Int() < w || canvas.Get("height").Int() < h {
		canvas.Set("width", max(w, canvas.Get("width").Int()))
		canvas.Set("height", max(h, canvas.Get("height").Int()))
		ctx.Set("font", font) // resizing a canvas resets its state
	}
	ctx.Call("clearRect", 0, 0, w, h)
	ctx.Set("fillStyle", "#000")
	ctx.Set("textBaseline", "alphabetic")
	ctx.Call("fillText", s, left+1, ascent+1)
	data := ctx.Call("getImageData", 0, 0, w, h).Get("data")
	pix := make([]byte, data.Get("length").Int())
	js.CopyBytesToGo(pix, js.Global().Get("Uint8Array").New(data.Get("buffer")))
	r.Mask = alphaOf(pix, w, h)
	r.Left, r.Top = -int(left)-1, -int(ascent)-1
	return r
}

// pageFaces returns the viewer's face of last resort (ebitenview.FontSet.Last): the page's fonts
// through a canvas, one face a size, or nil where the browser has no 2D canvas.
func pageFaces() func(size float64) font.Face {
	c, ok := newCanvasRasteriser()
	if !ok {
		return nil
	}
	var mu sync.Mutex
	faces := map[float64]*pageFace{}
	return func(size float64) font.Face {
		mu.Lock()
		defer mu.Unlock()
		if f, ok := faces[size]; ok {
			return f
		}
		f := newPageFace(c, size)
		faces[size] = f
		return f
	}
}
