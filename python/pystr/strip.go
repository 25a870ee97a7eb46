package pystr

import "strings"

// Strip returns s.strip(): Python's whitespace removed from both ends.
func Strip(s string) string { return strings.TrimFunc(s, IsSpaceRune) }

// LStrip returns s.lstrip().
func LStrip(s string) string { return strings.TrimLeftFunc(s, IsSpaceRune) }

// RStrip returns s.rstrip().
func RStrip(s string) string { return strings.TrimRightFunc(s, IsSpaceRune) }

// StripChars returns s.strip(chars): every code point in chars removed from both ends.
func StripChars(s, chars string) string { return strings.Trim(s, chars) }

// LStripChars returns s.lstrip(chars).
func LStripChars(s, chars string) string { return strings.TrimLeft(s, chars) }

// RStripChars returns s.rstrip(chars).
func RStripChars(s, chars string) string { return strings.TrimRight(s, chars) }

// RemovePrefix returns s.removeprefix(prefix).
func RemovePrefix(s, prefix string) string { return strings.TrimPrefix(s, prefix) }

// RemoveSuffix returns s.removesuffix(suffix).
func RemoveSuffix(s, suffix string) string { return strings.TrimSuffix(s, suffix) }
