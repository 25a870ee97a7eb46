package lessons

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
)

// An Error is a problem in a lesson file.
type Error struct {
	// File is the lesson's file, as Lesson.File names it.
	File string
	// Line is the 1-based line the problem is on, or 0 when it is about the whole file.
	Line int
	// Col is the 1-based column, in bytes, where the problem is on its line, or 0 for the whole line.
	Col int
	// Msg says what is wrong.
	Msg string
}

// Error formats e as file:line:col: message, file:line: message when e has no column, or
// file: message when e has no line.
func (e *Error) Error() string {
	switch {
	case e.Line == 0:
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	case e.Col == 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// joinErrors joins errs sorted by file and line, each once, or returns nil for none.
func joinErrors(errs []*Error) error {
	slices.SortStableFunc(errs, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	var out []error
	for i, e := range errs {
		if i == 0 || *e != *errs[i-1] {
			out = append(out, e)
		}
	}
	return errors.Join(out...)
}

// lineIndex maps byte offsets of a file to 1-based line numbers.
type lineIndex []int // the offset where each line starts

func newLineIndex(src []byte) lineIndex {
	idx := lineIndex{0}
	for i, b := range src {
		if b == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// line returns the line of the byte at offset off.
func (idx lineIndex) line(off int) int {
	return sort.Search(len(idx), func(i int) bool { return idx[i] > off })
}
