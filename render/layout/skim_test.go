package layout_test

import (
	"math"
	"testing"

	"github.com/futurescope/futurescope/render/layout"
)

// TestDrawnSkims checks View.Drawn against Visible on a big run and the test traces, for windows
// of 50 and 1,000 pixel columns: it yields Visible's shapes in Visible's order, all of them where a
// lane has no more than a shape a column, and a few a column in a crowded lane (a worker's
// thousands of spans at "fit"); a shape it leaves out lies within one column that shows another
// shape, or under a shape drawn before it that reaches as far; and it writes no detail.
func TestDrawnSkims(t *testing.T) {
	scenes := map[string]*layout.Scene{"synthetic": layout.BuildLazy(synthetic(20_000, 4), layout.BuildOptions{})}
	for _, name := range traces(t) {
		scenes[name] = layout.BuildLazy(load(t, name), layout.BuildOptions{})
	}
	end := func(s *layout.Shape) int64 {
		if s.Open {
			return math.MaxInt64
		}
		return s.T1
	}
	crowded := 0
	for name, s := range scenes {
		_, last := s.Extent()
		for _, v := range []*layout.View{&s.Futures, &s.Threads} {
			for _, w := range windows(last, len(v.Lanes)) {
				for _, n := range []int64{50, 1000} {
					per := max((w.t1-w.t0)/n, 1)
					cols := (w.t1 - w.t0) / per // fewer than n in a window of fewer than n nanoseconds
					col := func(t int64) int64 {
						if t < w.t0 {
							return -1
						}
						return (t - w.t0) / per
					}
					for l := max(w.lo, 0); l < min(w.hi, len(v.Lanes)); l++ {
						var drawn []*layout.Shape
						for sh := range v.Drawn(w.t0, w.t1, l, l+1, per) {
							drawn = append(drawn, sh)
						}
						j, reach, used := 0, int64(math.MinInt64), map[int64]bool{}
						for _, d := range drawn {
							used[col(d.T0)] = true
						}
						visible := 0
						for sh := range v.Visible(w.t0, w.t1, l, l+1) {
							visible++
							if j < len(drawn) && drawn[j] == sh {
								j++
								reach = max(reach, end(sh))
								continue
							}
							inColumn := col(end(sh)) == col(sh.T0) && used[col(sh.T0)]
							if !inColumn && end(sh) > reach {
								t.Fatalf("%s %s lane %d %+v per %d: a shape at %d to %d left out, neither within a drawn column nor under what was drawn",
									name, v.Name, l, w, per, sh.T0, sh.T1)
							}
						}
						if j != len(drawn) {
							t.Fatalf("%s %s lane %d %+v: Drawn yielded shapes Visible does not, or out of order", name, v.Name, l, w)
						}
						if visible <= int(cols) && len(drawn) != visible {
							t.Errorf("%s %s lane %d %+v: %d visible shapes in %d columns, Drawn yielded %d", name, v.Name, l, w, visible, cols, len(drawn))
						}
						if visible > 4*int(cols) {
							crowded++
							if len(drawn) > 4*int(cols) {
								t.Errorf("%s %s lane %d %+v: Drawn yielded %d of %d shapes for %d columns", name, v.Name, l, w, len(drawn), visible, cols)
							}
						}
					}
				}
			}
		}
	}
	fresh := layout.BuildLazy(synthetic(2_000, 4), layout.BuildOptions{})
	for _, v := range []*layout.View{&fresh.Futures, &fresh.Threads} {
		for sh := range v.Drawn(0, fresh.End, 0, len(v.Lanes), max(fresh.End/500, 1)) {
			if sh.Detail != "" {
				t.Fatalf("%s: Drawn wrote a shape's detail", v.Name)
			}
		}
	}
	if crowded == 0 {
		t.Error("no window was crowded: the test looks at nothing Drawn skims")
	}
}
