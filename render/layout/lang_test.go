package layout_test

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

// scriptWords returns the words a run's own strings hold (event names, arguments, values, the file
// name): a Chinese scene keeps them as they are.
func scriptWords(tr *trace.Trace) (values []string, words map[string]bool) {
	words = map[string]bool{}
	word := regexp.MustCompile(`[A-Za-z_][A-Za-z_0-9]*`)
	for _, e := range tr.Events() {
		for _, w := range word.FindAllString(e.Name+" "+e.Args, -1) {
			words[w] = true
		}
		for _, v := range append(strings.Split(e.Value, "\n"), e.Value) {
			if len(v) >= 4 { // shorter ones would cut names apart ("1" out of "f1")
				values = append(values, v)
			}
		}
	}
	for _, w := range word.FindAllString(tr.Meta["file"], -1) {
		words[w] = true
	}
	slices.SortFunc(values, func(a, b string) int { return len(b) - len(a) }) // longest first
	return values, words
}

// TestChineseScenes lays out every trace in testdata in Chinese: no English sentence is left in a
// label or a detail, apart from the script's names and values and Python's names, and the scene has
// the same shapes as the English one.
func TestChineseScenes(t *testing.T) {
	for _, name := range traces(t) {
		t.Run(name, func(t *testing.T) {
			tr := load(t, name)
			en, zh := layout.Build(tr), layout.BuildWith(tr, layout.BuildOptions{Lang: "zh"})
			if en.Lang != "en" || zh.Lang != "zh" {
				t.Fatalf("Lang: %q, %q", en.Lang, zh.Lang)
			}
			values, words := scriptWords(tr)
			check := func(where, s string) {
				rest := s
				for _, v := range values {
					rest = strings.ReplaceAll(rest, v, "")
				}
				if w := layout.EnglishWords(rest, words); len(w) > 0 {
					t.Errorf("%s: %q has English words %q", where, s, w)
				}
			}
			for _, v := range []*layout.View{&zh.Futures, &zh.Threads} {
				for _, l := range v.Lanes {
					check("lane "+l.Label, l.Detail)
				}
				for _, sh := range v.Shapes {
					check(sh.Style.Key(), sh.Label)
					check(sh.Style.Key(), sh.Detail)
				}
			}
			for _, o := range zh.Overlays {
				check("overlay", o.Label)
				check("overlay", o.Detail)
			}
			if !isError(tr) { // an uncaught exception is Python's, as CPython prints it
				check("outcome", zh.Outcome)
			}
			if !sameShapes(en, zh) {
				t.Errorf("the Chinese scene's shapes differ from the English ones")
			}
		})
	}
}

// sameShapes reports whether a and b have the same lanes and shapes, words aside.
func sameShapes(a, b *layout.Scene) bool {
	strip := func(s *layout.Scene) []layout.Shape {
		var out []layout.Shape
		for _, v := range []*layout.View{&s.Futures, &s.Threads} {
			out = append(out, v.Shapes...)
			for _, l := range v.Lanes {
				out = append(out, layout.Shape{Lane: l.Future, T0: int64(l.Thread), Label: l.Label, Y0: l.Height})
			}
		}
		out = append(out, s.Overlays...)
		for i := range out {
			out[i].Detail = ""
			if out[i].Kind != layout.Text {
				out[i].Label = ""
			}
		}
		return out
	}
	return slices.Equal(strip(a), strip(b))
}

// TestGoldenChineseScenes compares the Chinese scenes of a few traces with testdata/zh/NAME.scene;
// -update rewrites them.
func TestGoldenChineseScenes(t *testing.T) {
	for _, name := range []string{"callbacks_cancel", "as_completed_timeout", "broken", "deadlock", "runaway"} {
		t.Run(name, func(t *testing.T) {
			s := layout.BuildWith(load(t, name), layout.BuildOptions{Lang: "zh"})
			checkGolden(t, s, filepath.Join("testdata", "zh", name+".scene"))
		})
	}
}

// isError reports whether tr's run ended with an uncaught exception, whose text stays Python's.
func isError(tr *trace.Trace) bool {
	for _, e := range tr.Events() {
		if e.Kind == trace.Error {
			return true
		}
	}
	return false
}
