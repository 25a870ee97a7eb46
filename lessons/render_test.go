package lessons_test

import (
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/futurescope/futurescope/internal/golden"
	"github.com/futurescope/futurescope/lessons"
)

// TestHTML compares the sample's lessons, rendered, with testdata/html/<slug>.<lang>.html
// (go test -update rewrites them).
func TestHTML(t *testing.T) {
	c := sample(t)
	for _, l := range append(c.Lessons("en"), c.Lessons("zh")...) {
		got, err := l.HTML()
		if err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("testdata/html", l.Slug+"."+l.Language+".html"), got, *update)
	}
}

func TestHTMLMarksScriptBlocks(t *testing.T) {
	c, err := load(map[string]string{"en/01-x.md": header + "\n```text\n<plain>\n```\n\n" +
		"```python cores=2 at=1.5 expect-error=TimeoutError free-threaded\nprint('<&>')\n```\n\n```python norun\nx\n```\n"})
	if err != "" {
		t.Fatal(err)
	}
	got, _ := c.Lesson("en", "01-x").HTML()
	want := `<pre><code class="language-text">&lt;plain&gt;
</code></pre>
<pre class="fs-code" data-block="1" data-view="both" data-at="1.5" data-cores="2" data-free-threaded="" data-expect-error="TimeoutError"><code class="language-python">print('&lt;&amp;&gt;')
</code></pre>
<pre class="fs-code" data-block="2" data-view="both" data-norun=""><code class="language-python">x
</code></pre>
`
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// Lessons render concurrently (a web server does): go test -race checks it.
func TestHTMLConcurrent(t *testing.T) {
	l := sample(t).Lesson("en", "02-when-it-fails")
	want, _ := l.HTML()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got, _ := l.HTML(); string(got) != string(want) {
				t.Error("concurrent rendering differs")
			}
			l.Doc()
		})
	}
	wg.Wait()
}

func TestDoc(t *testing.T) {
	text := header + `
# One *two* **three**

A [link](https://x.org) and ` + "`code`" + `, a \*star\* &amp; a
soft break; 中文
换行 and a hard one\
here.

- item **one**

  more of one
- item two
  1. nested

> quoted

| a | b |
|---|---|
| 1 | ` + "`2`" + ` |

---

` + "```python norun\nx = 1\n```\n"
	c, err := load(map[string]string{"en/01-x.md": text})
	if err != "" {
		t.Fatal(err)
	}
	s := func(text string) lessons.Span { return lessons.Span{Text: text} }
	want := []lessons.DocBlock{
		{Kind: lessons.DocHeading, Level: 1, Spans: []lessons.Span{s("One "), {Text: "two", Emphasis: true}, s(" "), {Text: "three", Strong: true}}},
		{Kind: lessons.DocParagraph, Spans: []lessons.Span{s("A "), {Text: "link", Link: "https://x.org"}, s(" and "), {Text: "code", Code: true},
			s(", a *star* & a soft break; 中文换行 and a hard one\nhere.")}},
		{Kind: lessons.DocListItem, Indent: 1, Marker: "•", Spans: []lessons.Span{s("item "), {Text: "one", Strong: true}}},
		{Kind: lessons.DocParagraph, Indent: 1, Spans: []lessons.Span{s("more of one")}},
		{Kind: lessons.DocListItem, Indent: 1, Marker: "•", Spans: []lessons.Span{s("item two")}},
		{Kind: lessons.DocListItem, Indent: 2, Marker: "1.", Spans: []lessons.Span{s("nested")}},
		{Kind: lessons.DocParagraph, Quote: true, Spans: []lessons.Span{s("quoted")}},
		{Kind: lessons.DocTableHeader, Cells: [][]lessons.Span{{s("a")}, {s("b")}}},
		{Kind: lessons.DocTableRow, Cells: [][]lessons.Span{{s("1")}, {{Text: "2", Code: true}}}},
		{Kind: lessons.DocRule},
		{Kind: lessons.DocCode, Code: "x = 1\n", Lang: "python", Script: 1},
	}
	got := c.Lesson("en", "01-x").Doc()
	if !reflect.DeepEqual(got, want) {
		for i := range max(len(got), len(want)) {
			var g, w any
			if i < len(got) {
				g = got[i]
			}
			if i < len(want) {
				w = want[i]
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("block %d:\ngot  %+v\nwant %+v", i, g, w)
			}
		}
	}
	if h := c.Lesson("en", "01-x").Headings; len(h) != 1 || h[0].Text != "One two three" || h[0].Line != 7 {
		t.Errorf("headings %+v", h)
	}
}
