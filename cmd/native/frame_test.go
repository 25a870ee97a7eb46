package main

import (
	"image"
	"testing"

	"github.com/futurescope/futurescope/cmd/native/scene"
)

// TestFramePartsTileTheWindow lays out the window's parts without a display, in the course and in
// presenter mode, with panels hidden: the shown parts cover the window without overlapping, a hidden
// panel takes no room, and the timeline always has some.
func TestFramePartsTileTheWindow(t *testing.T) {
	all := scene.Panels{Text: true, Console: true, List: true}
	tests := []struct {
		name             string
		f                frame
		noSource, noList bool
		timelineX        int
	}{
		{name: "course", f: frame{w: 1280, h: 800, u: 1, scale: 1, line: 20, course: true, listMode: true, listH: 300, langW: 60, panels: all}},
		{name: "course, text and list hidden", f: frame{w: 1280, h: 800, u: 1, scale: 1, line: 20, course: true, listMode: true, listH: 300, panels: scene.Panels{Console: true}}, noSource: true, noList: true},
		{name: "presenter", f: frame{w: 1920, h: 1080, u: 1.5, scale: 1, line: 30, course: true, listMode: true, presenting: true, panels: scene.Panels{Text: true, Console: true}}, noList: true, timelineX: 844},
		{name: "presenter, slide hidden", f: frame{w: 1920, h: 1080, u: 1.5, scale: 1, line: 30, course: true, presenting: true, panels: scene.Panels{Console: true}}, noSource: true, noList: true},
	}
	for _, tt := range tests {
		r := tt.f.regions()
		parts := map[string]struct{ empty, want bool }{
			"list": {r.list.Empty(), !tt.noList}, "source": {r.source.Empty(), !tt.noSource},
		}
		for name, p := range parts {
			if p.empty == p.want {
				t.Errorf("%s: the %s is shown %v, want %v", tt.name, name, !p.empty, p.want)
			}
		}
		if r.timeline.Dx() < tt.f.w/3 || r.timeline.Dy() < tt.f.h/2 {
			t.Errorf("%s: the timeline is %v, too small", tt.name, r.timeline)
		}
		if tt.noSource && tt.noList && r.timeline.Min.X != 0 {
			t.Errorf("%s: without the text and the list the timeline starts at x=%d, want 0", tt.name, r.timeline.Min.X)
		}
		if tt.timelineX > 0 && r.timeline.Min.X != tt.timelineX {
			t.Errorf("%s: the timeline starts at x=%d, want %d", tt.name, r.timeline.Min.X, tt.timelineX)
		}
		shown := []struct {
			name string
			r    image.Rectangle
		}{{"list", r.list}, {"source", r.source}, {"timeline", r.timeline}, {"console", r.console}}
		area := 0
		for i, a := range shown {
			area += a.r.Dx() * a.r.Dy()
			for _, b := range shown[i+1:] {
				if a.r.Overlaps(b.r) {
					t.Errorf("%s: the %s %v overlaps the %s %v", tt.name, a.name, a.r, b.name, b.r)
				}
			}
		}
		if want := tt.f.w * tt.f.h; area != want {
			t.Errorf("%s: the parts cover %d pixels of the window's %d", tt.name, area, want)
		}
		if tt.f.langW > 0 && !r.list.Empty() && !r.lang.In(r.list) {
			t.Errorf("%s: the language switch %v is outside the list %v", tt.name, r.lang, r.list)
		}
	}
}
