package ebitenview

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font"
)

// BaseSize is the size, in logical pixels, of the viewer's ordinary text.
const BaseSize = 13

// A FontSet is the fonts a viewer writes with: a proportional font, its bold, and a monospaced
// font, plus fallbacks for the characters they lack (a CJK font, once the lessons bring one).
type FontSet struct {
	Sans, Bold, Mono *text.GoTextFaceSource
	// Fallbacks are tried in order for characters the three fonts lack.
	Fallbacks []*text.GoTextFaceSource
	// Last, when set, makes the face of last resort at a size in pixels: it draws every character
	// the fonts above lack, where they would draw a box. The browser's timeline passes one that
	// rasterises characters with the page's own fonts (cmd/wasm), so whatever a script prints reads
	// as text in any script the browser can draw.
	Last func(size float64) font.Face
}

// WithLast returns a copy of f whose face of last resort is made by last (see FontSet.Last).
func (f *FontSet) WithLast(last func(size float64) font.Face) *FontSet {
	g := *f
	g.Fallbacks = append([]*text.GoTextFaceSource(nil), f.Fallbacks...)
	g.Last = last
	return &g
}

var defaultFonts struct {
	once sync.Once
	set  *FontSet
	err  error
}

// DefaultFonts returns the Go fonts (Go Regular, Go Bold and Go Mono, bundled with the binary:
// in full on the desktop, cut down to Latin-1, punctuation, arrows, mathematical operators and
// shapes in the browser, fonts_go.go), parsed once, with the system's CJK font, if any, and then a bundled
// subset of one (the viewer's Chinese words) as fallbacks.
func DefaultFonts() (*FontSet, error) {
	defaultFonts.once.Do(func() {
		parse := func(name string, ttf []byte) *text.GoTextFaceSource {
			s, err := text.NewGoTextFaceSource(bytes.NewReader(ttf))
			if err != nil && defaultFonts.err == nil {
				defaultFonts.err = fmt.Errorf("ebitenview: font %s: %v", name, err)
			}
			return s
		}
		defaultFonts.set = &FontSet{
			Sans: parse("Go Regular", goRegularTTF),
			Bold: parse("Go Bold", goBoldTTF),
			Mono: parse("Go Mono", goMonoTTF),
			// Fallbacks: a CJK font of the system, when there is one, then the bundled subset.
			Fallbacks: cjkFallbacks(),
		}
	})
	return defaultFonts.set, defaultFonts.err
}

// Faces are a font set's faces at one size, and the sizes layout needs.
type Faces struct {
	// Size is the ordinary text's size in pixels.
	Size float64
	// Sans, Bold and Mono write ordinary text; Small and SmallMono write secondary text (0.85 of
	// the size); Title writes headings (1.15).
	Sans, Bold, Mono, Small, SmallMono, Title text.Face
	// Char and SmallChar are the advances of a character of Mono and SmallMono; Line is the height
	// of a line of Sans.
	Char, SmallChar, Line float64
}

// Faces returns the faces of f at size pixels.
func (f *FontSet) Faces(size float64) *Faces {
	fs := &Faces{
		Size:      size,
		Sans:      f.face(f.Sans, size),
		Bold:      f.face(f.Bold, size),
		Mono:      f.face(f.Mono, size),
		Small:     f.face(f.Sans, size*0.85),
		SmallMono: f.face(f.Mono, size*0.85),
		Title:     f.face(f.Bold, size*1.15),
	}
	fs.Char = text.Advance("0", fs.Mono)
	fs.SmallChar = text.Advance("0000000000", fs.SmallMono) / 10
	m := fs.Sans.Metrics()
	fs.Line = m.HAscent + m.HDescent + m.HLineGap
	return fs
}

// face returns src at size, falling back to f.Fallbacks, then f.Last, for missing characters.
func (f *FontSet) face(src *text.GoTextFaceSource, size float64) text.Face {
	base := &text.GoTextFace{Source: src, Size: size}
	if len(f.Fallbacks) == 0 && f.Last == nil {
		return base
	}
	faces := []text.Face{base}
	for _, fb := range f.Fallbacks {
		faces = append(faces, &text.GoTextFace{Source: fb, Size: size})
	}
	if f.Last != nil {
		faces = append(faces, text.NewGoXFace(f.Last(size)))
	}
	mf, err := text.NewMultiFace(faces...)
	if err != nil {
		return base
	}
	return mf
}
