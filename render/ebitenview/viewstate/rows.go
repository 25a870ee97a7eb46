package viewstate

import "github.com/futurescope/futurescope/render/layout"

// A Mode is which views the viewer shows.
type Mode uint8

// The modes, in the order ToggleView goes through them.
const (
	Both        Mode = iota // the futures view, then the threads view under it
	FuturesOnly             // a lane per future
	ThreadsOnly             // a lane per thread, under its process
)

var modeNames = [...]string{"futures and threads", "futures", "threads"}

// String returns the mode's name: "futures and threads", "futures", "threads".
func (m Mode) String() string {
	if int(m) < len(modeNames) {
		return modeNames[m]
	}
	return "mode?"
}

// next returns the mode ToggleView goes to.
func (m Mode) next() Mode { return (m + 1) % 3 }

// A Row is one row of the viewer's list: a view's heading, or one of its lanes.
type Row struct {
	// View is the view the row belongs to.
	View *layout.View
	// Lane is the lane in View, or -1 for the view's heading row.
	Lane int
}

// Heading reports whether r is a view's heading.
func (r Row) Heading() bool { return r.Lane < 0 }

// modeViews returns the views mode m shows, top to bottom.
func modeViews(s *layout.Scene, m Mode) []*layout.View {
	switch m {
	case FuturesOnly:
		return []*layout.View{&s.Futures}
	case ThreadsOnly:
		return []*layout.View{&s.Threads}
	}
	return []*layout.View{&s.Futures, &s.Threads}
}

// HeadingHeight is the height of a view's heading row, in lane units.
const HeadingHeight = 1

// Height returns the row's height in lane units: its lane's, or HeadingHeight.
func (r Row) Height() float32 {
	if r.Heading() {
		return HeadingHeight
	}
	if h := r.View.Lanes[r.Lane].Height; h > 0 {
		return h
	}
	return 1
}

// rows lists the rows of mode m for scene s: each view's heading, then its lanes; and their tops,
// in lane units from the first row's top (one more entry is the height of them all).
func rows(s *layout.Scene, m Mode) ([]Row, []float32) {
	var out []Row
	for _, v := range modeViews(s, m) {
		out = append(out, Row{View: v, Lane: -1})
		for i := range v.Lanes {
			out = append(out, Row{View: v, Lane: i})
		}
	}
	tops := make([]float32, len(out)+1)
	for i, r := range out {
		tops[i+1] = tops[i] + r.Height()
	}
	return out, tops
}

// Tops returns the tops of the rows in lane units from the first row's top; the last entry is the
// height of them all.
func (s *State) Tops() []float32 { return s.tops }

// RowOf returns the row index of lane i of view v in the current mode, or -1 when it is not shown.
func (s *State) RowOf(v *layout.View, i int) int {
	offset := 0
	for _, w := range modeViews(s.Scene, s.Mode) {
		if w == v {
			return offset + 1 + i
		}
		offset += 1 + len(w.Lanes)
	}
	return -1
}
