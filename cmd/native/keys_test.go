package main

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// The app opens with the keys on the timeline, so ← → step through the run at once (issue 14).
func TestCourseOpensWithTheTimelineFocused(t *testing.T) {
	a, err := NewApp(courseConfig("en", "04"))
	if err != nil {
		t.Fatal(err)
	}
	settle(t, a, 1)
	if a.side.lister().Focus != intent.Timeline || a.stage.viewer == nil || !a.stage.viewer.Focused {
		t.Fatalf("the app opens with focus %d (viewer focused: %v), want the timeline", a.side.lister().Focus, a.stage.viewer != nil && a.stage.viewer.Focused)
	}
}

// The window's keys come from the key map: . and , step through the lesson's scripts whatever has
// the focus, and [ ] are not theirs any more.
func TestWindowKeysFromTheKeyMap(t *testing.T) {
	m := viewstate.KeyMap()
	tests := map[ebiten.Key]viewstate.Command{
		ebiten.KeyPeriod: viewstate.CmdNextBlock, ebiten.KeyComma: viewstate.CmdPrevBlock, ebiten.KeyR: viewstate.CmdRerun,
		ebiten.KeyDigit7: viewstate.CmdChoose, ebiten.KeyTab: viewstate.CmdFocus, ebiten.KeyEscape: viewstate.CmdStop,
		ebiten.KeyBracketLeft: viewstate.CmdNone, ebiten.KeyZ: viewstate.CmdNone,
	}
	for k, want := range tests {
		vk, _ := windowKey(k, false)
		if got := viewstate.CommandOf(m, vk, false); got != want {
			t.Errorf("%v (%q) is %q, want %q", k, vk, got, want)
		}
	}
	a, err := NewApp(courseConfig("en", "04"))
	if err != nil {
		t.Fatal(err)
	}
	settle(t, a, 1)
	before := a.course.Block
	a.press(viewstate.KeyMap(), intent.Press{Key: "."})
	settle(t, a, 1)
	if a.course.Block == before {
		t.Errorf(". left the lesson on block %d", before)
	}
}

// The help overlay lists the timeline's keys, then the window's, all from the key map.
func TestHelpShowsTheWindowKeys(t *testing.T) {
	a, err := NewApp(courseConfig("zh", "04"))
	if err != nil {
		t.Fatal(err)
	}
	settle(t, a, 1)
	a.stage.viewer.Apply(viewstate.ToggleHelp())
	shoot(t, a, "native-help-keymap")
	if got, want := len(a.win.ui().keys), len(windowKeys("zh")); got != want || want < 6 {
		t.Errorf("the help lists %d window keys, want the key map's %d", got, want)
	}
}
