package main

import "image"

// regions are where the window's parts are, in screen pixels.
type regions struct {
	list, source, timeline, console image.Rectangle
}

// regions computes the window's parts: a column on the left with the scenario list (or the watched
// file's name) above the source; on the right the timeline above the console.
func (a *App) regions() regions {
	u := a.uiScale()
	line := 16 * u
	if a.faces != nil {
		line = a.faces.Line
	}
	w, h := a.w, a.h
	side := int(min(340*u, float64(w)*0.3))
	listH := int(2 * line)
	if a.listMode {
		listH = int(line*2.2 + float64(min(len(a.scenarios), 10))*a.listRowH())
	}
	consoleH := int(min(8*line, float64(h)*0.2))
	return regions{
		list:     image.Rect(0, 0, side, listH),
		source:   image.Rect(0, listH, side, h),
		timeline: image.Rect(side, 0, w, h-consoleH),
		console:  image.Rect(side, h-consoleH, w, h),
	}
}

// listRowH is the height of a row of the scenario list.
func (a *App) listRowH() float64 {
	if a.faces == nil {
		return 22 * a.uiScale()
	}
	return a.faces.Line * 1.35
}

// listRow returns the scenario at height y of the list, or -1.
func (a *App) listRow(list image.Rectangle, y int) int {
	top := float64(list.Min.Y) + a.faces.Line*1.7
	i := int((float64(y) - top) / a.listRowH())
	if float64(y) < top || i >= len(a.scenarios) || i >= 10 {
		return -1
	}
	return i
}
