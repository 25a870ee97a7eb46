package layout_test

import (
	"bytes"
	"flag"
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
		for _, e := range load(t, name).Events {
			seen[e.Kind] = true
		}
	}
	for _, k := range trace.Kinds() {
		if !seen[k] {
			t.Errorf("no trace in testdata has a %s event", k)
		}
	}
}

// TestDeterministic: the same trace gives the same scene.
func TestDeterministic(t *testing.T) {
	for _, name := range traces(t) {
		tr := load(t, name)
		var a, b bytes.Buffer
		layout.Build(tr).WriteText(&a)
		layout.Build(tr).WriteText(&b)
		if a.String() != b.String() {
			t.Errorf("%s: two layouts of one trace differ", name)
		}
	}
}
