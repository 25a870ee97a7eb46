package layout_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/internal/golden"
	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

var update = flag.Bool("update", false, "rewrite the golden scenes in testdata")

// traces returns the names of the traces in testdata (without ".json").
func traces(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no traces in testdata: %v", err)
	}
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".json"))
	}
	return names
}

// load decodes testdata/name.json; with a nil t (in examples) it panics on an error.
func load(t testing.TB, name string) *trace.Trace {
	fail := func(err error) {
		if t == nil {
			panic(err)
		}
		t.Helper()
		t.Fatalf("%s: %v", name, err)
	}
	f, err := os.Open(filepath.Join("testdata", name+".json"))
	if err != nil {
		fail(err)
	}
	defer f.Close()
	tr, err := trace.Decode(f)
	if err != nil {
		fail(err)
	}
	return tr
}

// TestGoldenScenes lays out every trace in testdata and compares the scene's text form with
// testdata/NAME.scene; -update rewrites those files.
func TestGoldenScenes(t *testing.T) {
	for _, name := range traces(t) {
		t.Run(name, func(t *testing.T) {
			checkGolden(t, layout.Build(load(t, name)), filepath.Join("testdata", name+".scene"))
		})
	}
}

// checkGolden compares the text form of scene s with the file path; -update rewrites the file.
func checkGolden(t *testing.T, s *layout.Scene, path string) {
	t.Helper()
	var b bytes.Buffer
	if err := s.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, path, b.Bytes(), *update)
}

// TestTracesCoverEveryKind keeps the golden traces honest: together they hold every event kind.
func TestTracesCoverEveryKind(t *testing.T) {
	seen := map[trace.Kind]bool{}
	for _, name := range traces(t) {
		for _, e := range load(t, name).Events() {
			seen[e.Kind] = true
		}
	}
	for _, k := range trace.Kinds() {
		if !seen[k] {
			t.Errorf("no trace in testdata has a %s event", k)
		}
	}
}

// TestDeterministic: a scene depends on its trace's content alone, so the timeline is the same on every
// run and in every front end. Ten layouts of one trace give one scene text (Go randomizes the order of
// every walk over a map, so a layout that places or orders shapes by walking a map differs between
// them), and so do the layouts of the trace read back from its JSON and from its binary form (the
// browser's), and of a copy whose events are fresh values. The legend (Used) counts as part of the scene.
func TestDeterministic(t *testing.T) {
	text := func(tr *trace.Trace) string { // the scene's text form and its legend
		var b bytes.Buffer
		s := layout.Build(tr)
		if err := s.WriteText(&b); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintln(&b, "legend:", s.Used(), s.Used(&s.Futures), s.Used(&s.Threads))
		return b.String()
	}
	for _, name := range traces(t) {
		tr := load(t, name)
		want := text(tr)
		for i := range 10 {
			if got := text(tr); got != want {
				t.Errorf("%s: layout %d of one trace differs from the first at %s", name, i+2, firstDiff(want, got))
				break
			}
		}
		var js bytes.Buffer
		if err := trace.Encode(&js, tr); err != nil {
			t.Fatal(err)
		}
		fromJSON, err := trace.Decode(&js)
		if err != nil {
			t.Fatal(err)
		}
		bin, err := trace.EncodeBinary(tr)
		if err != nil {
			t.Fatal(err)
		}
		fromBinary, err := trace.DecodeBinary(bin)
		if err != nil {
			t.Fatal(err)
		}
		copied := trace.New(tr.Meta, tr.Collect())
		for form, other := range map[string]*trace.Trace{"JSON": fromJSON, "binary": fromBinary, "copied": copied} {
			if got := text(other); got != want {
				t.Errorf("%s: the layout of its %s form differs at %s", name, form, firstDiff(want, got))
			}
		}
	}
}

// firstDiff names the first line where a and b differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n  %s\n  %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("line %d (one is longer)", min(len(al), len(bl))+1)
}
