package pystr

import (
	"strings"
	"unicode/utf8"
)

// All positions here are code point indices. start and end are as the Python caller passed them
// (negative counts from the end; pass 0 and math.MaxInt for omitted bounds); they are adjusted
// as slice indices are.

// AdjustIndices clamps start and end to a string of n code points as CPython's ADJUST_INDICES.
func AdjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// window returns s[start:end] (code points, adjusted), the byte offset of start, the adjusted
// start, and ok false when the window is shorter than need code points.
func window(s string, start, end, need int) (w string, off, st int, ok bool) {
	n := Len(s)
	start, end = AdjustIndices(start, end, n)
	if end-start < need {
		return "", 0, start, false
	}
	if len(s) == n { // ASCII
		return s[start:end], start, start, true
	}
	a := ByteOffset(s, start)
	b := a + ByteOffset(s[a:], end-start)
	return s[a:b], a, start, true
}

// runeIndex converts byte offset i of w (which starts at code point st) to a code point index.
func runeIndex(w string, i, st int) int {
	return st + utf8.RuneCountInString(w[:i])
}

// Find returns s.find(sub, start, end): the lowest index of sub in s[start:end], or -1.
func Find(s, sub string, start, end int) int {
	w, _, st, ok := window(s, start, end, Len(sub))
	if !ok {
		return -1
	}
	i := strings.Index(w, sub)
	if i < 0 {
		return -1
	}
	return runeIndex(w, i, st)
}

// RFind returns s.rfind(sub, start, end): the highest index, or -1.
func RFind(s, sub string, start, end int) int {
	w, _, st, ok := window(s, start, end, Len(sub))
	if !ok {
		return -1
	}
	i := strings.LastIndex(w, sub)
	if i < 0 {
		return -1
	}
	return runeIndex(w, i, st)
}

// Count returns s.count(sub, start, end): non-overlapping occurrences (an empty sub counts the
// positions between code points, ends included).
func Count(s, sub string, start, end int) int {
	w, _, _, ok := window(s, start, end, Len(sub))
	if !ok {
		return 0
	}
	if sub == "" {
		return utf8.RuneCountInString(w) + 1
	}
	return strings.Count(w, sub)
}

// StartsWith returns s.startswith(prefix, start, end) for one prefix.
func StartsWith(s, prefix string, start, end int) bool {
	n := Len(s)
	start, end = AdjustIndices(start, end, n)
	if start > n {
		return false
	}
	w, _, _, ok := window(s, start, end, Len(prefix))
	return ok && strings.HasPrefix(w, prefix)
}

// EndsWith returns s.endswith(suffix, start, end) for one suffix.
func EndsWith(s, suffix string, start, end int) bool {
	n := Len(s)
	start, end = AdjustIndices(start, end, n)
	if start > n {
		return false
	}
	w, _, _, ok := window(s, start, end, Len(suffix))
	return ok && strings.HasSuffix(w, suffix)
}

// Replace returns s.replace(old, new, count) (count < 0: all). An empty old inserts new before
// every code point and at the end.
func Replace(s, old, new string, count int) string {
	return strings.Replace(s, old, new, count)
}
