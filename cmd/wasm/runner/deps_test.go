//go:build !(js && wasm)

package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestRunnerLinksNoDrawing holds runner.wasm to what the browser's run needs (issue 10's size budget):
// built for the browser, it imports neither the drawing (render/svg, render/layout: draw.wasm's) nor
// the comparison (package compare: compare.wasm's). go run ./tools/wasmsize ./cmd/wasm/runner shows
// what it links.
func TestRunnerLinksNoDrawing(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("this test needs the go command on PATH: %v", err)
	}
	cmd := exec.Command(goTool, "list", "-deps", ".")
	cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("go list -deps for GOOS=js: %v (this test needs the go command)", err)
	}
	deps := strings.Fields(string(out))
	if !slices.Contains(deps, "github.com/futurescope/futurescope/sim/script") {
		t.Fatalf("go list -deps lists no sim/script: %v", deps)
	}
	for _, pkg := range []string{"render/svg", "render/layout", "compare"} {
		if slices.Contains(deps, "github.com/futurescope/futurescope/"+pkg) {
			t.Errorf("runner.wasm imports %s, which the browser's run does not need", pkg)
		}
	}
}
