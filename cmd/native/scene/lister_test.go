package scene

import (
	"testing"
	"time"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// TestTabCyclesThroughTheParts presses Tab and Shift+Tab: the course goes list, text, timeline and
// round; scenarios, which have no lesson text, list and timeline.
func TestTabCyclesThroughTheParts(t *testing.T) {
	tl, list, text := intent.Timeline, intent.ListPart, intent.TextPart
	tests := []struct {
		text, back bool
		from, want []intent.Part
	}{
		{true, false, []intent.Part{list, text, tl}, []intent.Part{text, tl, list}},
		{true, true, []intent.Part{list, text, tl}, []intent.Part{tl, list, text}},
		{false, false, []intent.Part{list, tl, text}, []intent.Part{tl, list, list}},
		{false, true, []intent.Part{list, tl}, []intent.Part{tl, list}},
	}
	for _, tt := range tests {
		for i, f := range tt.from {
			if got := NextFocus(f, tt.text, tt.back); got != tt.want[i] {
				t.Errorf("text %v, back %v: from %v Tab goes to %v, want %v", tt.text, tt.back, f, got, tt.want[i])
			}
		}
	}
}

func TestTypedDigitsChooseARow(t *testing.T) {
	tests := []struct {
		digits []int
		ticks  []int // when each digit is typed, in 60ths of a second
		want   []int // the row opened after each digit (from 1), 0 for none
	}{
		{[]int{4}, []int{10}, []int{4}},
		{[]int{1, 1}, []int{10, 30}, []int{1, 11}},
		{[]int{1, 1}, []int{10, 100}, []int{1, 1}}, // too slow: two separate ones
		{[]int{1, 2}, []int{10, 20}, []int{1, 2}},  // no row 12: a new number
		{[]int{0}, []int{10}, []int{0}},
	}
	for _, tt := range tests {
		l := Lister{List: List{N: 11}, Listed: true}
		for i, dg := range tt.digits {
			at := time.Unix(100, 0).Add(time.Duration(tt.ticks[i]) * time.Second / 60)
			n, ok, _ := l.Update(intent.Intent{Op: intent.Digit, N: dg}, at)
			if !ok {
				n = -1
			}
			if n+1 != tt.want[i] {
				t.Errorf("digits %v at ticks %v: digit %d opened row %d, want %d", tt.digits, tt.ticks, i, n+1, tt.want[i])
			}
		}
	}
}

// press returns the intents of keys pressed in lister l's focus (presenter mode when presenting).
func press(l *Lister, presenting bool, keys ...viewstate.Key) []intent.Intent {
	var ps []intent.Press
	for _, k := range keys {
		ps = append(ps, intent.Press{Key: k})
	}
	return intent.FromKeys(viewstate.KeyMap(), ps, intent.Context{Focus: l.Focus, Presenter: presenting})
}

// A list of scenarios from the keyboard: the window opens on the timeline, where ↓ is the
// timeline's; Tab gives the list the focus, where ↓ and End open rows and Enter goes back to the
// timeline; one watched file has no list to focus.
func TestListerKeysInEachFocus(t *testing.T) {
	l := &Lister{List: List{N: 6, Rows: 6}, Listed: true}
	now := time.Unix(100, 0)
	if got := press(l, false, viewstate.KeyDown); len(got) != 0 {
		t.Fatalf("↓ on the timeline makes window intents %v, want none (the timeline's)", got)
	}
	var opened []int
	for _, k := range []viewstate.Key{viewstate.KeyTab, viewstate.KeyDown, viewstate.KeyEnd, viewstate.KeyEnter} {
		for _, in := range press(l, false, k) {
			if i, ok, _ := l.Update(in, now); ok {
				opened = append(opened, i)
				l.List.Cur = i // the window opens it
			}
		}
	}
	if len(opened) != 2 || opened[0] != 1 || opened[1] != 5 {
		t.Errorf("Tab ↓ End opened rows %v, want [1 5]", opened)
	}
	if l.Focus != intent.Timeline {
		t.Errorf("Enter in the list left the focus on %v, want the timeline (scenarios have no text)", l.Focus)
	}
	one := &Lister{List: List{N: 1, Rows: 1}}
	for _, in := range press(one, false, viewstate.KeyTab) {
		one.Update(in, now)
	}
	if one.Focus != intent.Timeline {
		t.Errorf("Tab with one watched file moved the focus to %v", one.Focus)
	}
}
