package layout

import (
	"cmp"
	"math"
	"slices"
)

// A builder collects one view's shapes, then sorts and indexes them.
type builder struct {
	shapes []Shape
	end    int64 // the run's end: where open spans stop
}

// add appends s.
func (b *builder) add(s Shape) { b.shapes = append(b.shapes, s) }

// span adds a span of style st on lane from t0 to t1; t1 < 0 means it never ended (an open span).
func (b *builder) span(st Style, lane int, t0, t1 int64, y0, y1 float32, seq int64, label, detail string) *Shape {
	open := t1 < 0
	if open {
		t1 = max(b.end, t0)
	}
	b.shapes = append(b.shapes, Shape{Kind: Span, Style: st, Lane: lane, T0: t0, T1: t1, Y0: y0, Y1: y1,
		Open: open, Seq: seq, Label: label, Detail: detail})
	return &b.shapes[len(b.shapes)-1]
}

// marker adds a marker of style st on lane at t, centred at y, size lanes high.
func (b *builder) marker(st Style, lane int, t int64, y, size float32, seq int64, label, detail string) *Shape {
	b.shapes = append(b.shapes, Shape{Kind: Marker, Style: st, Lane: lane, T0: t, T1: t, Y0: y - size/2,
		Y1: y + size/2, Seq: seq, Label: label, Detail: detail})
	return &b.shapes[len(b.shapes)-1]
}

// view sorts the shapes by lane, time, layer and event (keeping the order they were added in
// otherwise) and returns the view with its index.
func (b *builder) view(name string, lanes []Lane) View {
	slices.SortStableFunc(b.shapes, func(x, y Shape) int {
		if c := cmp.Compare(x.Lane, y.Lane); c != 0 {
			return c
		}
		if c := cmp.Compare(x.T0, y.T0); c != 0 {
			return c
		}
		if c := cmp.Compare(looks[x.Style].Layer, looks[y.Style].Layer); c != 0 {
			return c
		}
		return cmp.Compare(x.Seq, y.Seq) // a span before the spans it holds
	})
	nudge(b.shapes)
	v := View{Name: name, Lanes: lanes, Shapes: b.shapes}
	v.index()
	return v
}

// nudge numbers the markers that share a lane, a time and a height (see Shape.Nudge).
func nudge(shapes []Shape) {
	for i := range shapes {
		s := &shapes[i]
		if s.Kind != Marker {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := &shapes[j]
			if p.Lane != s.Lane || p.T0 != s.T0 {
				break
			}
			if p.Kind == Marker && p.Y0 == s.Y0 && p.Y1 == s.Y1 {
				s.Nudge = p.Nudge + 1
				break
			}
		}
	}
}

// index computes laneStart and maxEnd from the sorted shapes.
func (v *View) index() {
	v.tops = make([]float32, len(v.Lanes)+1)
	for i, l := range v.Lanes {
		v.tops[i+1] = v.tops[i] + l.Height
	}
	v.laneStart = make([]int, len(v.Lanes)+1)
	i := 0
	for l := range v.laneStart {
		for i < len(v.Shapes) && v.Shapes[i].Lane < l {
			i++
		}
		v.laneStart[l] = i
	}
	v.maxEnd = make([]int64, len(v.Shapes))
	for i := range v.Shapes {
		v.maxEnd[i] = v.Shapes[i].T1
		if v.Shapes[i].Open {
			v.maxEnd[i] = math.MaxInt64 // it goes on past any window
		}
		if i > 0 && v.Shapes[i-1].Lane == v.Shapes[i].Lane {
			v.maxEnd[i] = max(v.maxEnd[i-1], v.maxEnd[i])
		}
	}
}
