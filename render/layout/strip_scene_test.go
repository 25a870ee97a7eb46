package layout_test

import (
	"testing"

	"github.com/futurescope/futurescope/render/layout"
)

// A run's strip keeps only what the run shows: the GIL run waits for the GIL and has no pending
// future's stripes in its threads view; a run of thread pool workers has no GIL wait.
func TestSceneStripKeepsWhatTheRunUses(t *testing.T) {
	has := func(es []layout.StripEntry, st layout.Style) bool {
		for _, e := range es {
			if e.Style == st {
				return true
			}
		}
		return false
	}
	gil := layout.Build(load(t, "gil"))
	if th := gil.Strip("threads", "en"); !has(th, layout.GILWait) || has(th, layout.Pending) {
		t.Errorf("gil.py's threads strip: %v", th)
	}
	fe := layout.Build(load(t, "first_exception"))
	if f := fe.Strip("futures", "zh"); !has(f, layout.Result) || !has(f, layout.Exception) || has(f, layout.GILWait) || has(f, layout.CancelTrue) {
		t.Errorf("first_exception.py's futures strip: %v", f)
	}
	if n, all := len(fe.Strip("both", "en")), len(layout.Strip("both", "en")); n == 0 || n >= all {
		t.Errorf("first_exception.py's strip has %d of %d entries", n, all)
	}
}
