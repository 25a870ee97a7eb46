package scene

import (
	"testing"

	"github.com/futurescope/futurescope/cmd/native/intent"
)

// Nineteen lessons in a list with room for seven rows: it scrolls to keep the lesson open in sight,
// the wheel scrolls within bounds, and a click finds the row under it.
func TestListScrolls(t *testing.T) {
	rows := FitRows(19, 28+7*20+5, 28, 20)
	if rows != 7 || FitRows(2, 10, 28, 20) != 2 || FitRows(19, 10, 28, 20) != 3 {
		t.Fatalf("FitRows: %d (want 7); a short list shows all, a cramped one three", rows)
	}
	l := List{N: 19, Rows: rows}
	l.Cur = 12
	l.Follow()
	if l.First != 6 {
		t.Errorf("opening row 12 shows from row %d, want 6 (row 12 the last shown)", l.First)
	}
	l.Cur = 2
	l.Follow()
	if l.First != 2 {
		t.Errorf("opening row 2 shows from row %d, want 2", l.First)
	}
	l.Wheel(-100)
	if l.First != 12 {
		t.Errorf("the wheel down to the end shows from row %d, want 12 (the last seven)", l.First)
	}
	l.Wheel(100)
	if l.First != 0 {
		t.Errorf("the wheel up to the top shows from row %d", l.First)
	}
	if got := l.At(28+3*20+5, 28, 20); got != 3 {
		t.Errorf("the fourth row shown is row %d, want 3", got)
	}
	if l.At(10, 28, 20) != -1 || l.At(28+7*20+1, 28, 20) != -1 {
		t.Errorf("the header or below the rows is a row")
	}
}

// The list's keys move within it, a page at a time with PgUp and PgDn, and stop at its ends.
func TestListMoves(t *testing.T) {
	l := List{N: 19, Cur: 5, Rows: 7}
	for m, want := range map[intent.Motion]int{intent.Up: 4, intent.Down: 6, intent.PageUp: 0, intent.PageDown: 12,
		intent.Home: 0, intent.End: 18} {
		if got, ok := l.Move(m); !ok || got != want {
			t.Errorf("motion %d from row 5: %d (%v), want %d", m, got, ok, want)
		}
	}
	if _, ok := l.Move(intent.Enter); ok {
		t.Errorf("Enter moves within the list")
	}
	if got, _ := (List{N: 3, Cur: 2, Rows: 3}).Move(intent.Down); got != 2 {
		t.Errorf("↓ on the last row goes to %d", got)
	}
}
