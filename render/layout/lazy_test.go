package layout_test

import (
	"strings"
	"testing"

	"github.com/futurescope/futurescope/render/layout"
)

// TestLazyDetails checks that a scene from BuildLazy has the shapes of Build's, with no detail until
// one is asked for, and then the same detail, in both languages, through Describe, Visible and Hit.
func TestLazyDetails(t *testing.T) {
	for _, name := range traces(t) {
		for _, lang := range []string{"en", "zh"} {
			tr := load(t, name)
			eager := layout.BuildWith(tr, layout.BuildOptions{Lang: lang})
			lazy := layout.BuildLazy(tr, layout.BuildOptions{Lang: lang})
			for vi, v := range lazy.Views("both") {
				ev := eager.Views("both")[vi]
				if len(v.Shapes) != len(ev.Shapes) || len(v.Lanes) != len(ev.Lanes) {
					t.Fatalf("%s %s %s: %d shapes in %d lanes, Build has %d in %d", name, lang, v.Name,
						len(v.Shapes), len(v.Lanes), len(ev.Shapes), len(ev.Lanes))
				}
				for i := range v.Shapes {
					if v.Shapes[i].Detail != "" {
						t.Fatalf("%s %s: shape %d has its detail before anyone asked", name, v.Name, i)
					}
				}
				// Visible writes the details of what it yields; Describe those of the rest.
				first := 0
				if len(v.Lanes) > 0 {
					for range v.Visible(0, lazy.End, 0, 1) {
					}
					first = len(v.Lane(0))
				}
				for i := range v.Shapes {
					sh := &v.Shapes[i]
					if i < first && sh.Detail == "" && ev.Shapes[i].Detail != "" {
						t.Errorf("%s %s: Visible left shape %d without its detail", name, v.Name, i)
					}
					if got, want := v.Describe(sh), ev.Shapes[i].Detail; got != want {
						t.Errorf("%s %s %s shape %d (%s): lazy detail %q, Build's %q", name, lang, v.Name, i, sh.Style.Key(), got, want)
					}
					if sh.Label != ev.Shapes[i].Label {
						t.Errorf("%s %s shape %d: label %q, Build's %q", name, v.Name, i, sh.Label, ev.Shapes[i].Label)
					}
				}
			}
		}
	}
}

// TestPauses checks that a big layout pauses often, as BuildOptions.Pause promises a caller that
// shares its thread, and that pausing changes nothing in the scene.
func TestPauses(t *testing.T) {
	tr := synthetic(30_000, 4) // 180,000 events
	pauses := 0
	paused := layout.BuildWith(tr, layout.BuildOptions{Pause: func() { pauses++ }})
	// A walk over the events takes at most 10,000 steps between pauses; there are several walks.
	if min := 3 * tr.Len() / 10_000; pauses < min {
		t.Errorf("%d pauses for %d events, want at least %d", pauses, tr.Len(), min)
	}
	var a, b strings.Builder
	if err := paused.WriteText(&a); err != nil {
		t.Fatal(err)
	}
	if err := layout.Build(tr).WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("the scene laid out with pauses differs from the one without")
	}
	t.Logf("%d pauses for %d events", pauses, tr.Len())
}
