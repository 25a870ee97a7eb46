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

// regions computes the window's parts (see frame.regions), with a prediction's prompt under the
// script.
func (a *App) regions() regions {
	f := frame{w: a.w, h: a.h, u: a.uiScale(), scale: a.scale, line: 16 * a.uiScale(), course: a.course != nil,
		listMode: a.listMode, presenting: a.scenes.Presenting()}
	if a.faces != nil {
		f.line, f.langW = a.faces.Line, a.pen().langSwitchWidth()
	}
	f.listH = a.listTop() + float64(a.list.Rows)*a.listRowH()
	if f.presenting {
		f.panels = a.scenes.Presenter.Panels
	} else {
		f.panels = a.scenes.Panels()
	}
	r := f.regions()
	if _, h := a.prompt(float64(r.source.Dx())); h > 0 && !r.source.Empty() {
		h := min(int(h), r.source.Dy()/2)
		r.question = image.Rect(r.source.Min.X, r.source.Max.Y-h, r.source.Max.X, r.source.Max.Y)
		r.source.Max.Y -= h
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
