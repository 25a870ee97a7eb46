// Package doclayout lays out a lesson's text (lessons.DocBlock) for a window that draws text itself.
// It wraps paragraphs into lines of styled runs at a given width, and places headings, list items
// with hanging indents, code blocks, table rows, block quotes and rules one below the other, in
// pixels from the page's top left corner.
//
// # Line breaking
//
// A line breaks at a space, which it then drops, or between two characters of which one is a wide
// East Asian character (Chinese has no spaces), except before closing punctuation ("，" "。" ")")
// and after opening punctuation ("（" "“"). A word is split only when it alone is wider than the
// line. A hard line break ("\n" in a span) always starts a new line. Code blocks keep their lines;
// a line too long for the box continues on the next, under itself.
//
// It measures text through a Measurer and never draws: a Page is computed once per lesson, width
// and scale, and drawn at any scroll position.
package doclayout
