package layout

import (
	"cmp"
	"math"
	"slices"
)

// A builder collects one view's shapes, then sorts and indexes them.
type builder struct {
	shapes []Shape
	end    int64          // the run's end: where open spans stop
	whos   map[int]string // worker thread → "T2 ThreadPoolExecutor-0_0", the label of the tasks it ran
	pace   *pacer
}

// who returns the label of a task that worker thread th ran, made once a worker.
func (b *builder) who(n *names, th int) string {
	if s, ok := b.whos[th]; ok {
		return s
	}
	if b.whos == nil {
		b.whos = map[int]string{}
	}
	s := "T" + itoa(th) + " " + n.worker(th)
	b.whos[th] = s
	return s
}

// add appends s.
func (b *builder) add(s Shape) { b.shapes = append(b.shapes, s) }

// span adds a span of style st on lane from t0 to t1; t1 < 0 means it never ended (an open span).
// Its detail is written later, from its events (see describer).
func (b *builder) span(st Style, lane int, t0, t1 int64, y0, y1 float32, seq int64, label string) *Shape {
	open := t1 < 0
	if open {
		t1 = max(b.end, t0)
	}
	b.shapes = append(b.shapes, Shape{Kind: Span, Style: st, Lane: lane, T0: t0, T1: t1, Y0: y0, Y1: y1,
		Open: open, Seq: seq, Label: label})
	return &b.shapes[len(b.shapes)-1]
}

// marker adds a marker of style st on lane at t, centred at y, size lanes high.
func (b *builder) marker(st Style, lane int, t int64, y, size float32, seq int64) *Shape {
	b.shapes = append(b.shapes, Shape{Kind: Marker, Style: st, Lane: lane, T0: t, T1: t, Y0: y - size/2,
		Y1: y + size/2, Seq: seq})
	return &b.shapes[len(b.shapes)-1]
}

// view sorts the shapes by lane, time, layer and event (keeping the order they were added in
// otherwise) and returns the view with its index.
func (b *builder) view(name string, lanes []Lane) View {
	sortShapes(b.shapes, len(lanes), b.pace)
	nudge(b.shapes, b.pace)
	v := View{Name: name, Lanes: lanes, Shapes: b.shapes}
	v.index(b.pace)
	return v
}

// sortShapes sorts shapes as view says without moving them more than once: it sorts their indexes,
// by lane with a counting sort and then within each lane, and then moves each shape to its place
// along the cycles of that permutation.
func sortShapes(shapes []Shape, lanes int, pace *pacer) {
	if byLane(shapes, lanes, pace) {
		return
	}
	count := make([]int32, lanes+3) // count[s+1] counts the shapes of lane slot s (see laneSlot)
	for i := range shapes {
		count[laneSlot(shapes[i].Lane, lanes)+1]++
	}
	for l := 1; l < len(count); l++ {
		count[l] += count[l-1]
	}
	order := make([]int32, len(shapes)) // order[j] is the shape that goes to place j
	next := count[:len(count)-1]
	for i := range shapes {
		l := laneSlot(shapes[i].Lane, lanes)
		order[next[l]] = int32(i)
		next[l]++
	}
	byPlace := func(x, y int32) int {
		if c := placeOrder(&shapes[x], &shapes[y]); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	}
	start := int32(0)
	for l := range next { // next[l] is now where lane slot l ends
		seg := order[start:next[l]]
		if !slices.IsSortedFunc(seg, byPlace) {
			slices.SortFunc(seg, byPlace)
		}
		start = next[l]
		pace.steps(len(seg))
	}
	pace.steps(len(shapes))
	for i := range order {
		if order[i] < 0 || int(order[i]) == i {
			continue
		}
		held, j := shapes[i], i
		for {
			k := int(order[j])
			order[j] = -1
			if k == i {
				shapes[j] = held
				break
			}
			shapes[j] = shapes[k]
			j = k
		}
	}
}

// placeOrder orders two shapes of one lane: by start, then layer, then event (a span before the
// spans it holds).
func placeOrder(a, b *Shape) int {
	if c := cmp.Compare(a.T0, b.T0); c != 0 {
		return c
	}
	if c := cmp.Compare(looks[a.Style].Layer, looks[b.Style].Layer); c != 0 {
		return c
	}
	return cmp.Compare(a.Seq, b.Seq)
}

// byLane sorts shapes within each lane in place, stably, when they are in lane order already (the
// futures view of a run without waiters, callbacks or prints: each lane's shapes are added
// together), and reports whether they were; sortShapes needs no index of them then.
func byLane(shapes []Shape, lanes int, pace *pacer) bool {
	for i := 1; i < len(shapes); i++ {
		if laneSlot(shapes[i].Lane, lanes) < laneSlot(shapes[i-1].Lane, lanes) {
			return false
		}
	}
	byPlace := func(a, b Shape) int { return placeOrder(&a, &b) }
	for start := 0; start < len(shapes); {
		end := start + 1
		for end < len(shapes) && laneSlot(shapes[end].Lane, lanes) == laneSlot(shapes[start].Lane, lanes) {
			end++
		}
		if seg := shapes[start:end]; !slices.IsSortedFunc(seg, byPlace) {
			slices.SortStableFunc(seg, byPlace)
		}
		pace.steps(end - start)
		start = end
	}
	return true
}

// laneSlot is where a shape of lane l sorts among lanes lanes: overlays (-1) first, and a lane
// outside the view after the rest.
func laneSlot(l, lanes int) int { return min(max(l, -1), lanes) + 1 }

// nudge numbers the markers that share a lane, a time and a height (see Shape.Nudge).
func nudge(shapes []Shape, pace *pacer) {
	for i := range shapes {
		pace.step()
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
				s.Nudge = p.Nudge + min(1, math.MaxUint8-p.Nudge) // a pile of 255 and more stays at 255
				break
			}
		}
	}
}

// index computes laneStart, maxAt, maxEnd and the styles used from the sorted shapes, pausing as
// pace says.
func (v *View) index(pace *pacer) {
	v.tops = make([]float32, len(v.Lanes)+1)
	for i, l := range v.Lanes {
		v.tops[i+1] = v.tops[i] + l.Height
	}
	v.laneStart = make([]int, len(v.Lanes)+1)
	i := 0
	for l := range v.laneStart {
		for i < len(v.Shapes) && v.Shapes[i].Lane < l {
			i++
			pace.step()
		}
		v.laneStart[l] = i
	}
	var styles [numStyles]bool
	for i := range v.Shapes {
		styles[v.Shapes[i].Style] = true
		pace.step()
	}
	v.styles = &styles
	v.maxAt = make([]int32, len(v.Lanes))
	big := 0
	for l := range v.Lanes {
		v.maxAt[l] = -1
		if n := v.laneStart[l+1] - v.laneStart[l]; n > scanLane {
			v.maxAt[l] = int32(big)
			big += n
		}
	}
	v.maxEnd = make([]int64, 0, big)
	for l, at := range v.maxAt {
		if at < 0 {
			continue
		}
		for i := v.laneStart[l]; i < v.laneStart[l+1]; i++ {
			end := v.Shapes[i].T1
			if v.Shapes[i].Open {
				end = math.MaxInt64 // it goes on past any window
			}
			if i > v.laneStart[l] {
				end = max(end, v.maxEnd[len(v.maxEnd)-1])
			}
			v.maxEnd = append(v.maxEnd, end)
			pace.step()
		}
	}
}

// scanLane is the most shapes a lane has for Visible to look at each of them: a longer lane (a
// thread's) keeps its running largest end (View.maxEnd) for a binary search, a future's few are
// scanned.
const scanLane = 16

// used returns which styles v's shapes use: found once by index, since a backend asks every frame (the
// legend) and a big run has a million shapes.
func (v *View) used() [numStyles]bool {
	if v.styles != nil {
		return *v.styles
	}
	var seen [numStyles]bool
	for i := range v.Shapes {
		seen[v.Shapes[i].Style] = true
	}
	return seen
}
