package scene

import "github.com/futurescope/futurescope/cmd/native/intent"

// A List is the window's list of lessons or scenarios as the list panel shows it: N rows, Cur the
// row open, Rows of them shown at once from First. The window sets N, Cur and Rows each tick and
// draws what the list says; the list decides the scrolling, the row under the pointer and where a
// key moves.
type List struct {
	N, Cur, First, Rows int
}

// FitRows returns how many rows rowH high a list of n rows shows in room pixels, top of which its
// header takes: all of them if they fit, else as many as fit, and at least three.
func FitRows(n int, room, top, rowH float64) int {
	fit := int((room - top) / rowH)
	return max(min(n, fit), min(n, 3))
}

// Follow scrolls the list to keep the row open in sight, within its rows.
func (l *List) Follow() {
	switch {
	case l.Cur < l.First:
		l.First = l.Cur
	case l.Cur >= l.First+l.Rows:
		l.First = l.Cur - l.Rows + 1
	}
	l.clamp()
}

// clamp keeps First where a page of Rows rows still fits.
func (l *List) clamp() { l.First = max(min(l.First, l.N-l.Rows), 0) }

// Wheel scrolls the list by a wheel's turn of dy notches (dy > 0: up, towards the first row).
func (l *List) Wheel(dy int) {
	l.First -= dy
	l.clamp()
}

// At returns the row at height y, measured from the list's top, whose header is top high and whose
// rows are rowH high; -1 for the header or below the last row shown.
func (l List) At(y, top, rowH float64) int {
	i := int((y - top) / rowH)
	if y < top || i >= l.Rows || l.First+i >= l.N {
		return -1
	}
	return l.First + i
}

// Move returns the row motion m goes to from the row open (arrows a row, PgUp and PgDn a page, Home
// and End the ends), clamped to the list, and whether m moves within it.
func (l List) Move(m intent.Motion) (int, bool) {
	to := l.Cur
	switch m {
	case intent.Up:
		to--
	case intent.Down:
		to++
	case intent.PageUp:
		to -= max(l.Rows, 1)
	case intent.PageDown:
		to += max(l.Rows, 1)
	case intent.Home:
		to = 0
	case intent.End:
		to = l.N - 1
	default:
		return 0, false
	}
	return max(min(to, l.N-1), 0), true
}
