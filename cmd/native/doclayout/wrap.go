package doclayout

import (
	"strings"
	"unicode/utf8"

	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/render/layout"
)

// An item is a piece of text no line break may split, in one style: a word (or the part of one in
// one style), a wide character, a space, or a hard line break.
type item struct {
	text  string
	font  Font
	ink   Ink
	space bool // a space: a line may break here, dropping it
	hard  bool // a hard line break
	glue  bool // no line break may come between this item and the one before it
	w     float64
}

// A line is one wrapped line: its runs, placed from x = 0 (Y not set yet), and its width.
type line struct {
	runs []Run
	w    float64
}

// wrapper wraps spans into lines of a width.
type wrapper struct {
	m   Measurer
	pad float64 // the padding each side of inline code, inside its box
}

// wrap breaks spans, written in base (Body or a heading's font), into lines at most width wide.
func (wr wrapper) wrap(spans []lessons.Span, base Font, width float64) []line {
	items := wr.measure(tokenize(spans, base))
	var out []line
	var cur, spaces []item
	curW, spaceW := 0.0, 0.0
	flush := func() {
		out = append(out, wr.place(cur))
		cur, curW = nil, 0
	}
	for _, w := range words(items) {
		switch {
		case w[0].hard:
			flush()
			spaces, spaceW = nil, 0
			continue
		case w[0].space:
			spaces, spaceW = append(spaces, w...), spaceW+width0(w)
			continue
		}
		ww := width0(w)
		if len(cur) > 0 && curW+spaceW+ww > width {
			flush()
		} else if len(cur) > 0 {
			cur, curW = append(cur, spaces...), curW+spaceW
		}
		spaces, spaceW = nil, 0
		if ww > width && len(cur) == 0 {
			parts := wr.split(w, width)
			for _, p := range parts[:len(parts)-1] {
				cur = p
				flush()
			}
			w, ww = parts[len(parts)-1], width0(parts[len(parts)-1])
		}
		cur, curW = append(cur, w...), curW+ww
	}
	if len(cur) > 0 || len(out) == 0 {
		flush()
	}
	return out
}

// width0 returns the width of items.
func width0(items []item) float64 {
	w := 0.0
	for _, it := range items {
		w += it.w
	}
	return w
}

// tokenize cuts spans into items.
func tokenize(spans []lessons.Span, base Font) []item {
	var out []item
	var prev rune // the last character before the item being read
	for _, s := range spans {
		font, ink := styleOf(s, base)
		word, glue := strings.Builder{}, false
		flushWord := func() {
			if word.Len() > 0 {
				out = append(out, item{text: word.String(), font: font, ink: ink, glue: glue})
				word.Reset()
			}
		}
		for _, r := range s.Text {
			switch {
			case r == '\n':
				flushWord()
				out = append(out, item{hard: true, font: font, ink: ink})
			case r == ' ' || r == '\t':
				flushWord()
				out = append(out, item{text: " ", space: true, font: font, ink: ink})
			case layout.Width(string(r)) == 2:
				flushWord()
				out = append(out, item{text: string(r), font: font, ink: ink, glue: !canBreak(prev, r)})
			default:
				if word.Len() == 0 {
					glue = !canBreak(prev, r)
				}
				word.WriteRune(r)
			}
			prev = r
		}
		flushWord()
	}
	return out
}

// styleOf returns the font and ink of span s in a block written in base.
func styleOf(s lessons.Span, base Font) (Font, Ink) {
	heading := base >= Heading1
	switch {
	case s.Code:
		return Mono, InlineCode
	case heading:
		return base, Heading
	case s.Link != "":
		return fontOf(s, base), Link
	case s.Strong:
		return Bold, Strong
	case s.Emphasis:
		return Italic, Emphasis
	}
	return base, Plain
}

// fontOf returns the font of a link's text.
func fontOf(s lessons.Span, base Font) Font {
	switch {
	case s.Strong:
		return Bold
	case s.Emphasis:
		return Italic
	}
	return base
}

// canBreak reports whether a line may break between characters a and b, neither a space: only next
// to a wide character, and never before closing or after opening punctuation.
func canBreak(a, b rune) bool {
	if a == 0 || (layout.Width(string(a)) != 2 && layout.Width(string(b)) != 2) {
		return false
	}
	return !strings.ContainsRune(noLineStart, b) && !strings.ContainsRune(noLineEnd, a)
}

// Punctuation that must not start a line, and punctuation that must not end one.
const (
	noLineStart = "，。、；：！？）」』】》〉’”…·%,.;:!?)]}"
	noLineEnd   = "（「『【《〈‘“([{"
)

// words groups items into the pieces a line may not split: a run of glued items, a space, or a hard
// line break.
func words(items []item) [][]item {
	var out [][]item
	for i, it := range items {
		joins := i > 0 && it.glue && !it.space && !it.hard && !items[i-1].space && !items[i-1].hard
		if joins {
			out[len(out)-1] = append(out[len(out)-1], it)
			continue
		}
		out = append(out, []item{it})
	}
	return out
}

// measure sets each item's width, inline code's padding included.
func (wr wrapper) measure(items []item) []item {
	for i := range items {
		it := &items[i]
		if it.hard {
			continue
		}
		it.w = wr.m.Advance(it.text, it.font)
		if it.ink != InlineCode {
			continue
		}
		if i == 0 || items[i-1].ink != InlineCode || items[i-1].hard {
			it.w += wr.pad
		}
		if i == len(items)-1 || items[i+1].ink != InlineCode || items[i+1].hard {
			it.w += wr.pad
		}
	}
	return items
}

// split cuts a word wider than width into pieces that fit, between characters.
func (wr wrapper) split(w []item, width float64) [][]item {
	var out [][]item
	var cur []item
	curW := 0.0
	for _, it := range w {
		for it.text != "" {
			n := wr.fit(it, width-curW)
			if n == 0 && len(cur) == 0 {
				_, n = utf8.DecodeRuneInString(it.text) // not even one character fits: take one anyway
			}
			if n == 0 {
				out, cur, curW = append(out, cur), nil, 0
				continue
			}
			head := it
			head.text, it.text = it.text[:n], it.text[n:]
			head.w = wr.m.Advance(head.text, head.font)
			cur, curW = append(cur, head), curW+head.w
		}
	}
	return append(out, cur)
}

// fit returns how many bytes of it's text fit in width, ending at a character boundary.
func (wr wrapper) fit(it item, width float64) int {
	n := 0
	for i, r := range it.text {
		end := i + utf8.RuneLen(r)
		if wr.m.Advance(it.text[:end], it.font) > width {
			break
		}
		n = end
	}
	return n
}

// place turns a line's items into runs, merging neighbours of one style, placed from x = 0.
func (wr wrapper) place(items []item) line {
	for len(items) > 0 && items[len(items)-1].space { // a line never ends in a space
		items = items[:len(items)-1]
	}
	var runs []Run
	for _, it := range items {
		if k := len(runs) - 1; k >= 0 && runs[k].Font == it.font && runs[k].Ink == it.ink {
			runs[k].Text += it.text
			continue
		}
		runs = append(runs, Run{Text: it.text, Font: it.font, Ink: it.ink})
	}
	x := 0.0
	for i := range runs {
		r := &runs[i]
		r.W = wr.m.Advance(r.Text, r.Font)
		if r.Ink == InlineCode {
			x += wr.pad
		}
		r.X = x
		x += r.W
		if r.Ink == InlineCode {
			x += wr.pad
		}
	}
	return line{runs: runs, w: x}
}
