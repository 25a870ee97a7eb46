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
	w := a.win
	f := frame{w: w.w, h: w.h, u: w.uiScale(), scale: w.scale, line: 16 * w.uiScale(), course: a.course != nil,
		listMode: a.side.lister().Listed, presenting: w.scenes.Presenting()}
	if w.faces != nil {
		f.line, f.langW = w.faces.Line, w.pen().langSwitchWidth()
	}
	f.listH = a.list.height(a.side)
	if f.presenting {
		f.panels = w.scenes.Presenter.Panels
	} else {
		f.panels = w.scenes.Panels()
	}
	r := f.regions()
	if _, h := a.stage.pred.prompt(float64(r.source.Dx())); h > 0 && !r.source.Empty() {
		h := min(int(h), r.source.Dy()/2)
		r.question = image.Rect(r.source.Min.X, r.source.Max.Y-h, r.source.Max.X, r.source.Max.Y)
		r.source.Max.Y -= h
	}
	return r
}
