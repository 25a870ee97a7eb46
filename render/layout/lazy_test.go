package layout_test

import (
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
