package svg_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/render/svg"
)

// tickLabel matches an axis tick label ("0.3 s", "250 ms").
var tickLabel = regexp.MustCompile(`>(\d+(?:\.\d+)? m?s)</text>`)

func TestWritePairDrawsBothOnOneAxis(t *testing.T) {
	short, long := scene(t, "callbacks_cancel"), scene(t, "as_completed_timeout")
	var b strings.Builder
	if err := svg.WritePair(&b, svg.Panel{Title: "Simulated <one>", Scene: short}, svg.Panel{Title: "Recorded & two", Scene: long}, svg.Options{View: "futures"}); err != nil {
		t.Fatal(err)
	}
	doc := b.String()
	if err := wellFormed(doc); err != nil {
		t.Fatalf("not well-formed XML: %v", err)
	}
	if !strings.Contains(doc, "Simulated &lt;one&gt;") || !strings.Contains(doc, "Recorded &amp; two") {
		t.Error("the panels' titles are missing or not escaped")
	}
	if n := strings.Count(doc, "<svg"); n != 3 {
		t.Errorf("%d <svg> elements, want the pair's and one a panel", n)
	}
	// One time axis: both panels end at the later run's end, so their last tick labels agree.
	i, j := strings.Index(doc, "<svg x="), strings.LastIndex(doc, "<svg x=")
	if i < 0 || i == j {
		t.Fatal("no second panel")
	}
	top, bottom := doc[i:j], doc[j:]
	last := func(s string) string {
		m := tickLabel.FindAllStringSubmatch(s, -1)
		if len(m) == 0 {
			return ""
		}
		return m[len(m)-1][1]
	}
	if a, c := last(top), last(bottom); a == "" || a != c {
		t.Errorf("the panels' last tick labels are %q and %q, want one axis", a, c)
	}
	if _, e0 := short.Extent(); e0 >= func() int64 { _, e := long.Extent(); return e }() {
		t.Fatal("test scenes: the first should be the shorter run")
	}
}

func TestWritePairRefusesAnUnknownView(t *testing.T) {
	s := scene(t, "callbacks_cancel")
	var b strings.Builder
	if err := svg.WritePair(&b, svg.Panel{Title: "a", Scene: s}, svg.Panel{Title: "b", Scene: s}, svg.Options{View: "sideways"}); err == nil {
		t.Error("an unknown view drew")
	}
}
