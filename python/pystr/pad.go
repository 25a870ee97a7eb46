package pystr

import (
	"strings"
)

func repeatRune(b *strings.Builder, r rune, n int) {
	for ; n > 0; n-- {
		b.WriteRune(r)
	}
}

// Center returns s.center(width, fill), putting the odd extra character where CPython does.
func Center(s string, width int, fill rune) string {
	n := Len(s)
	if width <= n {
		return s
	}
	marg := width - n
	left := marg/2 + (marg & width & 1)
	var b strings.Builder
	repeatRune(&b, fill, left)
	b.WriteString(s)
	repeatRune(&b, fill, marg-left)
	return b.String()
}

// LJust returns s.ljust(width, fill).
func LJust(s string, width int, fill rune) string {
	n := Len(s)
	if width <= n {
		return s
	}
	var b strings.Builder
	b.WriteString(s)
	repeatRune(&b, fill, width-n)
	return b.String()
}

// RJust returns s.rjust(width, fill).
func RJust(s string, width int, fill rune) string {
	n := Len(s)
	if width <= n {
		return s
	}
	var b strings.Builder
	repeatRune(&b, fill, width-n)
	b.WriteString(s)
	return b.String()
}

// ZFill returns s.zfill(width): zeros on the left, after a leading sign.
func ZFill(s string, width int) string {
	n := Len(s)
	if width <= n {
		return s
	}
	var b strings.Builder
	body := s
	if s != "" && (s[0] == '+' || s[0] == '-') {
		b.WriteByte(s[0])
		body = s[1:]
	}
	repeatRune(&b, '0', width-n)
	b.WriteString(body)
	return b.String()
}

// ExpandTabs returns s.expandtabs(tabsize): each tab becomes spaces up to the next multiple of
// tabsize columns (none when tabsize <= 0); \n and \r reset the column.
func ExpandTabs(s string, tabsize int) string {
	if strings.IndexByte(s, '\t') < 0 {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				col += incr
				repeatRune(&b, ' ', incr)
			}
			continue
		case '\n', '\r':
			col = -1
		}
		col++
		b.WriteRune(r)
	}
	return b.String()
}
