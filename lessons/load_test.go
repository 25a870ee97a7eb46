package lessons_test

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/futurescope/futurescope/lessons"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// sample loads the sample course in testdata/sample.
func sample(t *testing.T) *lessons.Course {
	t.Helper()
	c, err := lessons.Load(lessons.Named(os.DirFS("testdata/sample"), "testdata/sample"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// load loads a course of one lesson, en/01-x.md, and returns its error text ("" for none).
func load(files map[string]string) (*lessons.Course, string) {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	c, err := lessons.Load(fsys)
	if err != nil {
		return nil, err.Error()
	}
	return c, ""
}

func TestContentLoads(t *testing.T) {
	c, err := lessons.Load(lessons.Content())
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range lessons.Languages() {
		for _, l := range c.Lessons(lang) {
			if !strings.HasPrefix(l.File, lessons.ContentDir+"/"+lang+"/") {
				t.Errorf("%s: File %q, want it under %s/%s", l.Name(), l.File, lessons.ContentDir, lang)
			}
		}
	}
}

func TestSample(t *testing.T) {
	c := sample(t)
	var names []string
	for _, l := range c.Lessons("zh") {
		names = append(names, l.Slug)
	}
	if strings.Join(names, " ") != "01-first-future 02-when-it-fails" {
		t.Errorf("zh lessons %q, want them in order", names)
	}
	l := c.Lesson("en", "02-when-it-fails")
	if l == nil || c.Lesson("en", "99-none") != nil {
		t.Fatal("Lesson finds a lesson by slug, and only that")
	}
	if l.Title != "When waiting fails" || l.Order != 2 || l.Language != "en" ||
		l.Summary != "timeouts, deadlocks, and code that only CPython can run" || l.File != "testdata/sample/en/02-when-it-fails.md" {
		t.Errorf("front matter: %+v", l)
	}
	if len(l.Blocks) != 4 || l.Blocks[2].Line != 39 || l.Blocks[2].Index != 3 || !strings.HasPrefix(l.Blocks[2].Code, "from concurrent.futures") {
		t.Errorf("blocks: %+v", l.Blocks)
	}
	if h := l.Headings; len(h) != 3 || h[1] != (lessons.Heading{Level: 2, Text: "A deadlock", Line: 35}) {
		t.Errorf("headings: %+v", h)
	}
}

const header = "---\ntitle: T\norder: 1\nlanguage: en\n---\n"

func TestFrontMatter(t *testing.T) {
	f := "en/01-x.md"
	tests := []struct{ text, err string }{
		{header + "Hello\n", ""},
		{"---\ntitle: \"Colons: fine\"\norder: 1\n\nsummary: s: t\nlanguage: en\n---\n", ""},
		{"Hello\n", f + ":1: no front matter: a lesson starts with a --- line"},
		{"---\ntitle: T\norder: 1\nlanguage: en\n", f + ":1: front matter: no closing --- line"},
		{"---\ntitle: T\norder: one\nlanguage: en\n---\n", f + `:3: front matter: order: got "one", want a whole number, 1 or more`},
		{"---\ntitle: T\norder: 1\nlanguage: zh\n---\n", f + `:4: front matter: language: got "zh", want "en" (the lesson's folder)`},
		{"---\ntitle: T\norder: 1\nlanguage: en\nauthor: me\n---\n", f + `:5: front matter: unknown key "author" (want title, order, summary, language)`},
		{"---\ntitle: T\ntitle: U\norder: 1\nlanguage: en\n---\n", f + ":3: front matter: title given twice"},
		{"---\ntitle: T\norder 1\nlanguage: en\n---\n", f + ":1: front matter: no order\n" + f + ":3: front matter: got \"order 1\", want key: value"},
		{"---\ntitle:\norder: 1\nlanguage: en\n---\n", f + ":2: front matter: empty title"},
		{"---\ntitle: \"T\norder: 1\nlanguage: en\n---\n", f + ":1: front matter: no title\n" + f + ":2: front matter: title: bad quoted value"},
	}
	for _, tt := range tests {
		_, err := load(map[string]string{f: tt.text})
		if err != tt.err {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.text, err, tt.err)
		}
	}
}

func TestOptions(t *testing.T) {
	tests := []struct {
		info string
		want lessons.Options
		err  string
	}{
		{"python", lessons.Options{View: "both"}, ""},
		{"python norun", lessons.Options{NoRun: true, View: "both"}, ""},
		{"python  cores=2\tview=threads at=0.25", lessons.Options{Cores: 2, View: "threads", At: 250_000_000}, ""},
		{"python expect-error=TimeoutError free-threaded cpython=skip",
			lessons.Options{ExpectError: "TimeoutError", FreeThreaded: true, SkipCPython: true, View: "both"}, ""},
		{"python expect-error=deadlock view=futures", lessons.Options{ExpectError: "deadlock", View: "futures"}, ""},
		{"python cors=2", lessons.Options{}, `block 1: unknown option "cors=2" (want norun, cores=N, expect-error=TEXT, view=futures|threads|both, at=SECONDS, free-threaded, cpython=skip, predict)`},
		{"python fast", lessons.Options{}, `block 1: unknown option "fast" (want norun, cores=N, expect-error=TEXT, view=futures|threads|both, at=SECONDS, free-threaded, cpython=skip, predict)`},
		{"python cores=0", lessons.Options{}, "block 1: cores=0: want a whole number of cores, 1 or more"},
		{"python cores", lessons.Options{}, "block 1: option cores needs a value: cores=…"},
		{"python expect-error=", lessons.Options{}, "block 1: option expect-error needs a value: expect-error=…"},
		{"python norun=yes", lessons.Options{}, "block 1: option norun takes no value"},
		{"python view=gantt", lessons.Options{}, "block 1: view=gantt: want futures, threads or both"},
		{"python at=-1", lessons.Options{}, "block 1: at=-1: want a time in seconds, like 0.5"},
		{"python at=1s", lessons.Options{}, "block 1: at=1s: want a time in seconds, like 0.5"},
		{"python cpython=yes", lessons.Options{}, "block 1: cpython=yes: want cpython=skip"},
		{"python view=threads view=futures", lessons.Options{}, "block 1: option view given twice"},
	}
	for _, tt := range tests {
		text := header + "\nText.\n\n```" + tt.info + "\nprint(1)\n```\n"
		c, err := load(map[string]string{"en/01-x.md": text})
		if tt.err != "" {
			if want := regexp.MustCompile(`^en/01-x\.md:9:[0-9]+: ` + regexp.QuoteMeta(tt.err) + `$`); !want.MatchString(err) {
				t.Errorf("%s:\ngot  %s\nwant %s", tt.info, err, want)
			}
			continue
		}
		if err != "" {
			t.Errorf("%s: %s", tt.info, err)
			continue
		}
		if b := c.Lesson("en", "01-x").Blocks[0]; b.Options != tt.want || b.Line != 9 || b.Code != "print(1)\n" {
			t.Errorf("%s: got %+v, want %+v at line 9", tt.info, b, tt.want)
		}
	}
}

// An option error points at the option's word in the fence.
func TestOptionColumns(t *testing.T) {
	tests := []struct {
		info string
		col  int
	}{
		{"python cors=2", 11},
		{"python view=threads\tfast", 24},
		{"python  view=threads view=futures", 25},
		{"python predict=yes", 11},
	}
	for _, tt := range tests {
		_, err := load(map[string]string{"en/01-x.md": header + "\nText.\n\n```" + tt.info + "\nprint(1)\n```\n"})
		if want := fmt.Sprintf("en/01-x.md:9:%d: block 1: ", tt.col); !strings.HasPrefix(err, want) {
			t.Errorf("%q: got %s, want it at %s", tt.info, err, want)
		}
	}
}

func TestContentErrors(t *testing.T) {
	tests := []struct {
		files map[string]string
		err   string
	}{
		{map[string]string{"en/1-x.md": header}, "en/1-x.md: file name: want NN-slug.md (two digits, lowercase words joined by -)"},
		{map[string]string{"fr/01-x.md": header}, "fr: not a language folder (want en or zh)"},
		{map[string]string{"README.md": "# ignored", "en/01-x.md": header}, ""},
		{map[string]string{"en/01-x.md": header + "\n<div>hi</div>\n\nA <b>b</b>.\n"},
			"en/01-x.md:7: raw HTML is not rendered: write markdown instead\nen/01-x.md:9: raw HTML is not rendered: write markdown instead"},
		{map[string]string{"en/01-x.md": header + "\n```python\n```\n"}, "en/01-x.md:7: block 1: no code"},
		{map[string]string{"en/01-x.md": header, "en/02-y.md": header}, "en/02-y.md: order 1 is also en/01-x.md's"},
	}
	for _, tt := range tests {
		if _, err := load(tt.files); err != tt.err {
			t.Errorf("%v:\ngot  %s\nwant %s", tt.files, err, tt.err)
		}
	}
}

func TestTranslationsShareBlocks(t *testing.T) {
	zh := strings.Replace(header, "language: en", "language: zh", 1)
	en := header + "\nHello.\n\n```python view=threads\nprint(1)\nprint(2)\n```\n\n```python norun\nx\n```\n"
	tests := []struct{ zh, err string }{
		{zh + "\n你好。\n\n```python view=threads\nprint(1)\nprint(2)\n```\n\n```python norun\nx\n```\n", ""},
		{zh + "\n你好。\n\n```python view=threads\nprint(1)\nprint(3)\n```\n\n```python norun\nx\n```\n",
			"zh/01-x.md:11: block 1: code differs from en/01-x.md:9 (translations share their scripts byte for byte)"},
		{zh + "\n你好。\n\n```python view=futures\nprint(1)\nprint(2)\n```\n\n```python norun\nx\n```\n",
			`zh/01-x.md:9: block 1: info string "python view=futures" differs from en/01-x.md:9's "python view=threads"`},
		{zh + "\n你好。\n\n```python view=threads\nprint(1)\nprint(2)\n```\n",
			"zh/01-x.md: 1 python blocks, but en/01-x.md has 2: translations share their scripts"},
		{strings.Replace(zh, "order: 1", "order: 2", 1) + "\n```python view=threads\nprint(1)\nprint(2)\n```\n\n```python norun\nx\n```\n",
			"zh/01-x.md: order 2, but en/01-x.md has order 1"},
	}
	for _, tt := range tests {
		if _, err := load(map[string]string{"en/01-x.md": en, "zh/01-x.md": tt.zh}); err != tt.err {
			t.Errorf("got  %s\nwant %s", err, tt.err)
		}
	}
}

// The sample and the real course keep their translations' blocks the same: Load checks it.
func TestSampleTranslated(t *testing.T) {
	c := sample(t)
	for _, l := range c.Lessons("en") {
		zh := c.Lesson("zh", l.Slug)
		if zh == nil || len(zh.Blocks) != len(l.Blocks) {
			t.Errorf("%s: no zh translation with the same blocks", l.Name())
		}
	}
}
