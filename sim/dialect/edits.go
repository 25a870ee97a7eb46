package script

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// An edit replaces src[off:end] with text. The shims build every edit so
// that no token outside the edited span moves: same-width replacements
// ("is" → "=="), or blanks that keep each line's length and newlines.
type edit struct {
	off, end int
	text     string
}

// edits is the set of edits made to one source text.
type edits struct {
	src    []byte
	list   []edit
	sorted bool // list is sorted by offset, outer edits first
}

// replace adds an edit replacing src[off:end] with text.
func (e *edits) replace(off, end int, text string) {
	e.list = append(e.list, edit{off, end, text})
	e.sorted = false
}

// blank adds an edit that overwrites src[off:end] with placeholder followed
// by spaces, one per rune. Each newline inside the span is kept and preceded
// by a backslash, so the span stays one logical line whatever brackets it
// held: the code after the span, on its last line, stays where it was.
func (e *edits) blank(off, end int, placeholder string) {
	e.replace(off, end, e.blankText(off, end, placeholder))
}

// blankText returns the text that blank puts in place of src[off:end].
func (e *edits) blankText(off, end int, placeholder string) string {
	var b strings.Builder
	b.WriteString(placeholder)
	skip := utf8.RuneCountInString(placeholder)
	for _, r := range string(e.src[off:end]) {
		switch {
		case r == '\n':
			b.WriteString("\\\n")
		case skip > 0:
			skip--
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// apply returns src[lo:hi] with the edits that lie inside it applied. An
// edit nested in another one (a shim inside a blanked with header) is
// skipped: the outer edit wins. The nested one applies when the fragment
// it lies in is parsed on its own.
func (e *edits) apply(lo, hi int) string {
	if !e.sorted {
		slices.SortFunc(e.list, func(a, b edit) int {
			if a.off != b.off {
				return a.off - b.off
			}
			return b.end - a.end
		})
		e.sorted = true
	}
	first, _ := slices.BinarySearchFunc(e.list, lo, func(ed edit, lo int) int { return ed.off - lo })
	var b strings.Builder
	pos := lo
	for _, ed := range e.list[first:] {
		if ed.off >= hi {
			break
		}
		if ed.off < pos || ed.end > hi {
			continue
		}
		b.Write(e.src[pos:ed.off])
		b.WriteString(ed.text)
		pos = ed.end
	}
	b.Write(e.src[pos:hi])
	return b.String()
}

// A fragment is a span of source text parsed on its own as an expression,
// at its original position, once the shims around it have been undone:
// a with item, an assert condition, a generator expression.
type fragment struct {
	off, end       int    // source bytes
	line, col      int    // position of prefix, or of src[off] if prefix is empty
	prefix, suffix string // text added around the span ("[" and "]")
}

// tokenFragment returns the fragment spanning toks.
func tokenFragment(toks []token) fragment {
	first, last := &toks[0], &toks[len(toks)-1]
	return fragment{off: first.off, end: last.end, line: first.line, col: first.col}
}
