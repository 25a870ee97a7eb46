package main

import "image"

// regions are where the window's parts are, in screen pixels.
type regions struct {
	// list is the lesson or scenario list (or the watched file's name); lang the course's language
	// switch in its header.
	list, lang image.Rectangle
	// source is the script's source, or in the course the lesson's text.
	source            image.Rectangle
	timeline, console image.Rectangle
	// question is a prediction's prompt, under the script: empty when there is none, or when the
	// script's panel is hidden.
	question image.Rectangle
}

// regions computes the window's parts (see panels), with a prediction's prompt under the script.
// The course's parts are: a column on the left with the list above the lesson's text
// (or the script's source); on the right the timeline above the console. The course's column is
// wider: it is for reading.
func (a *App) regions() regions {
	r := a.panels()
	if _, h := a.prompt(float64(r.source.Dx())); h > 0 && !r.source.Empty() {
		h := min(int(h), r.source.Dy()/2)
		r.question = image.Rect(r.source.Min.X, r.source.Max.Y-h, r.source.Max.X, r.source.Max.Y)
		r.source.Max.Y -= h
	}
	return r
}

// panels computes the window's parts but for a prediction's prompt: in presenter mode as
// presenterRegions says, else as follows.
func (a *App) panels() regions {
	if a.scenes.Presenting() {
		return a.presenterRegions()
	}
	u := a.uiScale()
	line := 16 * u
	if a.faces != nil {
		line = a.faces.Line
	}
	w, h := a.w, a.h
	side := int(min(340*u, float64(w)*0.3))
	if a.course != nil {
		side = int(min(max(500*a.scale, float64(w)*0.42), float64(w)*0.5))
	}
	ps := a.scenes.Panels() // F6 F7 F8 hide the text, the console, the list
	listH := int(2 * line)
	if a.listMode {
		listH = int(a.listTop() + float64(a.list.Rows)*a.listRowH() + 0.5*line)
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
	if a.course != nil && a.faces != nil && !r.list.Empty() {
		sw := int(a.pen().langSwitchWidth())
		top := int(4 * u)
		r.lang = image.Rect(side-sw-int(8*u), top, side-int(8*u), top+int(line*1.15))
	}
	return r
}

// listRowH is the height of a row of the list.
func (a *App) listRowH() float64 {
	if a.faces == nil {
		return 22 * a.uiScale()
	}
	return a.faces.Line * 1.35
}

// Presenter mode's proportions: the slide takes textShare of the window's width (what the list
// leaves of it), the console consoleShare of the timeline's column; the list, when shown, listShare.
const (
	textShare    = 0.44
	consoleShare = 0.22
	listShare    = 0.22
)

// presenterRegions computes presenter mode's parts: the slide (or the script) in a column on the
// left, full height, beside the timeline, which takes the rest of the width, above the console;
// each panel only when shown (without the slide, the timeline takes the window's full width). The
// list, when shown, is a column on the far left.
func (a *App) presenterRegions() regions {
	ps := a.scenes.Presenter.Panels
	w, h := a.w, a.h
	var r regions
	x := 0
	if ps.List && a.listMode {
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
	if !r.list.Empty() && a.course != nil && a.faces != nil {
		u, sw, right := a.uiScale(), int(a.pen().langSwitchWidth()), r.list.Max.X
		r.lang = image.Rect(right-sw-int(8*u), int(4*u), right-int(8*u), int(4*u+a.faces.Line*1.15))
	}
	return r
}
