package main

import (
	"time"

	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/render/ebitenview"
)

// A window is what every part of the desktop window shares: the command line, the screen's size,
// the fonts at the size drawn, the clock, the language written in, and the scene manager (the scene
// shown, presenter mode, the prediction over it and the size steps), which decides that size. Each
// part holds the window and draws from it; none owns it.
type window struct {
	cfg        Config
	fonts      *ebitenview.FontSet
	faces      *ebitenview.Faces // the faces at facesScale; nil until the first tick
	facesScale float64
	w, h       int     // the screen's size in pixels
	scale      float64 // the device scale factor
	clock      func() time.Time
	lang       string // the course's language, else "en"
	scenes     scene.Manager
}

// uiScale is the scale everything is drawn at: the device's, grown with the window in presenter
// mode, times the size Ctrl+ and Ctrl− chose (see scene.Scale).
func (w *window) uiScale() float64 {
	return scene.Scale(w.w, w.h, w.scale, w.scenes.Presenting(), w.scenes.Size)
}

// timelineScale is the scale the timeline is drawn at: the window's, but a little smaller in
// presenter mode, where the slide's text is the one to read from the back of the room and the
// timeline needs its rows.
func (w *window) timelineScale() float64 {
	if w.scenes.Presenting() {
		return max(w.uiScale()*scene.TimelineShare, w.scale)
	}
	return w.uiScale()
}

// fitFaces makes the faces those of the scale drawn at, after the window or the size changed.
func (w *window) fitFaces() {
	if s := w.uiScale(); w.faces == nil || w.facesScale != s {
		w.faces, w.facesScale = w.fonts.Faces(ebitenview.BaseSize*s), s
	}
}

// pen returns the window's pen at its current size.
func (w *window) pen() pen { return pen{f: w.faces, u: w.uiScale()} }

// ui returns the window's words in the language shown: the course's, else English.
func (w *window) ui() uiText {
	if t, ok := uiTexts[w.lang]; ok {
		return t
	}
	return uiTexts["en"]
}

// interactive reports whether the window takes keys and the pointer: --png and --gif take none.
func (w *window) interactive() bool { return w.cfg.PNG == "" && w.cfg.GIF == "" }
