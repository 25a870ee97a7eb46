package main

import (
	"strings"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// toneNames are the CSS classes of the detail panel's tones (web/static/timeline.html).
var toneNames = map[viewstate.Tone]string{
	viewstate.Plain: "plain", viewstate.Title: "title", viewstate.Muted: "muted",
	viewstate.Code: "code", viewstate.Alert: "alert",
}

// detailLines turns the detail panel's lines into what the page draws: {text, tone} objects, the
// text whole (the canvas cuts it to a line; the page wraps it).
func detailLines(lines []viewstate.Line) []any {
	out := make([]any, len(lines))
	for i, l := range lines {
		tone := toneNames[l.Tone]
		if tone == "" {
			tone = "plain"
		}
		out[i] = map[string]any{"text": l.Text, "tone": tone}
	}
	return out
}

// panelBox is the canvas's detail panel in CSS pixels (the canvas has scale device pixels to one),
// as {x, y, w, h}, or nil when the viewer shows no panel.
func panelBox(p viewstate.Rect, scale float64) any {
	if p.H <= 0 || p.W <= 0 || scale <= 0 {
		return nil
	}
	return map[string]any{"x": p.X / scale, "y": p.Y / scale, "w": p.W / scale, "h": p.H / scale}
}

// sourceLines splits a script into its lines, as the detail panel quotes them.
func sourceLines(src []byte) []string {
	if len(src) == 0 {
		return nil
	}
	return strings.Split(strings.TrimSuffix(string(src), "\n"), "\n")
}
