package pairstate_test

import (
	"os"
	"testing"

	"github.com/futurescope/futurescope/compare"
	"github.com/futurescope/futurescope/render/ebitenview/pairstate"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

// pair returns the states of compare's fixture: pool.py simulated, and its run recorded under
// CPython 3.13.0, with the differences between them.
func pair(t *testing.T) (sim, rec *viewstate.State, diffs []compare.Difference) {
	t.Helper()
	src, err := os.ReadFile("../../../compare/testdata/pool.py")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../../compare/testdata/pool.recorded.json")
	if err != nil {
		t.Fatal(err)
	}
	r, err := compare.Load(data, "pool.recorded.json")
	if err != nil {
		t.Fatal(err)
	}
	s := script.Run(script.Options{Filename: "pool.py", Source: src}).Trace
	state := func(t *trace.Trace) *viewstate.State { return viewstate.New(t, layout.Build(t)) }
	return state(s), state(r), compare.Compare(s, r, compare.Options{})
}

func TestSplit(t *testing.T) {
	r := viewstate.Rect{X: 0, Y: 0, W: 1280, H: 800}
	top, bottom, list := pairstate.Split(r, 4, 20)
	if list.H != 100 || top.H != 350 || bottom.Y != 350 || bottom.H != 350 || list.Y != 700 || list.Bottom() != 800 {
		t.Errorf("Split(4 lines) = %+v %+v %+v", top, bottom, list)
	}
	if got := pairstate.ListLines(list.H, 20); got != 4 {
		t.Errorf("the list holds %d lines, want the 4 asked for", got)
	}
	// Many lines: the list takes at most 30% of the window, and says how many it holds.
	_, _, list = pairstate.Split(r, 100, 20)
	if list.H != 240 || pairstate.ListLines(list.H, 20) != 11 {
		t.Errorf("Split(100 lines): the list is %v high, holding %d lines", list.H, pairstate.ListLines(list.H, 20))
	}
	// No differences: no list, the runs share the window.
	top, _, list = pairstate.Split(r, 0, 20)
	if list.H != 0 || top.H != 400 {
		t.Errorf("Split(0 lines) = %+v, list %+v", top, list)
	}
}

func TestFitShowsBothRunsWhole(t *testing.T) {
	sim, rec, _ := pair(t)
	pairstate.Fit(sim, rec)
	_, e0 := sim.Scene.Extent()
	_, e1 := rec.Scene.Extent()
	if sim.Mode != viewstate.FuturesOnly || rec.Mode != viewstate.FuturesOnly {
		t.Errorf("views %v and %v, want the futures alone", sim.Mode, rec.Mode)
	}
	if sim.T0 != rec.T0 || sim.T1 != rec.T1 || sim.T0 > 0 || sim.T1 < max(e0, e1) {
		t.Errorf("windows %d..%d and %d..%d, want one that holds both runs (ends %d, %d)", sim.T0, sim.T1, rec.T0, rec.T1, e0, e1)
	}
}

// TestSyncFollowsTheLeader works in one timeline as a user would (zoom, pan, seek, play, switch the
// view) and checks that the other shows the same window, playhead and views after each Sync, either
// way round.
func TestSyncFollowsTheLeader(t *testing.T) {
	sim, rec, _ := pair(t)
	pairstate.Fit(sim, rec)
	for i, lead := range []*viewstate.State{sim, rec} {
		follow := []*viewstate.State{rec, sim}[i]
		for _, in := range []viewstate.Intent{viewstate.Zoom(2, 50e6), viewstate.Pan(10e6), viewstate.Seek(80e6), viewstate.ToggleView(),
			viewstate.Play(), viewstate.Fit()} {
			lead.Apply(in)
			lead.Tick()
			pairstate.Sync(lead, follow)
			if follow.T0 != lead.T0 || follow.T1 != lead.T1 || follow.Mode != lead.Mode || follow.Playing {
				t.Errorf("after %v in the leader: window %d..%d view %v playing %v, leader %d..%d view %v",
					in, follow.T0, follow.T1, follow.Mode, follow.Playing, lead.T0, lead.T1, lead.Mode)
			}
			if want := min(lead.Playhead, follow.Scene.End); follow.Playhead != want {
				t.Errorf("after %v: the follower's playhead is at %d, want %d", in, follow.Playhead, want)
			}
		}
		lead.Playing = false
	}
}

// TestUnder checks that the top timeline's detail panel starts where the bottom timeline does, so
// the bottom one, drawn after it, covers it exactly.
func TestUnder(t *testing.T) {
	sim, _, _ := pair(t)
	for _, c := range []struct{ h, line, scale float64 }{{350, 17, 1}, {350, 34, 2}, {120, 17, 1}, {900, 20, 1.5}} {
		top := viewstate.Rect{X: 0, Y: 30, W: 1280, H: c.h}
		g := viewstate.Layout(pairstate.Under(top, c.line, c.scale), viewstate.Metrics{Scale: c.scale, Char: 8, SmallChar: 7, Line: c.line}, sim)
		if d := g.Panel.Y - top.Bottom(); d < -0.5 || d > 0.5 {
			t.Errorf("height %v, line %v: the panel starts at %v, want %v, the top timeline's bottom", c.h, c.line, g.Panel.Y, top.Bottom())
		}
	}
}

func TestLeader(t *testing.T) {
	top, bottom, _ := pairstate.Split(viewstate.Rect{W: 800, H: 600}, 2, 20)
	for _, c := range []struct {
		last int
		y    float64
		want int
	}{{1, 10, 0}, {0, bottom.Y + 1, 1}, {1, 590, 1}, {0, 590, 0}, {0, -5, 0}} {
		if got := pairstate.Leader(c.last, c.y, top, bottom); got != c.want {
			t.Errorf("Leader(last %d, y %v) = %d, want %d", c.last, c.y, got, c.want)
		}
	}
}

func TestHeading(t *testing.T) {
	_, _, diffs := pair(t)
	if h := pairstate.Heading(diffs, "en"); h[:39] != "The order of events agrees with CPython" {
		t.Errorf("Heading = %q", h)
	}
}
