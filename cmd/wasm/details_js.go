//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// A detailsKey is what the page's detail panel shows depends on: when it changes, the panel is
// written again.
type detailsKey struct {
	selected viewstate.Target
	playhead int64
	lang     string
	loaded   int
	panel    viewstate.Rect
	scale    float64
}

// pushDetails gives the page the selection's details whole, when they changed: the canvas's panel
// cuts each to a line, and the page (timeline.js: globalThis.futurescopeDetails(lines, box)) lays
// them over it, wrapped, selectable and scrollable, in the page's fonts. With nothing selected it
// passes null, and the canvas's own panel (the events at the playhead) shows.
func (tl *timeline) pushDetails() {
	fn := js.Global().Get("futurescopeDetails")
	if fn.Type() != js.TypeFunction {
		return
	}
	s := tl.viewer.State()
	g := tl.viewer.Geometry()
	key := detailsKey{selected: s.Selected, playhead: s.Playhead, lang: tl.viewer.Lang(), loaded: tl.snap.Loaded, panel: g.Panel, scale: tl.scale}
	if key == tl.details {
		return
	}
	tl.details = key
	if s.Selected.IsZero() {
		fn.Invoke(js.Null(), js.Null())
		return
	}
	lines := viewstate.WordsFor(tl.viewer.Lang()).Details(s, tl.src)
	fn.Invoke(detailLines(lines), panelBox(g.Panel, tl.scale))
}
