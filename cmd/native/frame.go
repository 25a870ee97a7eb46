package main

import (
	"image"

	"github.com/futurescope/futurescope/cmd/native/scene"
)

// A frame is what the window's parts depend on, so that where they go is decided without a display.
type frame struct {
	w, h int
	// u is the interface's scale, scale the device's; line is a line of text's height.
	u, scale, line float64
	// course says the course is open: a wider column for reading, and a language switch.
	course bool
	// listMode says the list of lessons or scenarios is shown (else only the watched file's name);
	// listH is its height, header and rows, when it is.
	listMode bool
	listH    float64
	// langW is the language switch's width; 0 without fonts, when there is none.
	langW float64
	// presenting says presenter mode is on; panels are the panels shown.
	presenting bool
	panels     scene.Panels
}

// regions computes the window's parts but for a prediction's prompt: in presenter mode as presenter
// says, else the course's. The course's parts are: a column on the left with the list above the
// lesson's text (or the script's source); on the right the timeline above the console. The course's
// column is wider: it is for reading. F6 F7 F8 hide the text, the console, the list.
func (f frame) regions() regions {
	if f.presenting {
		return f.presenter()
	}
	u, line, w, h, ps := f.u, f.line, f.w, f.h, f.panels
	side := int(min(340*u, float64(w)*0.3))
	if f.course {
		side = int(min(max(500*f.scale, float64(w)*0.42), float64(w)*0.5))
	}
	listH := int(2 * line)
	if f.listMode {
		listH = int(f.listH + 0.5*line)
	}
	switch {
	case !ps.List && !ps.Text:
		side = 0
	case !ps.List:
		listH = 0
	case !ps.Text:
		listH = h
	}
	consoleH := int(min(8*line, float64(h)*0.2))
	if !ps.Console {
		consoleH = 0
	}
	r := regions{
		list:     image.Rect(0, 0, side, listH),
		source:   image.Rect(0, listH, side, h),
		timeline: image.Rect(side, 0, w, h-consoleH),
		console:  image.Rect(side, h-consoleH, w, h),
	}
	if f.course && f.langW > 0 && !r.list.Empty() {
		top := int(4 * u)
		r.lang = image.Rect(side-int(f.langW)-int(8*u), top, side-int(8*u), top+int(line*1.15))
	}
	return r
}

// Presenter mode's proportions: the slide takes textShare of the window's width (what the list
// leaves of it), the console consoleShare of the timeline's column; the list, when shown, listShare.
const (
	textShare    = 0.44
	consoleShare = 0.22
	listShare    = 0.22
)

// presenter computes presenter mode's parts: the slide (or the script) in a column on the left, full
// height, beside the timeline, which takes the rest of the width, above the console; each panel only
// when shown (without the slide, the timeline takes the window's full width). The list, when shown,
// is a column on the far left.
func (f frame) presenter() regions {
	ps, w, h := f.panels, f.w, f.h
	var r regions
	x := 0
	if ps.List && f.listMode {
		x = int(float64(w) * listShare)
		r.list = image.Rect(0, 0, x, h)
	}
	if ps.Text {
		split := x + int(float64(w-x)*textShare)
		r.source = image.Rect(x, 0, split, h)
		x = split
	}
	bottom := h
	if ps.Console {
		bottom = h - int(float64(h)*consoleShare)
		r.console = image.Rect(x, bottom, w, h)
	}
	r.timeline = image.Rect(x, 0, w, bottom)
	if !r.list.Empty() && f.course && f.langW > 0 {
		u, right := f.u, r.list.Max.X
		r.lang = image.Rect(right-int(f.langW)-int(8*u), int(4*u), right-int(8*u), int(4*u+f.line*1.15))
	}
	return r
}
