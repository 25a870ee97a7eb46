//go:build regen

package layout_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

// TestRegenerateTraces reruns testdata/*.py on the simulator and rewrites their traces
// (testdata/*.json), which the other tests read. It needs the regen build tag, so that the package's
// ordinary tests never build the simulator:
//
//	go test -tags regen -run TestRegenerateTraces ./render/layout && go test ./render/layout -update
func TestRegenerateTraces(t *testing.T) {
	scripts, err := filepath.Glob("testdata/*.py")
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts in testdata: %v", err)
	}
	for _, py := range scripts {
		src, err := os.ReadFile(py)
		if err != nil {
			t.Fatal(err)
		}
		opts := script.Options{Filename: filepath.Base(py), Source: src, Cores: 4}
		if strings.Contains(string(src), "while True") {
			opts.MaxSteps = 150_000_000 // a runaway loop: stop it soon
		}
		res := script.Run(opts)
		var b bytes.Buffer
		if err := trace.Encode(&b, res.Trace); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(strings.TrimSuffix(py, ".py")+".json", b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d events, exit code %d", py, res.Trace.Len(), res.ExitCode)
	}
}
