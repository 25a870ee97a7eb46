package layout

import "strings"

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

// Truncate shortens s to at most cells character cells (see Width), cutting its end and writing
// "…" instead. It returns s when it fits, and "" when cells is less than 1. A shape keeps its full
// text in Label and Detail: only what is drawn is truncated.
func Truncate(s string, cells int) string {
	if cells < 1 {
		return ""
	}
	if Width(s) <= cells {
		return s
	}
	return truncateEnd(s, cells)
}

// TruncateName is Truncate, but a name keeps its end, where names tell apart:
// "T3 ThreadPoolExecutor-0_1" becomes "T3 ThreadPoolEx…-0_1", "join(ThreadPoolExecutor-0_1)"
// "join(ThreadP…-0_1)". A name here is text with no space but after its first word (a lane's "T3",
// "P2"); other text (a call with arguments, a sentence) is cut at its end, as Truncate cuts it.
func TruncateName(s string, cells int) string {
	if cells < 1 {
		return ""
	}
	if Width(s) <= cells {
		return s
	}
	if t, ok := truncateName(s, cells); ok {
		return t
	}
	return truncateEnd(s, cells)
}

// truncateEnd cuts the end of s, which is wider than cells, to fit.
func truncateEnd(s string, cells int) string {
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

// minHead is the fewest cells of a name's start that truncateName keeps before its "…".
const minHead = 6

// truncateName cuts the middle of s, a name wider than cells, keeping its tail: the last third of the
// cells (at least 4, at most 10), begun at its first '-' or '/' if it has one ("-0_1", "/Thread-2").
// It reports false for text that is not a name, or too narrow a space to keep both ends.
func truncateName(s string, cells int) (string, bool) {
	_, rest, _ := strings.Cut(s, " ")
	if strings.ContainsAny(rest, " \t\n") || cells < minHead+1+4 {
		return "", false
	}
	tailCells := min(max(4, cells/3), 10)
	runes := []rune(s)
	start, used := len(runes), 0
	for start > 0 && used+runeWidth(runes[start-1]) <= tailCells {
		start--
		used += runeWidth(runes[start])
	}
	for i := start; i < len(runes)-1; i++ {
		if runes[i] == '-' || runes[i] == '/' {
			used -= Width(string(runes[start:i]))
			start = i
			break
		}
	}
	return truncateEnd(string(runes[:start]), cells-used) + string(runes[start:]), true
}
