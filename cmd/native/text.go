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
