package doclayout

import (
	"strings"
	"testing"

	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/render/layout"
)

// cells measures text in character cells: 10 pixels a cell, a wide character two cells.
type cells struct{}

func (cells) Advance(s string, f Font) float64 {
	w := float64(layout.Width(s)) * 10
	if f == Heading1 {
		w *= 1.5
	}
	return w
}
func (cells) Ascent(f Font) float64 { return 8 }
func (cells) Height(f Font) float64 {
	if f == Heading1 {
		return 15
	}
	return 10
}

// lines wraps spans at width cells and returns the lines' text, runs joined by "|".
func lines(spans []lessons.Span, width float64) []string {
	var out []string
	for _, ln := range (wrapper{m: cells{}}).wrap(spans, Body, width*10) {
		var parts []string
		for _, r := range ln.runs {
			parts = append(parts, r.Text)
		}
		out = append(out, strings.Join(parts, "|"))
	}
	return out
}

func plain(s string) []lessons.Span { return []lessons.Span{{Text: s}} }

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		spans []lessons.Span
		width float64
		want  []string
	}{
		{"latin breaks at spaces", plain("the quick brown fox jumps"), 10, []string{"the quick", "brown fox", "jumps"}},
		{"a word that fits exactly", plain("abcde fghij"), 5, []string{"abcde", "fghij"}},
		{"a word longer than the line is split", plain("a ThreadPoolExecutor b"), 8, []string{"a", "ThreadPo", "olExecut", "or b"}},
		{"CJK breaks between characters", plain("工作线程每秒完成任务"), 8, []string{"工作线程", "每秒完成", "任务"}},
		{"no line starts with a full-width comma", plain("一二三，四五"), 6, []string{"一二", "三，四", "五"}},
		{"no line ends with an opening bracket", plain("一二（三四"), 6, []string{"一二", "（三四"}},
		{"mixed: a latin word stays whole between CJK", plain("调用TimeoutError时"), 10, []string{"调用", "TimeoutErr", "or时"}},
		{"mixed: break before a latin word", plain("抛出TimeoutError"), 13, []string{"抛出", "TimeoutError"}},
		{"hard line break", plain("one\ntwo three"), 20, []string{"one", "two three"}},
		{"inline code keeps its style and stays with punctuation", []lessons.Span{
			{Text: "call "}, {Text: "f.result()", Code: true}, {Text: ", then wait"},
		}, 13, []string{"call", "f.result()|,", "then wait"}},
		{"inline code breaks at its spaces", []lessons.Span{{Text: "x "}, {Text: "as_completed(fs, timeout=0.5)", Code: true}}, 17,
			[]string{"x", "as_completed(fs,", "timeout=0.5)"}},
		{"emphasis and strong are runs of their own", []lessons.Span{
			{Text: "a "}, {Text: "whole", Strong: true}, {Text: " "}, {Text: "loop", Emphasis: true},
		}, 40, []string{"a |whole| |loop"}},
	}
	for _, tt := range tests {
		if got := lines(tt.spans, tt.width); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: got\n%q\nwant\n%q", tt.name, got, tt.want)
		}
	}
}

func TestWrapNeverExceedsTheWidth(t *testing.T) {
	spans := []lessons.Span{
		{Text: "唯一的工作线程每 0.2 秒完成一个任务：0.2 秒和 0.4 秒都在期限内，0.6 秒就晚了。交出了两个 future，所以是 "},
		{Text: "4 (of 6) futures unfinished", Code: true},
		{Text: "。The timeout ended your loop, not the work: supercalifragilisticexpialidocious."},
	}
	wr := wrapper{m: cells{}, pad: 3}
	for width := 4.0; width < 60; width++ {
		for _, ln := range wr.wrap(spans, Body, width*10) {
			if ln.w > width*10+6 { // inline code's padding may overhang a line of one code piece
				t.Fatalf("width %v: a line is %v wide: %+v", width*10, ln.w, ln.runs)
			}
		}
	}
}

func TestWrapStylesMap(t *testing.T) {
	ln := (wrapper{m: cells{}, pad: 3}).wrap([]lessons.Span{
		{Text: "a "}, {Text: "b", Emphasis: true}, {Text: " "}, {Text: "c", Strong: true}, {Text: " "}, {Text: "d", Code: true},
	}, Body, 1000)[0]
	want := map[string][2]int{"a ": {int(Body), int(Plain)}, "b": {int(Italic), int(Emphasis)}, "c": {int(Bold), int(Strong)}, "d": {int(Mono), int(InlineCode)}}
	for _, r := range ln.runs {
		if w, ok := want[r.Text]; ok && (int(r.Font) != w[0] || int(r.Ink) != w[1]) {
			t.Errorf("%q: font %d ink %d, want %v", r.Text, r.Font, r.Ink, w)
		}
	}
	if d := ln.runs[len(ln.runs)-1]; d.X != ln.w-d.W-3 {
		t.Errorf("inline code at %v (width %v) in a line %v wide: want its padding both sides", d.X, d.W, ln.w)
	}
}
