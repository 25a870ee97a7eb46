package main

import (
	"strings"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// measure returns how wide s is in face.
func measure(s string, face text.Face) float64 { return text.Advance(s, face) }

// splitLines splits a script into its lines, without their ends.
func splitLines(src []byte) []string {
	s := strings.ReplaceAll(string(src), "\r\n", "\n")
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// expandTabs replaces tabs with spaces, to the next multiple of four.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			n := 4 - col%4
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}
