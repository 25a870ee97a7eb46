package svg

import (
	"strings"
	"testing"
)

// TestLaneNameKeepsItsEnd: a thread's name cut to fit the label column keeps its end, where one pool's
// threads differ ("…-0_1"), as the viewer's lanes do.
func TestLaneNameKeepsItsEnd(t *testing.T) {
	got := fitName("T3 ThreadPoolExecutor-0_1", 16*charWidth)
	if !strings.HasSuffix(got, "-0_1") || !strings.HasPrefix(got, "T3 ") {
		t.Errorf("fitName = %q, want the T3 prefix and the -0_1 suffix kept", got)
	}
}
