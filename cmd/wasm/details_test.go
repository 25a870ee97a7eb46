package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// TestDetailLines checks that the page gets the detail panel's lines whole, each with its tone.
func TestDetailLines(t *testing.T) {
	long := "ValueError: " + strings.Repeat("a message a learner must read in full, ", 10)
	got := detailLines([]viewstate.Line{{Text: "f2 bad(1)", Tone: viewstate.Title}, {Text: long, Tone: viewstate.Alert},
		{Text: "    return 1 / n", Tone: viewstate.Code}, {Text: "hint", Tone: viewstate.Muted}, {Text: "plain", Tone: viewstate.Tone(99)}})
	want := []any{
		map[string]any{"text": "f2 bad(1)", "tone": "title"},
		map[string]any{"text": long, "tone": "alert"},
		map[string]any{"text": "    return 1 / n", "tone": "code"},
		map[string]any{"text": "hint", "tone": "muted"},
		map[string]any{"text": "plain", "tone": "plain"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("detailLines = %v, want %v", got, want)
	}
}

func TestPanelBox(t *testing.T) {
	got := panelBox(viewstate.Rect{X: 0, Y: 600, W: 1880, H: 200}, 2)
	want := map[string]any{"x": 0.0, "y": 300.0, "w": 940.0, "h": 100.0}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("panelBox = %v, want %v (CSS pixels)", got, want)
	}
	if got := panelBox(viewstate.Rect{W: 100}, 1); got != nil {
		t.Errorf("panelBox(no height) = %v, want nil", got)
	}
}

func TestSourceLines(t *testing.T) {
	if got := sourceLines([]byte("a\nb\n")); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("sourceLines = %q", got)
	}
	if got := sourceLines(nil); got != nil {
		t.Errorf("sourceLines(nil) = %q, want nil", got)
	}
}
