package layout

import (
	"strconv"
	"strings"
	"testing"
)

// TestArenaKeepsStrings fills an arena over many blocks, with a scratch buffer reused as the lanes
// do, and a string too long for a block: every string reads as it was written at the end.
func TestArenaKeepsStrings(t *testing.T) {
	var a textArena
	var buf []byte
	var got, want []string
	for i := range 5000 {
		s := "f" + strconv.Itoa(i) + " " + strings.Repeat("x", i%97)
		if i == 4000 {
			s = strings.Repeat("long ", 20_000)
		}
		buf = append(buf[:0], s...)
		got, want = append(got, a.string(buf)), append(want, s)
		clear(buf)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("string %d reads %.40q, want %.40q", i, got[i], want[i])
		}
	}
	if a.string(nil) != "" {
		t.Errorf("an empty string is not empty")
	}
}
