package intent

import (
	"slices"
	"testing"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// intentsOf returns the intents of keys (each without Shift) in context c.
func intentsOf(c Context, keys ...viewstate.Key) []string {
	var ps []Press
	for _, k := range keys {
		ps = append(ps, Press{Key: k})
	}
	var out []string
	for _, in := range FromKeys(viewstate.KeyMap(), ps, c) {
		out = append(out, in.String())
	}
	return out
}

// The window's keys mean one thing wherever the focus is.
func TestWindowKeysAreTheSameEverywhere(t *testing.T) {
	keys := []viewstate.Key{".", ",", "r", "R", "7", "f", "l", "p", "g", "j", "c", viewstate.KeyF11, viewstate.KeyF6,
		viewstate.KeyF7, viewstate.KeyF8, viewstate.KeyCtrlPlus, viewstate.KeyCtrlMinus, viewstate.KeyCtrl0, "q", "a", viewstate.KeyEscape}
	want := []string{"block(1)", "block(-1)", "rerun", "rerun", "digit(7)", "present", "lang", "export(png)", "export(svg)",
		"export(trace)", "export(chrome)", "fullscreen", "panel(1)", "panel(2)", "panel(3)", "size(1)", "size(-1)", "size(0)",
		"predict", "answer", "stop"}
	for _, c := range []Context{{Focus: Timeline}, {Focus: ListPart}, {Focus: TextPart}, {Focus: Timeline, Presenter: true}} {
		if got := intentsOf(c, keys...); !slices.Equal(got, want) {
			t.Errorf("%+v:\n got %v\nwant %v", c, got, want)
		}
	}
}

// The timeline's own keys make no window intent: the viewer reads them. [ ] are speed only.
func TestTimelineKeysAreNotTheWindows(t *testing.T) {
	for _, c := range []Context{{Focus: Timeline}, {Focus: TextPart}, {Presenter: true}} {
		if got := intentsOf(c, viewstate.KeySpace, viewstate.KeyLeft, viewstate.KeyRight, "[", "]", "z", "v", "+"); len(got) > 0 {
			t.Errorf("%+v: timeline keys made window intents %v", c, got)
		}
	}
}

// The arrows up and down, PgUp, PgDn, Home, End and Enter move within the list or the text when one
// has the focus, and are the timeline's otherwise; in presenter mode PgUp and PgDn turn the slides,
// as a presenter's clicker sends them, wherever the focus is.
func TestFocusedKeysAndSlides(t *testing.T) {
	keys := []viewstate.Key{viewstate.KeyDown, viewstate.KeyPageDown, viewstate.KeyPageUp, viewstate.KeyEnter}
	if got := intentsOf(Context{Focus: Timeline}, keys...); len(got) > 0 {
		t.Errorf("timeline focused: %v, want none (the viewer's)", got)
	}
	if got, want := intentsOf(Context{Focus: TextPart}, keys...), []string{"move(2)", "move(4)", "move(3)", "move(7)"}; !slices.Equal(got, want) {
		t.Errorf("text focused: %v, want %v", got, want)
	}
	for _, f := range []Part{Timeline, TextPart, ListPart} {
		if got, want := intentsOf(Context{Focus: f, Presenter: true}, viewstate.KeyPageDown, viewstate.KeyPageUp), []string{"slide(1)", "slide(-1)"}; !slices.Equal(got, want) {
			t.Errorf("presenter, focus %d: %v, want %v", f, got, want)
		}
	}
	m := viewstate.KeyMap()
	if !Withheld(m, viewstate.KeyPageDown, false, Context{Presenter: true}) || Withheld(m, viewstate.KeyPageDown, false, Context{}) {
		t.Errorf("PgDn reaches the timeline in presenter mode, or not outside it")
	}
	if !Withheld(m, viewstate.KeyDown, false, Context{Focus: ListPart}) || Withheld(m, viewstate.KeyRight, false, Context{Focus: ListPart}) {
		t.Errorf("↓ reaches the timeline with the list focused, or → does not")
	}
}

// Shift+Tab moves the focus back.
func TestShiftTabMovesBack(t *testing.T) {
	got := FromKeys(viewstate.KeyMap(), []Press{{Key: viewstate.KeyTab}, {Key: viewstate.KeyTab, Shift: true}}, Context{})
	if len(got) != 2 || got[0].N != 1 || got[1].N != -1 {
		t.Errorf("Tab, Shift+Tab: %v", got)
	}
}

// Held keys repeat in the list, the text and the slides, and not on the timeline: ↓ held with the
// list focused moves a row each time it fires, and on the timeline only once, when pressed (the
// viewer reads it); Ctrl turns repeating off.
func TestHeldKeysRepeatWhereTheyMove(t *testing.T) {
	down := []viewstate.Key{viewstate.KeyDown}
	for _, tt := range []struct {
		c          Context
		just, held []viewstate.Key
		ctrl       bool
		want       int
	}{
		{Context{Focus: ListPart}, down, down, false, 1},                 // pressed this tick: once
		{Context{Focus: ListPart}, nil, down, false, 1},                  // held, firing again
		{Context{Focus: TextPart}, nil, down, false, 1},                  // the text too
		{Context{Focus: Timeline}, nil, down, false, 0},                  // the viewer's
		{Context{Focus: Timeline}, down, down, false, 1},                 // pressed, for the viewer to take
		{Context{Focus: Timeline, Presenter: true}, nil, down, false, 1}, // the slides
		{Context{Focus: ListPart}, nil, down, true, 0},                   // Ctrl: no repeat
	} {
		if got := Presses(tt.just, tt.held, false, tt.ctrl, tt.c); len(got) != tt.want {
			t.Errorf("%+v just %v held %v ctrl %v: %v, want %d presses", tt.c, tt.just, tt.held, tt.ctrl, got, tt.want)
		}
	}
	if got := Presses([]viewstate.Key{"q", viewstate.KeyTab}, nil, true, false, Context{Focus: ListPart}); len(got) != 2 || !got[1].Shift {
		t.Errorf("q and Shift+Tab: %v", got)
	}
	if got := Presses([]viewstate.Key{viewstate.KeyCtrlPlus}, nil, true, true, Context{}); len(got) != 1 || got[0].Shift {
		t.Errorf("Ctrl+Shift+=: %v, want Ctrl+ without Shift", got)
	}
}

// While a prediction hides part of the run, → reveals its next event wherever the focus is, and the
// timeline does not get it (it would step by time); Shift+→ still pans; ← steps the timeline back.
func TestRightRevealsWhilePredicting(t *testing.T) {
	m := viewstate.KeyMap()
	for _, f := range []Part{Timeline, TextPart, ListPart} {
		c := Context{Focus: f, Predicting: true}
		if got := intentsOf(c, viewstate.KeyRight); !slices.Equal(got, []string{"reveal"}) {
			t.Errorf("focus %d: → makes %v, want reveal", f, got)
		}
		if !Withheld(m, viewstate.KeyRight, false, c) || Withheld(m, viewstate.KeyRight, true, c) || Withheld(m, viewstate.KeyLeft, false, c) {
			t.Errorf("focus %d: the timeline gets →, or not Shift+→ or ←", f)
		}
	}
	if got := intentsOf(Context{}, viewstate.KeyRight); len(got) != 0 {
		t.Errorf("without a prediction → makes %v: it is the timeline's", got)
	}
}
