package layout

// Ellipsis ends a truncated label.
const Ellipsis = "…"

// Width returns how many character cells s takes in a monospaced font: one per character, two for
// the wide characters of East Asian scripts (Chinese, Japanese, Korean, fullwidth forms).
func Width(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// Truncate shortens s to at most cells character cells (see Width), replacing what it cuts with
// "…". It returns s when it fits, and "" when cells is less than 1. A shape keeps its full text in
// Label and Detail: only what is drawn is truncated.
func Truncate(s string, cells int) string {
	if cells < 1 {
		return ""
	}
	if Width(s) <= cells {
		return s
	}
	used := 0
	for i, r := range s {
		w := runeWidth(r)
		if used+w > cells-1 {
			return s[:i] + Ellipsis
		}
		used += w
	}
	return s
}

// runeWidth is 2 for wide East Asian characters, 0 for combining marks, 1 otherwise.
func runeWidth(r rune) int {
	switch {
	case r < 0x300:
		return 1
	case r >= 0x300 && r <= 0x36F, r >= 0x200B && r <= 0x200F, r == 0xFE0F:
		return 0
	case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0x303E, r >= 0x3041 && r <= 0x33FF,
		r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF, r >= 0xA000 && r <= 0xA4CF,
		r >= 0xAC00 && r <= 0xD7A3, r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F,
		r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6, r >= 0x1F300 && r <= 0x1F64F,
		r >= 0x1F900 && r <= 0x1F9FF, r >= 0x20000 && r <= 0x3FFFD:
		return 2
	}
	return 1
}
