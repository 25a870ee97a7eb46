package layout

import (
	"iter"
	"math"
	"sort"
)

// Drawn returns what a backend must draw of lanes lo to hi-1 in the time window [t0, t1] when a
// pixel column stands for per nanoseconds: the shapes Visible yields, in drawing order, except
// that a lane holding more of them than the window has columns (a worker's thousands of spans, a
// flood of prints seen whole) yields, for each column, its first shape of each kind and height
// and any shape that reaches further right than those drawn before it; the rest of the column is
// skipped by a binary search when none of it reaches past both the column and what was drawn. So
// a frame costs about a shape per column and row, however big the run. Drawn never writes a
// shape's Detail (see BuildLazy): a backend asks Describe or Hit for the shape under the pointer.
func (v *View) Drawn(t0, t1 int64, lo, hi int, per int64) iter.Seq[*Shape] {
	return func(yield func(*Shape) bool) {
		lo, hi = max(lo, 0), min(hi, len(v.Lanes))
		for l := lo; l < hi; l++ {
			a, b := v.laneStart[l], v.laneStart[l+1]
			first, m := a, int(v.maxAt[l])
			if m >= 0 {
				first += sort.Search(b-a, func(j int) bool { return v.maxEnd[m+j] >= t0 })
			}
			last := a + sort.Search(b-a, func(j int) bool { return v.Shapes[a+j].T0 > t1 })
			if m < 0 || per <= 0 || int64(last-first) <= (t1-t0)/per {
				for i := first; i < last; i++ {
					if s := &v.Shapes[i]; s.T1 >= t0 || s.Open {
						if !yield(s) {
							return
						}
					}
				}
				continue
			}
			if !v.skim(t0, per, a, first, last, m, yield) {
				return
			}
		}
	}
}

// A rowKey is a shape's kind and height in its lane: what a pixel column draws once.
type rowKey struct {
	kind Kind
	y0   float32
}

// colLook is how many shapes of one column skim looks at one by one before it skips the rest.
const colLook = 8

// skim yields the shapes first to last-1 of a long lane (whose first shape is a and whose running
// largest ends start at maxEnd[m]) as Drawn says, and reports whether yield wanted more.
func (v *View) skim(t0, per int64, a, first, last, m int, yield func(*Shape) bool) bool {
	reach := int64(math.MinInt64) // the furthest end of what was yielded
	end := func(s *Shape) int64 {
		if s.Open {
			return math.MaxInt64
		}
		return s.T1
	}
	var keys [colLook + 1]rowKey
	for i := first; i < last; {
		s := &v.Shapes[i]
		if s.T1 < t0 && !s.Open {
			i++
			continue
		}
		col := s.T0 - t0
		if col < 0 {
			col = -1 // everything that starts before the window shares its left edge
		} else {
			col /= per
		}
		colEnd := t0 + (col+1)*per // where the next column starts
		if !yield(s) {
			return false
		}
		reach = max(reach, end(s))
		keys[0] = rowKey{s.Kind, s.Y0}
		n := 1
		j := i + 1
		for ; j < last && v.Shapes[j].T0 < colEnd && j-i <= colLook; j++ {
			x := &v.Shapes[j]
			if x.T1 < t0 && !x.Open {
				continue
			}
			k := rowKey{x.Kind, x.Y0}
			seen := false
			for _, o := range keys[:n] {
				seen = seen || o == k
			}
			if seen && end(x) <= max(reach, colEnd) {
				continue
			}
			if !yield(x) {
				return false
			}
			reach = max(reach, end(x))
			if !seen && n < len(keys) {
				keys[n], n = k, n+1
			}
		}
		if j < last && v.Shapes[j].T0 < colEnd {
			// Many more start in this column: skip them all when none reaches past it or past
			// what was drawn (maxEnd is the running largest end of the lane's shapes).
			k := j + sort.Search(last-j, func(q int) bool { return v.Shapes[j+q].T0 >= colEnd })
			if v.maxEnd[m+k-1-a] <= max(reach, colEnd) {
				j = k
			}
		}
		i = j
	}
	return true
}
