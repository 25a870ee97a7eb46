package pystr

import (
	"strings"
	"unicode/utf8"
)

// ErrEmptySeparator is the ValueError message of split, rsplit, partition and rpartition given "".
const ErrEmptySeparator = "empty separator"

// Split returns s.split(sep, maxsplit) for a non-empty sep (maxsplit < 0: no limit).
func Split(s, sep string, maxsplit int) []string {
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	return strings.SplitN(s, sep, maxsplit+1)
}

// RSplit returns s.rsplit(sep, maxsplit) for a non-empty sep.
func RSplit(s, sep string, maxsplit int) []string {
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	parts := []string{}
	end := len(s)
	for ; maxsplit > 0; maxsplit-- {
		i := strings.LastIndex(s[:end], sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[i+len(sep):end])
		end = i
	}
	parts = append(parts, s[:end])
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return parts
}

// SplitWhitespace returns s.split(None, maxsplit): runs of whitespace separate, leading and
// trailing whitespace make no empty strings; after maxsplit splits the rest is one item, its
// leading whitespace dropped.
func SplitWhitespace(s string, maxsplit int) []string {
	parts := make([]string, 0, countFields(s, maxsplit))
	i := 0
	for {
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !IsSpaceRune(r) {
				break
			}
			i += n
		}
		if i == len(s) {
			return parts
		}
		if maxsplit == 0 {
			return append(parts, s[i:])
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if IsSpaceRune(r) {
				break
			}
			j += n
		}
		parts = append(parts, s[i:j])
		i = j
		if maxsplit > 0 {
			maxsplit--
		}
	}
}

// countFields returns how many items SplitWhitespace(s, maxsplit) makes, so that one
// allocation holds them.
func countFields(s string, maxsplit int) int {
	n := 0
	inField := false
	for _, r := range s {
		if IsSpaceRune(r) {
			inField = false
			continue
		}
		if !inField {
			n++
			inField = true
		}
	}
	if maxsplit >= 0 && n > maxsplit+1 {
		n = maxsplit + 1
	}
	return n
}

// RSplitWhitespace returns s.rsplit(None, maxsplit).
func RSplitWhitespace(s string, maxsplit int) []string {
	parts := []string{}
	end := len(s)
	for {
		for end > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:end])
			if !IsSpaceRune(r) {
				break
			}
			end -= n
		}
		if end == 0 {
			break
		}
		if maxsplit == 0 {
			parts = append(parts, s[:end])
			break
		}
		j := end
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if IsSpaceRune(r) {
				break
			}
			j -= n
		}
		parts = append(parts, s[j:end])
		end = j
		if maxsplit > 0 {
			maxsplit--
		}
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return parts
}

// IsLineBreak reports whether r ends a line for str.splitlines: \n \r \v \f \x1c \x1d \x1e \x85
// U+2028 U+2029 (and \r\n together).
func IsLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// Splitlines returns s.splitlines(keepends).
func Splitlines(s string, keepends bool) []string {
	lines := []string{}
	start := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !IsLineBreak(r) {
			i += n
			continue
		}
		end := i + n
		if r == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		if keepends {
			lines = append(lines, s[start:end])
		} else {
			lines = append(lines, s[start:i])
		}
		start, i = end, end
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}

// Partition returns s.partition(sep) for a non-empty sep.
func Partition(s, sep string) (head, found, tail string) {
	if i := strings.Index(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):]
	}
	return s, "", ""
}

// RPartition returns s.rpartition(sep) for a non-empty sep.
func RPartition(s, sep string) (head, found, tail string) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):]
	}
	return "", "", s
}
