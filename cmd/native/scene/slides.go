package scene

import (
	"strings"

	"github.com/futurescope/futurescope/lessons"
)

// A Slide is one section of a lesson's text, as presenter mode shows it: the title and what comes
// before the first second-level heading, then each second-level heading with what follows it up to
// the next one (the Go Tour's present mode cuts its slides the same way).
type Slide struct {
	// First and End are the slide's blocks, doc[First:End].
	First, End int
	// Title is the slide's heading, "" for none.
	Title string
	// Scripts are the script blocks on the slide (lessons.DocBlock.Script), in order.
	Scripts []int
}

// Slides cuts doc (a lesson's text with its title on top) into slides; a text with no blocks has
// one empty slide.
func Slides(doc []lessons.DocBlock) []Slide {
	var out []Slide
	cur := Slide{}
	for i, b := range doc {
		if b.Kind == lessons.DocHeading && b.Level <= 2 && i > cur.First {
			cur.End = i
			out = append(out, cur)
			cur = Slide{First: i}
		}
		if b.Kind == lessons.DocHeading && i == cur.First {
			cur.Title = spansText(b.Spans)
		}
		if b.Script > 0 {
			cur.Scripts = append(cur.Scripts, b.Script)
		}
	}
	cur.End = len(doc)
	return append(out, cur)
}

// spansText returns the text of spans, without their styles.
func spansText(spans []lessons.Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.Text)
	}
	return b.String()
}

// SlideOf returns the slide that shows script block n, or -1.
func SlideOf(slides []Slide, n int) int {
	for i, s := range slides {
		for _, m := range s.Scripts {
			if m == n {
				return i
			}
		}
	}
	return -1
}
