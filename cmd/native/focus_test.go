package main

import "testing"

// TestTabCyclesThroughTheParts presses Tab and Shift+Tab without a display: the course goes list,
// text, timeline and round; scenarios, which have no lesson text, list and timeline.
func TestTabCyclesThroughTheParts(t *testing.T) {
	tests := []struct {
		course, back bool
		from, want   []focus
	}{
		{true, false, []focus{focusList, focusText, focusTimeline}, []focus{focusText, focusTimeline, focusList}},
		{true, true, []focus{focusList, focusText, focusTimeline}, []focus{focusTimeline, focusList, focusText}},
		{false, false, []focus{focusList, focusTimeline, focusText}, []focus{focusTimeline, focusList, focusList}},
		{false, true, []focus{focusList, focusTimeline}, []focus{focusTimeline, focusList}},
	}
	for _, tt := range tests {
		for i, f := range tt.from {
			if got := f.next(tt.course, tt.back); got != tt.want[i] {
				t.Errorf("course %v, back %v: from %v Tab goes to %v, want %v", tt.course, tt.back, f, got, tt.want[i])
			}
		}
	}
}
