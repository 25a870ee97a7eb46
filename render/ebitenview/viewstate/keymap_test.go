package viewstate

import (
	"fmt"
	"slices"
	"testing"
)

// A key means one thing wherever the focus is: no key (with Shift or without) is in two rows of the
// map, and a row's presses are distinct.
func TestKeyMapEachKeyOneMeaning(t *testing.T) {
	m := KeyMap()
	rowOf := map[string]string{}
	for _, row := range m {
		for _, p := range row.Presses {
			id := fmt.Sprintf("%s shift=%v", p.Key, p.Shift && isNamed(p.Key))
			if p.Command != CmdNone {
				id += " window"
			}
			if other, dup := rowOf[id]; dup {
				t.Errorf("%s is in %q and %q", id, other, row.Label)
			}
			rowOf[id] = row.Label
			if (p.intent == nil) == (p.Command == CmdNone) {
				t.Errorf("%s (%q) must do exactly one thing: a timeline intent or a window command", id, row.Label)
			}
		}
	}
	// A key the timeline and the window both handle belongs to one row: one meaning, done by both.
	for _, row := range m {
		for _, p := range row.Presses {
			if p.Command == CmdNone {
				continue
			}
			if _, trow, ok := timeline(m, p.Key, p.Shift); ok && trow.Label != row.Label {
				t.Errorf("%s: %q in the window, %q in the timeline", p.Key, row.Label, trow.Label)
			}
		}
	}
}

// The trap: [ and ] changed the speed in the timeline but the script in the lesson text.
func TestBracketsAreSpeedOnly(t *testing.T) {
	m := KeyMap()
	for _, k := range []Key{"[", "]"} {
		if c := CommandOf(m, k, false); c != CmdNone {
			t.Errorf("%s is also the window's %s", k, c)
		}
		if FocusedKey(m, k, false) {
			t.Errorf("%s acts only with the focus on the timeline", k)
		}
	}
	if CommandOf(m, ".", false) != CmdNextBlock || CommandOf(m, ",", false) != CmdPrevBlock {
		t.Errorf(". and , do not step through the lesson's scripts")
	}
	if CommandOf(m, "R", false) != CmdRerun || CommandOf(m, KeyTab, true) != CmdFocus {
		t.Errorf("R and Shift+Tab lost their commands")
	}
	for _, k := range []Key{KeyUp, KeyPageDown, KeyHome, KeyEnter} {
		if !FocusedKey(m, k, false) {
			t.Errorf("%s should move within the part with the focus", k)
		}
	}
}

// The help overlay lists the map itself, in both languages, the window's keys only when asked.
func TestHelpListsTheKeyMap(t *testing.T) {
	m := KeyMap()
	for _, lang := range []string{"en", "zh"} {
		all, viewer := HelpRows(m, lang, true), HelpRows(m, lang, false)
		if len(all) != len(m) || len(viewer) >= len(all) {
			t.Fatalf("%s: %d rows with the window's keys, %d without, for %d in the map", lang, len(all), len(viewer), len(m))
		}
		words := WordsFor(lang)
		for _, b := range viewer {
			if !slices.Contains(words.Bindings, b) {
				t.Errorf("%s: the help overlay leaves out %q", lang, b.Keys)
			}
		}
		for _, b := range all {
			if b.Does == "" || (lang == "zh" && !hasHan(b.Does) && b.Keys != "L") {
				t.Errorf("%s: %q has no description in its language: %q", lang, b.Keys, b.Does)
			}
		}
	}
}
