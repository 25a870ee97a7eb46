package ebitenview

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// A glyphCache keeps the glyphs of the strings a viewer writes, laid out once: a frame writes the same
// lane labels, states, tick labels and legend as the one before, and laying a string out (shaping it,
// looking up each glyph's image) costs as much Go time as drawing it. The glyphs' images stay valid
// while held, even once text/v2's own cache lets go of them.
type glyphCache struct {
	glyphs map[glyphKey][]text.Glyph
}

type glyphKey struct {
	face text.Face
	s    string
}

// maxCachedStrings bounds the cache: when full, it starts again empty (a frame writes a few hundred
// strings; scrolling through 100,000 lanes writes new ones every frame).
const maxCachedStrings = 4096

// layout returns s's glyphs in face, drawn at the origin, as text.AppendGlyphs lays them out.
func (c *glyphCache) layout(s string, face text.Face) []text.Glyph {
	k := glyphKey{face, s}
	if gs, ok := c.glyphs[k]; ok {
		return gs
	}
	if c.glyphs == nil || len(c.glyphs) >= maxCachedStrings {
		c.glyphs = make(map[glyphKey][]text.Glyph, 256)
	}
	gs := text.AppendGlyphs(nil, s, face, &text.LayoutOptions{})
	c.glyphs[k] = gs
	return gs
}

// draw writes s as DrawText does (the same pixels: text.Draw's steps, with the layout cached).
func (c *glyphCache) draw(dst *ebiten.Image, s string, face text.Face, x, y float64, col color.Color) {
	if s == "" {
		return
	}
	var at ebiten.GeoM
	at.Translate(x, y)
	op := &ebiten.DrawImageOptions{}
	op.ColorScale.ScaleWithColor(col)
	for _, g := range c.layout(visual(s), face) {
		if g.Image == nil {
			continue
		}
		op.GeoM.Reset()
		op.GeoM.Translate(g.X, g.Y)
		op.GeoM.Concat(at)
		dst.DrawImage(g.Image, op)
	}
}

// drawText is DrawText with the viewer's glyph cache.
func (v *Viewer) drawText(dst *ebiten.Image, s string, face text.Face, x, y float64, c color.Color) {
	v.glyphs.draw(dst, s, face, x, y, c)
}

// drawTextRight is DrawTextRight with the viewer's glyph cache.
func (v *Viewer) drawTextRight(dst *ebiten.Image, s string, face text.Face, x, y float64, c color.Color) {
	v.glyphs.draw(dst, s, face, x-text.Advance(s, face), y, c)
}

// drawTextMiddle is DrawTextMiddle with the viewer's glyph cache.
func (v *Viewer) drawTextMiddle(dst *ebiten.Image, s string, face text.Face, x, mid float64, c color.Color) {
	m := face.Metrics()
	v.glyphs.draw(dst, s, face, x, mid-(m.HAscent+m.HDescent)/2, c)
}
