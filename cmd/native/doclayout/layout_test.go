package doclayout

import (
	"testing"

	"github.com/futurescope/futurescope/lessons"
)

// runOf returns the first run of p whose text is s.
func runOf(t *testing.T, p *Page, s string) Run {
	t.Helper()
	for _, r := range p.Runs {
		if r.Text == s {
			return r
		}
	}
	t.Fatalf("no run %q on the page", s)
	return Run{}
}

func TestListItemsHangTheirLines(t *testing.T) {
	p := Layout([]lessons.DocBlock{
		{Kind: lessons.DocListItem, Indent: 1, Marker: "1.", Spans: plain("alpha beta gamma delta")},
	}, 160, cells{}, Options{})
	marker, first, second := runOf(t, p, "1."), runOf(t, p, "alpha beta"), runOf(t, p, "gamma delta")
	if marker.X >= first.X || second.X != first.X || second.Y <= first.Y {
		t.Errorf("marker at %v, first line at %v,%v, second at %v,%v: want the second under the first, right of the marker",
			marker.X, first.X, first.Y, second.X, second.Y)
	}
	if marker.Y != first.Y {
		t.Errorf("the marker is at y %v, its item's first line at %v", marker.Y, first.Y)
	}
}

func TestCodeBlocks(t *testing.T) {
	code := "import time\nfor f in futures:\n    print(f.result(), 'a long argument')\n"
	p := Layout([]lessons.DocBlock{
		{Kind: lessons.DocHeading, Level: 1, Spans: plain("Title")},
		{Kind: lessons.DocCode, Lang: "python", Code: code, Script: 1},
		{Kind: lessons.DocCode, Lang: "python", Code: "pass\n", Script: 2},
		{Kind: lessons.DocCode, Lang: "text", Code: "TimeoutError\n"},
	}, 300, cells{}, Options{Runnable: func(n int) bool { return n == 1 }})
	if len(p.Codes) != 3 {
		t.Fatalf("%d code blocks", len(p.Codes))
	}
	run, norun, text := p.Codes[0], p.Codes[1], p.Codes[2]
	if !run.Runnable || run.TagH == 0 || norun.Runnable || norun.TagH != 0 || text.Script != 0 {
		t.Errorf("runnable/tag: %v %v, %v %v, text script %d", run.Runnable, run.TagH, norun.Runnable, norun.TagH, text.Script)
	}
	if c, ok := p.Code(1); !ok || c.Y != run.Y {
		t.Error("Code(1) does not find script 1")
	}
	// line 3 is too long for the box: it takes two page lines, the second indented under it
	t1, b1, _ := run.LineSpan(1)
	t3, b3, ok := run.LineSpan(3)
	if !ok || b3-t3 < 1.9*(b1-t1) {
		t.Errorf("line 3 spans %v..%v, line 1 %v..%v: want line 3 wrapped onto two lines", t3, b3, t1, b1)
	}
	if _, _, ok := run.LineSpan(4); ok {
		t.Error("the block has a line 4")
	}
	cont := runOf(t, p, "        long argument')")
	if cont.Y <= t3 || cont.X != runOf(t, p, "import time").X {
		t.Errorf("the continuation is at %v,%v", cont.X, cont.Y)
	}
	if runOf(t, p, "3").Ink != LineNumber {
		t.Error("script lines are not numbered")
	}
	if hit, ok := p.CodeAt(run.X+5, run.Y+run.H-1); !ok || hit.Script != 1 {
		t.Error("CodeAt misses the runnable block")
	}
	if runOf(t, p, "Title").Font != Heading1 || p.Height <= text.Y+text.H-1 {
		t.Errorf("title font %v, page height %v", runOf(t, p, "Title").Font, p.Height)
	}
}

func TestTablesAndQuotes(t *testing.T) {
	p := Layout([]lessons.DocBlock{
		{Kind: lessons.DocTableHeader, Cells: [][]lessons.Span{plain("call"), plain("raises")}},
		{Kind: lessons.DocTableRow, Cells: [][]lessons.Span{plain("wait()"), plain("never")}},
		{Kind: lessons.DocParagraph, Quote: true, Spans: plain("quoted")},
	}, 400, cells{}, Options{})
	call, wait, never := runOf(t, p, "call"), runOf(t, p, "wait()"), runOf(t, p, "never")
	if call.Font != Bold || wait.X != call.X || never.Y != wait.Y || never.X <= wait.X+wait.W {
		t.Errorf("table runs: %+v %+v %+v", call, wait, never)
	}
	var header, bar bool
	for _, b := range p.Boxes {
		header = header || b.Kind == TableHeaderBox
		bar = bar || (b.Kind == QuoteBar && b.X < runOf(t, p, "quoted").X)
	}
	if !header || !bar {
		t.Errorf("header shading %v, quote bar %v", header, bar)
	}
	if len(p.Tops) != 3 {
		t.Errorf("%d block tops for three blocks", len(p.Tops))
	}
}

// A panel squeezed to nothing (or less: its margins) lays its code out a character a line, without
// looping or failing.
func TestCodeInNoWidth(t *testing.T) {
	code := "    print(f.result(), 'a long argument')\n"
	for _, w := range []float64{-40, 0, 3} {
		p := Layout([]lessons.DocBlock{{Kind: lessons.DocCode, Lang: "python", Code: code, Script: 1}}, w, cells{}, Options{})
		if len(p.Codes) != 1 || p.Height <= 0 {
			t.Errorf("width %v: %d code blocks, height %v", w, len(p.Codes), p.Height)
		}
	}
}
