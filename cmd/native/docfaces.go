package main

import (
	"bytes"
	"sync"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/gofont/goitalic"

	"github.com/futurescope/futurescope/cmd/native/doclayout"
	"github.com/futurescope/futurescope/render/ebitenview"
)

// Sizes of the lesson text, in logical pixels: a little larger than the panels' text, for reading.
const (
	textSize = ebitenview.BaseSize + 1
	codeSize = ebitenview.BaseSize - 0.5
)

// headingSizes are the sizes of headings of level 1, 2 and 3, relative to textSize.
var headingSizes = [3]float64{1.5, 1.25, 1.1}

// docFaces are the faces of a lesson's text at one scale; they measure it for doclayout.
type docFaces struct {
	faces [doclayout.Heading3 + 1]text.Face
}

// presentCode is the size of a slide's code relative to the lesson text's code: smaller, so that a
// script's lines fit the slide's column beside the timeline while its prose is large for the room.
const presentCode = 0.78

// newDocFaces returns the faces of fonts for a lesson's text at scale s, its code at code times its
// usual size. *emphasis* is Go Italic (with fonts' fallbacks, so Chinese in it reads, upright).
func newDocFaces(fonts *ebitenview.FontSet, s, code float64) *docFaces {
	body, mono := fonts.Faces(textSize*s), fonts.Faces(codeSize*s*code)
	d := &docFaces{}
	d.faces[doclayout.Body] = body.Sans
	d.faces[doclayout.Bold] = body.Bold
	d.faces[doclayout.Italic] = italicFace(fonts, textSize*s)
	d.faces[doclayout.Mono] = mono.Mono
	d.faces[doclayout.Code] = mono.Mono
	d.faces[doclayout.SmallMono] = mono.SmallMono
	d.faces[doclayout.Small] = mono.Small
	for i, k := range headingSizes {
		d.faces[doclayout.Heading1+doclayout.Font(i)] = fonts.Faces(textSize * s * k).Bold
	}
	return d
}

// face returns the face of f.
func (d *docFaces) face(f doclayout.Font) text.Face { return d.faces[f] }

// Advance implements doclayout.Measurer.
func (d *docFaces) Advance(s string, f doclayout.Font) float64 { return text.Advance(s, d.faces[f]) }

// Ascent implements doclayout.Measurer.
func (d *docFaces) Ascent(f doclayout.Font) float64 { return d.faces[f].Metrics().HAscent }

// Height implements doclayout.Measurer.
func (d *docFaces) Height(f doclayout.Font) float64 {
	m := d.faces[f].Metrics()
	return m.HAscent + m.HDescent + m.HLineGap
}

var goItalic = sync.OnceValue(func() *text.GoTextFaceSource {
	s, _ := text.NewGoTextFaceSource(bytes.NewReader(goitalic.TTF))
	return s // nil only if the bundled font were broken: italicFace then writes upright
})

// italicFace returns Go Italic at size, falling back to fonts' faces for what it lacks.
func italicFace(fonts *ebitenview.FontSet, size float64) text.Face {
	src := goItalic()
	if src == nil {
		return fonts.Faces(size).Sans
	}
	faces := []text.Face{&text.GoTextFace{Source: src, Size: size}}
	for _, fb := range fonts.Fallbacks {
		faces = append(faces, &text.GoTextFace{Source: fb, Size: size})
	}
	mf, err := text.NewMultiFace(faces...)
	if err != nil {
		return faces[0]
	}
	return mf
}
